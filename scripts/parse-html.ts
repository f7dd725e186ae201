// Parses saved HTML into a happy-dom document with scripts, styles, frames and navigation all off.
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

export function parseHtml(html: string, url = 'http://127.0.0.1/'): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
