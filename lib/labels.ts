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
  /** Cheap pre-filter: true when a text node may hold a label. */
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

const PREFILTER_START = String.raw`^[\s"'“”‘’«»•▶►■|#*(\[]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s+)?(?:l['’]\s*|[^\s]+\s+)?`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  const words = [...kinds.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Anchored at the start of the text node (after punctuation, numbering and one leading word such as an article),
  // so most nodes fail within their first characters: this test runs on every short text node of every page.
  const prefilter = new RegExp(`${PREFILTER_START}(?:${words.join('|')})`, 'i');
  return {
    match: (text) => kinds.get(normaliseLabel(text)) ?? null,
    mayContain: (text) => prefilter.test(text),
  };
}
