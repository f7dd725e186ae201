import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'public', '_locales');
const REQUIRED = ['en', 'es', 'fr', 'de'];

function read(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** The $NAME$ placeholders a message uses, lower-cased as Chrome matches them. */
function usedPlaceholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()))].sort();
}

function declaredPlaceholders(entry: Messages[string]): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
}

const english = read('en');
const locales = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

describe('UI translations', () => {
  it('ship English, Spanish, French and German', () => {
    expect(readdirSync(LOCALES_DIR)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('English declares every placeholder it uses', () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(usedPlaceholders(entry.message), key).toEqual(Object.keys(declaredPlaceholders(entry)).sort());
    }
  });

  describe.each(locales)('%s', (locale) => {
    const messages = read(locale);

    it('has every key of English, and none it lacks', () => {
      expect(Object.keys(messages).filter((key) => !(key in english)), 'keys English lacks').toEqual([]);
      expect(Object.keys(english).filter((key) => !(key in messages)), 'keys missing').toEqual([]);
    });

    it('uses the same placeholders as English, bound to the same substitutions', () => {
      for (const [key, entry] of Object.entries(english)) {
        const translated = messages[key];
        if (!translated) continue;
        expect(translated.message.trim(), key).not.toBe('');
        expect(usedPlaceholders(translated.message), key).toEqual(usedPlaceholders(entry.message));
        expect(declaredPlaceholders(translated), key).toEqual(declaredPlaceholders(entry));
      }
    });
  });
});
