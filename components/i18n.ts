// UI strings: the browser's i18n messages, with the bundled English messages where the API is absent (tests, CLI).
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

type Message = { message: string; placeholders?: Record<string, { content: string }> };

function format(entry: Message, substitutions: string[]): string {
  return entry.message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1] ?? '');
  });
}

/** Messages the browser gave, by key and substitutions: each getMessage call crosses into the browser, and a large panel asks thousands. */
const given = new Map<string, string>();
const MAX_GIVEN = 5000;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  const id = values.length > 0 ? `${key}\u0000${values.join('\u0001')}` : key;
  const known = given.get(id);
  if (known !== undefined) return known;
  try {
    const i18n = browser.i18n as unknown as { getMessage?: (name: string, values: string[]) => string } | undefined;
    const message = i18n?.getMessage?.(key, values);
    if (message) {
      if (given.size >= MAX_GIVEN) given.clear();
      given.set(id, message);
      return message;
    }
  } catch {
    // No i18n API here: the English bundle below answers.
  }
  const entry = (english as Record<string, Message | undefined>)[key];
  return entry ? format(entry, values) : key;
}

/**
 * The UI language's writing direction ('ltr' or 'rtl', the browser's predefined @@bidi_dir message; 'ltr' where the
 * API is absent). The panel sets it on its root: it would otherwise inherit the page's (an English panel laid out
 * right to left on a dir="rtl" page).
 */
export function uiDirection(): 'ltr' | 'rtl' {
  try {
    const i18n = browser.i18n as unknown as { getMessage?: (name: string) => string } | undefined;
    return i18n?.getMessage?.('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
