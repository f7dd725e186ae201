// A host element whose open shadow root holds our UI, isolated from the page's styles; made synchronously.
export interface ShadowHost {
  host: HTMLElement;
  /** The element to render into, inside the shadow root after its style sheet. */
  container: HTMLElement;
}

const RESET = ':host { all: initial !important; }\n';
/** One parsed sheet per CSS text, shared by every shadow root that uses it (a live blog may add hundreds of badges). */
const sheets = new Map<string, CSSStyleSheet | null>();

function sharedSheet(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RESET + css);
    } catch {
      // No constructable sheets here (or not for a content script's world): each root gets a <style>.
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  return sheets.get(css) ?? null;
}

/** `name` must be a valid custom element name (it starts with "opinion-lens"); `css` styles the shadow root. */
export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  const sheet = sharedSheet(css);
  try {
    if (!sheet) throw new Error('no shared sheet');
    shadow.adoptedStyleSheets = [sheet];
    shadow.append(container);
  } catch {
    const style = document.createElement('style');
    style.textContent = RESET + css;
    shadow.append(style, container);
  }
  return { host, container };
}
