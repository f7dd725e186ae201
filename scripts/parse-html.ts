// Parses saved HTML into a happy-dom document with scripts, style files, frames and navigation all off.
import { Window } from 'happy-dom';
import { flattenDeepNesting } from './page-depth';

export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

/**
 * Parses `html` into a document with its declarative shadow roots attached. With `maxDepth` (as the report CLI reads
 * files: MAX_TREE_DEPTH, a browser parser's limit), deeper nodes are first flattened as Chromium's parser would
 * (page-depth.ts), so that no recursive DOM code overflows the stack on hostile files.
 */
export function parseHtml(html: string, url = 'http://127.0.0.1/', maxDepth?: number): ParsedPage {
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
  // Bounded first: the shadow-root attachment below, like much DOM code, recurses as deep as the tree.
  if (maxDepth !== undefined) flattenDeepNesting(window.document as unknown as Document, maxDepth);
  attachDeclarativeShadowRoots(window.document as unknown as Document);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}

/**
 * Attaches each `<template shadowrootmode="open|closed">` to its parent as that element's shadow root, as browsers do
 * while parsing (declarative shadow DOM); happy-dom keeps them as templates. Nested declarative roots inside a root's
 * content are attached too. A parent that already has a shadow root keeps its template.
 */
export function attachDeclarativeShadowRoots(root: Document | DocumentFragment): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')] as HTMLTemplateElement[]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || host.shadowRoot || (mode !== 'open' && mode !== 'closed')) continue;
    let shadow: ShadowRoot;
    try {
      shadow = host.attachShadow({ mode });
    } catch {
      continue;
    }
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}
