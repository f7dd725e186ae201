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
  // Most words start no stem at all: a lookup of their first character, then of their first letters, rules them out
  // before a lookup per stem length.
  const stemOpenings = new Set([...byStem.keys()].map((stem) => stem.slice(0, shortestStem)));
  const stemFirstCodes = new Set([...byStem.keys()].map((stem) => stem.charCodeAt(0)));
  return { byFirst, byStem, stemLengths, shortestStem, stemOpenings, stemFirstCodes };
}

/** Possessives and clitics still match their word ("the West's hypocritical", "we're", "you'll"). */
export const withoutClitic = (word: string) => (word.includes("'") ? word.replace(/'(?:s|re|ll|ve|d|m)?$/u, '') : word);
const sameWord = (token: Token, word: string, wildcard: boolean) => {
  const bare = withoutClitic(token.lower);
  return wildcard ? bare.startsWith(word) && /^\p{L}*$/u.test(bare.slice(word.length)) : token.lower === word || bare === word;
};

type PhraseIndex = ReturnType<typeof indexPhrases>;
/** One sentence being matched: its text, tokens, each token's lower form without a clitic, and the hits so far. */
interface Matching { text: string; tokens: readonly Token[]; bare: string[]; hits: CueHit[] }

/** Every cue entry found in the (quote-masked) sentence, by its tokens. */
export function matchPhrases(index: PhraseIndex, text: string, tokens: readonly Token[]): CueHit[] {
  const bare: string[] = [];
  for (const token of tokens) bare.push(withoutClitic(token.lower));
  const matching: Matching = { text, tokens, bare, hits: [] };
  for (let at = 0; at < tokens.length; at++) {
    const lower = tokens[at]!.lower;
    tryForm(index, matching, at, lower);
    if (bare[at] !== lower) tryForm(index, matching, at, bare[at]!);
  }
  return matching.hits;
}

/** The entries that may start at token `at` read as `form`: by first and second word, then by stem. */
function tryForm({ byFirst, byStem, stemLengths, shortestStem, stemOpenings, stemFirstCodes }: PhraseIndex, matching: Matching, at: number, form: string): void {
  const { tokens, bare } = matching;
  const group = byFirst.get(form);
  if (group) {
    tryAll(matching, at, group.get(''));
    tryAll(matching, at, group.get('*'));
    if (at + 1 < tokens.length) tryAll(matching, at, group.get(tokens[at + 1]!.lower));
    if (at + 1 < tokens.length && bare[at + 1] !== tokens[at + 1]!.lower) tryAll(matching, at, group.get(bare[at + 1]!));
  }
  if (form.length < shortestStem || !stemFirstCodes.has(form.charCodeAt(0)) || !stemOpenings.has(form.slice(0, shortestStem))) return;
  for (const length of stemLengths) if (length <= form.length) tryAll(matching, at, byStem.get(form.slice(0, length)));
}

function tryAll(matching: Matching, at: number, phrases: Phrase[] | undefined): void {
  if (phrases) for (const phrase of phrases) tryPhrase(matching, at, phrase);
}

function tryPhrase({ text, tokens, bare, hits }: Matching, index: number, { kind, words, wildcard }: Phrase): void {
  const token = tokens[index]!;
  const last = index + words.length - 1;
  let at = 0;
  while (last < tokens.length && at < words.length && sameWord(tokens[index + at]!, words[at]!, wildcard && at === words.length - 1)) at++;
  // "US" is a country, not "us": a one-word match in capitals is an acronym.
  if (at < words.length || (words.length === 1 && token.text.length > 1 && token.text === token.text.toUpperCase())) return;
  const end = tokens[last]!.start + (wildcard ? bare[last]!.length : tokens[last]!.text.length);
  hits.push({ kind, word: text.slice(token.start, end).toLowerCase().replace(/\s+/gu, ' '), start: token.start, end });
}

/** A pattern's `{list}` placeholders (lower-case initial, unlike `\p{L}`) become alternations, longest first; `\b` a Unicode word boundary. */
function compilePattern(source: string, lists: Record<string, readonly string[]>): RegExp {
  const expanded = source.replace(/\{([a-z][A-Za-z]*)\}/g, (_, name: string) =>
    [...(lists[name] ?? [])].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word).replace(/\s+/g, '\\s+')).join('|'));
  return new RegExp(expanded.replace(/\\b/g, WORD_BOUNDARY), 'iuy');
}

type CompiledPattern = { kind: CueKind; pattern: RegExp };
type PatternIndex = Map<string, CompiledPattern[]>;

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
  tryPatternsAt(byWord.get(''), text, 0, found);
  for (const token of tokens) tryPatternsAt(byWord.get(token.lower), text, token.start, found);
  return found;
}

function tryPatternsAt(candidates: readonly CompiledPattern[] | undefined, text: string, start: number, found: { kind: CueKind; match: RegExpExecArray }[]): void {
  if (!candidates) return;
  for (const { kind, pattern } of candidates) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match) found.push({ kind, match });
  }
}
