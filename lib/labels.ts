// Matches a piece of heading text against the section-label vocabulary plus the reader's own labels.
import type { SectionKind } from './types';
import { LEADING_ARTICLES, SECTION_LABELS } from './vocabulary/labels';

export interface CustomLabel {
  text: string;
  kind: SectionKind;
}

export interface LabelMatcher {
  /** The kind a whole heading text names, or null. */
  match(text: string): SectionKind | null;
  /** Cheap pre-filter: true when a text node's own text is a label (its block may still not be a heading). */
  mayContain(text: string): boolean;
}

const ARTICLES = new Set(LEADING_ARTICLES);
const NUMBERING = /^(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+/i;
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»•▶►■|#*]+|[\s:：.\-–—|»>›*]+$/gu;

/** Heading text as the matcher compares it: lower case, no numbering, leading article or trailing colon. */
export function normaliseLabel(text: string): string {
  let label = text.normalize('NFC').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
  label = label.replace(NUMBERING, '').toLowerCase();
  const elided = /^l['’]\s*/.exec(label);
  if (elided) return label.slice(elided[0].length);
  const space = label.indexOf(' ');
  if (space > 0 && ARTICLES.has(label.slice(0, space))) label = label.slice(space + 1);
  return label;
}

/** The label as printed on the page, without trailing punctuation ("The Facts", "THE FACTS", "Our opinion"). */
export function printedLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').replace(NUMBERING, '');
}

const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 192;
const HYPHEN = 45;

function lowerCode(code: number): number {
  if ((code >= 65 && code <= 90) || (code >= 192 && code <= 222 && code !== 215)) return code + 32;
  return code < 256 ? code : String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/**
 * A hash of the lower-cased word starting at or after `from` (past spaces, digits and punctuation), and where it
 * ends; 0 when there is no word. Hashing instead of slicing keeps the check on every short text node allocation-free.
 */
function wordHashAt(text: string, from: number): [number, number] {
  let index = from;
  while (index < text.length && !isLetter(text.charCodeAt(index))) index += 1;
  let hash = 0;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isLetter(code) && code !== HYPHEN) break;
    hash = (Math.imul(hash, 31) + lowerCode(code)) | 0 || 1;
  }
  return [hash, index];
}

export function createLabelMatcher(customLabels: readonly CustomLabel[] = []): LabelMatcher {
  const kinds = new Map<string, SectionKind>();
  for (const language of Object.values(SECTION_LABELS)) {
    for (const [kind, labels] of Object.entries(language) as [SectionKind, readonly string[]][]) {
      for (const label of labels) kinds.set(normaliseLabel(label), kind);
    }
  }
  for (const custom of customLabels) {
    const label = normaliseLabel(custom.text);
    if (label) kinds.set(label, custom.kind);
  }
  // The first word of every label: a text node can only hold a label if one of its first two words is one of these
  // (the second covers a leading article, "The Facts"). A Set lookup per short text node, on every page.
  const firstWords = new Set([...kinds.keys()].map((label) => wordHashAt(label, 0)[0]));
  return {
    match: (text) => kinds.get(normaliseLabel(text)) ?? null,
    mayContain: (raw) => {
      // Most text nodes are indentation between tags: the native trim drops them faster than a character loop.
      const text = raw.trimStart();
      if (text === '') return false;
      const [first, end] = wordHashAt(text, 0);
      if (first === 0 || !(firstWords.has(first) || firstWords.has(wordHashAt(text, end)[0]))) return false;
      // A heading's label stands in a text node of its own ("The Facts:", or "Facts" in "The <em>Facts</em>").
      return kinds.has(normaliseLabel(text));
    },
  };
}
