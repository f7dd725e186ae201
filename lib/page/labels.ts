// Matches a piece of heading text against the section-label vocabulary plus the reader's own labels.
import type { SectionKind } from '../types';
import { LEADING_ARTICLES, SECTION_LABELS } from '../vocabulary/labels';
import { PUBLISHER_FORMATS } from '../vocabulary/formats';
import { compileFormatPattern, endingTest, patternEdges } from './format-patterns';
import { escapeRegExp } from '../regexp';

export interface CustomLabel {
  text: string;
  kind: SectionKind;
}

export interface LabelMatcher {
  /** The kind a whole heading text names, or null. */
  match(text: string): SectionKind | null;
  /**
   * Cheap pre-filter for text that does not start with whitespace: it can only be a label if this matches.
   * Run on every short text node of every page, before `match`.
   */
  labelStart: RegExp;
  /**
   * The prefilter for labels that only a pattern's closing words announce ("Ines Valcourt's view"): whether the
   * text ends like one. Reads a few characters from the end.
   */
  mayEndLabel(text: string): boolean;
  /**
   * By ASCII code: whether a text starting with that character may be a label (a letter, a digit of a list
   * number, a quote, bullet or other mark normalisation strips, or the first character of a label).
   */
  mayOpenLabel: readonly boolean[];
}

const ARTICLES = new Set(LEADING_ARTICLES);
/** A list number in letters before a label: "iv)", "b.". */
const LETTER_NUMBER = '[ivx]{1,4}|[a-h]';
const NUMBERING = new RegExp(`^(?:\\d{1,2}|${LETTER_NUMBER})[.)]\\s+`, 'i');
/** Marks stripped before a label ("• Opinion", "«Analyse»", "## Facts"). */
const LEADING_MARKS = `"'“”‘’«»•▶►■|#*`;
const EDGE_PUNCTUATION = new RegExp(`^[\\s${LEADING_MARKS}]+|[\\s:：.\\-–—|»>›*]+$`, 'gu');

/** Heading text lower-cased, without numbering, edge marks or a trailing colon; a publisher format's label key. */
export function formatLabelKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').replace(NUMBERING, '').toLowerCase();
}

/** Heading text as the matcher compares it: lower case, no numbering, leading article or trailing colon. */
export function normaliseLabel(text: string): string {
  let label = formatLabelKey(text);
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

/** Letters as the prefilter counts them: ASCII letters and everything from U+00C0 up (accented, other scripts). */
const LETTER = 'a-zA-Z\\u00C0-\\uFFFF';

/** Words that may stand before a label in the same text node: articles and list numbers ("The Facts", "II. Analysis"). */
const PREFIX_WORDS: readonly string[] = [...new Set(LEADING_ARTICLES.map((article) => article.replace(/['’]$/, '')))];

/**
 * One anchored regex that a text can only pass if its first word, after punctuation, numbers and at most two
 * articles or list numbers ("1. The Facts", "a) Los hechos", "L'analyse"), is the first word of a label. It runs on
 * every short text node of every page, so it is native code and never reads past the first few words.
 */
function labelStartPattern(labels: Iterable<string>, patterns: readonly string[]): RegExp {
  const firstWord = new RegExp(`[${LETTER}][${LETTER}-]*`);
  const words = new Set([...labels].map((label) => firstWord.exec(label)?.[0]).filter((word) => word !== undefined));
  const alternatives = (list: Iterable<string>) => [...list].map(escapeRegExp).join('|');
  // A list number in digits ("2.") is already part of the leading non-letters.
  const prefix = `(?:${alternatives(PREFIX_WORDS)}|${LETTER_NUMBER})[^${LETTER}]+`;
  const named = patterns.length > 0 ? `|${patterns.join('|')}` : '';
  return new RegExp(`^[^${LETTER}]*(?:${prefix}){0,2}(?:(?:${alternatives(words)})(?![${LETTER}-])${named})`, 'i');
}

/** The ASCII characters a label's text may start with: letters, digits, leading marks, and the labels' own first characters. */
function asciiOpeners(firstCharacters: string[]): boolean[] {
  const openers = new Set([...LEADING_MARKS, ...firstCharacters.flatMap((char) => [char.toLowerCase(), char.toUpperCase()])]);
  return Array.from({ length: 128 }, (_, code) => {
    const char = String.fromCharCode(code);
    return /[a-z0-9]/i.test(char) || openers.has(char);
  });
}

export function createLabelMatcher(customLabels: readonly CustomLabel[] = []): LabelMatcher {
  const kinds = new Map<string, SectionKind>();
  for (const language of Object.values(SECTION_LABELS)) {
    for (const [kind, labels] of Object.entries(language) as [SectionKind, readonly string[]][]) {
      for (const label of labels) kinds.set(normaliseLabel(label), kind);
    }
  }
  const formatKinds = new Map<string, SectionKind>();
  const patterns: { regex: RegExp; kind: SectionKind }[] = [];
  const patternStarts: string[] = [];
  const patternEnds: string[] = [];
  for (const entry of PUBLISHER_FORMATS.flatMap((format) => format.labels)) {
    if (entry.label) formatKinds.set(formatLabelKey(entry.label), entry.kind);
    if (entry.pattern) {
      patterns.push({ regex: compileFormatPattern(entry.pattern), kind: entry.kind });
      const { start, end } = patternEdges(entry.pattern);
      if (start) patternStarts.push(start);
      if (end) patternEnds.push(end);
    }
  }
  for (const custom of customLabels) {
    const label = normaliseLabel(custom.text);
    if (label) kinds.set(label, custom.kind);
  }
  const match = (text: string): SectionKind | null => {
    const kind = kinds.get(normaliseLabel(text)) ?? formatKinds.get(formatLabelKey(text));
    if (kind) return kind;
    const printed = printedLabel(text);
    return patterns.find((pattern) => pattern.regex.test(printed))?.kind ?? null;
  };
  const openers = [...kinds.keys(), ...[...formatKinds.keys()].map(normaliseLabel)];
  return {
    match,
    labelStart: labelStartPattern(openers, patternStarts),
    mayEndLabel: endingTest(patternEnds),
    mayOpenLabel: asciiOpeners(openers.map((label) => label.charAt(0))),
  };
}
