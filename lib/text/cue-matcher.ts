// The matcher for the subjectivity vocabulary format (lib/vocabulary/subjectivity-patterns.ts): cue lists and patterns compile once per language into indexes keyed by
// words, so a sentence costs a few map lookups and sticky regex attempts per token: linear, no backtracking blowup.
import { tokenize, type Token } from './sentences';
import { escapeRegExp } from '../regexp';
import type { CueKind, CuePattern } from '../vocabulary/subjectivity-patterns';

/** A cue found in a sentence: its kind, the words shown to the reader, and its offsets. */
export interface CueHit { kind: CueKind; word: string; start: number; end: number }

const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{M}\\p{N}])(?=[\\p{L}\\p{M}\\p{N}])|(?<=[\\p{L}\\p{M}\\p{N}])(?![\\p{L}\\p{M}\\p{N}]))';

/** A cue entry as tokens; a trailing "*" lets the last token take any letters after it. */
interface Phrase { kind: CueKind; words: string[]; wildcard: boolean }

/** Entries by first word, then by second ("" for one-word entries, "*" for a wildcard second word); one-word wildcards by their stem. */
export function indexPhrases(cues: Record<CueKind, readonly string[]>) {
  const byFirst = new Map<string, Map<string, Phrase[]>>();
  const byStem = new Map<string, Phrase[]>();
  for (const [kind, entries] of Object.entries(cues) as [CueKind, readonly string[]][]) {
    for (const entry of entries) {
      const wildcard = entry.endsWith('*');
      const [first = '', second = '', ...rest] = tokenize(wildcard ? entry.slice(0, -1) : entry).map((token) => token.lower);
      const phrase = { kind, words: [first, second, ...rest].filter(Boolean), wildcard };
      const group = wildcard && !second ? byStem : byFirst.get(first) ?? byFirst.set(first, new Map()).get(first)!;
      const key = wildcard && !second ? first : wildcard && !rest.length ? '*' : second;
      if (first) group.set(key, [...(group.get(key) ?? []), phrase]);
    }
  }
  const stemLengths = [...new Set([...byStem.keys()].map((stem) => stem.length))];
  const shortestStem = Math.min(...stemLengths);
  // Most words start no stem at all: one lookup of their first letters rules them out before a lookup per stem length.
  const stemOpenings = new Set([...byStem.keys()].map((stem) => stem.slice(0, shortestStem)));
  return { byFirst, byStem, stemLengths, shortestStem, stemOpenings };
}

/** Possessives and clitics still match their word ("the West's hypocritical", "we're", "you'll"). */
export const withoutClitic = (word: string) => (word.includes("'") ? word.replace(/'(?:s|re|ll|ve|d|m)?$/u, '') : word);
const sameWord = (token: Token, word: string, wildcard: boolean) => {
  const bare = withoutClitic(token.lower);
  return wildcard ? bare.startsWith(word) && /^\p{L}*$/u.test(bare.slice(word.length)) : token.lower === word || bare === word;
};

/** Every cue entry found in the (quote-masked) sentence, by its tokens. */
export function matchPhrases(
  { byFirst, byStem, stemLengths, shortestStem, stemOpenings }: ReturnType<typeof indexPhrases>,
  text: string,
  tokens: readonly Token[],
): CueHit[] {
  const hits: CueHit[] = [];
  const bare = tokens.map((token) => withoutClitic(token.lower));
  const tryPhrase = (index: number, { kind, words, wildcard }: Phrase) => {
    const token = tokens[index]!;
    const last = index + words.length - 1;
    let at = 0;
    while (last < tokens.length && at < words.length && sameWord(tokens[index + at]!, words[at]!, wildcard && at === words.length - 1)) at++;
    // "US" is a country, not "us": a one-word match in capitals is an acronym.
    if (at < words.length || (words.length === 1 && token.text.length > 1 && token.text === token.text.toUpperCase())) return;
    const end = tokens[last]!.start + (wildcard ? bare[last]!.length : tokens[last]!.text.length);
    hits.push({ kind, word: text.slice(token.start, end).toLowerCase().replace(/\s+/gu, ' '), start: token.start, end });
  };
  const tryAll = (index: number, phrases: Phrase[] | undefined) => phrases?.forEach((phrase) => tryPhrase(index, phrase));
  const tryForm = (index: number, form: string) => {
    const group = byFirst.get(form);
    if (group) {
      tryAll(index, group.get(''));
      tryAll(index, group.get('*'));
      if (index + 1 < tokens.length) tryAll(index, group.get(tokens[index + 1]!.lower));
      if (index + 1 < tokens.length && bare[index + 1] !== tokens[index + 1]!.lower) tryAll(index, group.get(bare[index + 1]!));
    }
    if (form.length < shortestStem || !stemOpenings.has(form.slice(0, shortestStem))) return;
    for (const length of stemLengths) if (length <= form.length) tryAll(index, byStem.get(form.slice(0, length)));
  };
  for (let index = 0; index < tokens.length; index++) {
    const lower = tokens[index]!.lower;
    tryForm(index, lower);
    if (bare[index] !== lower) tryForm(index, bare[index]!);
  }
  return hits;
}

/** A pattern's `{list}` placeholders (lower-case initial, unlike `\p{L}`) become alternations, longest first; `\b` a Unicode word boundary. */
function compilePattern(source: string, lists: Record<string, readonly string[]>): RegExp {
  const expanded = source.replace(/\{([a-z][A-Za-z]*)\}/g, (_, name: string) =>
    [...(lists[name] ?? [])].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+')).join('|'));
  return new RegExp(expanded.replace(/\\b/g, WORD_BOUNDARY), 'iuy');
}

type PatternIndex = Map<string, { kind: CueKind; pattern: RegExp }[]>;

/** Patterns by the words they may start at ("" for the sentence start). */
export function indexPatterns(patterns: readonly Omit<CuePattern, 'name'>[], lists: Record<string, readonly string[]>): PatternIndex {
  const byWord: PatternIndex = new Map();
  for (const { kind, at, source } of patterns) {
    const compiled = { kind, pattern: compilePattern(source, lists) };
    const starts = at === 'start' ? [''] : (lists[at] ?? []).map((entry) => tokenize(entry)[0]?.lower ?? '');
    for (const word of new Set(starts)) byWord.set(word, [...(byWord.get(word) ?? []), compiled]);
  }
  return byWord;
}

/** Each pattern tried once, sticky, at each of its possible starts. */
export function matchPatterns(byWord: PatternIndex, text: string, tokens: readonly Token[]) {
  const found: { kind: CueKind; match: RegExpExecArray }[] = [];
  const tryAt = (start: number, word: string) => {
    const candidates = byWord.get(word);
    if (!candidates) return;
    for (const { kind, pattern } of candidates) {
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match) found.push({ kind, match });
    }
  };
  tryAt(0, '');
  for (const token of tokens) tryAt(token.start, token.lower);
  return found;
}
