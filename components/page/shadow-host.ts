// A host element whose open shadow root holds our UI, isolated from the page's styles; made synchronously.
export interface ShadowHost {
  host: HTMLElement;
  /** The element to render into, inside the shadow root after its style sheet. */
  container: HTMLElement;
}

/** `name` must be a valid custom element name (it starts with "opinion-lens"); `css` styles the shadow root. */
export function createShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host { all: initial !important; }\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  return { host, container };
}
