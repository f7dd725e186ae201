// Finds who says what in each sentence: the source (name, role, affiliation), the reporting verb and the span of the claim.

import {
  ARTICLES, AUXILIARY_WORDS, CLAUSE_WORDS, MODAL_WORDS, OBJECT_PREPOSITIONS, PASSIVE_AUXILIARIES, REPORTING_PHRASES,
  REPORTING_VERBS, SOURCE_PREPOSITIONS,
} from '../vocabulary/reporting';
import { tokenize, type Token } from './sentences';
import { nameSource, type SourceName } from './sources';

/** One attributed statement: who (see SourceName; for a study "commissioned by Y", the commissioning Y), the verb and the claim. */
export interface Attribution extends SourceName {
  /** Index of the sentence in the array given to findAttributions. */
  sentence: number;
  verb: string;
  claim: string;
  claimStart: number;
  claimEnd: number;
}

interface Phrase {
  from: number;
  to: number;
}

interface Subject {
  main: Phrase;
  apposition?: Phrase;
}

const ARTICLE_SET = new Set(ARTICLES);
const CLAUSE_SET = new Set(CLAUSE_WORDS);
const AUXILIARIES = new Set(AUXILIARY_WORDS);
const PASSIVE = new Set(PASSIVE_AUXILIARIES);
const MODALS = new Set(MODAL_WORDS);
const VERB_SET = new Set(REPORTING_VERBS);
const PREPOSITIONS = new Set(SOURCE_PREPOSITIONS);
const OBJECT_OF = new Set(OBJECT_PREPOSITIONS);
/** Multi-word reporting phrases by first word, longest first: "put the number at", "according to". */
const PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of [...REPORTING_PHRASES, ...SOURCE_PREPOSITIONS].sort((a, b) => b.length - a.length)) {
  const words = phrase.split(' ');
  PHRASES_BY_FIRST.set(words[0]!, [...(PHRASES_BY_FIRST.get(words[0]!) ?? []), words]);
}
const PARTICIPLE = /(?:ing|ando|endo)$/;
const VERB_FORM = /^\p{Ll}{3,}(?:ed|ing)$/u;
const MAX_PHRASE_WORDS = 7;

const isWord = (token: Token | undefined): boolean => token !== undefined && (token.opens === 'letter' || token.opens === 'mark');
const isCapitalised = (token: Token | undefined): boolean => Boolean(token && /^\p{Lu}/u.test(token.text));

/** "Dr" before "." inside a sentence is a title, not an end. */
function isAbbreviationDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return tokens[index]?.text === '.' && isCapitalised(before) && before!.text.length <= 4;
}

/** Whether a word may sit inside a source's noun phrase. */
function fitsPhrase(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (isAbbreviationDot(tokens, index)) return true;
  if (!isWord(token) || VERB_SET.has(token.lower) || VERB_FORM.test(token.text)) return false;
  if (AUXILIARIES.has(token.lower) || PASSIVE.has(token.lower)) return false;
  if (!CLAUSE_SET.has(token.lower)) return true;
  // "Ministry of Health", "Ministerio de Salud": "of" joins two capitalised words.
  const joins = token.lower === 'of' || token.lower === 'de' || token.lower === 'del';
  const [before, after] = [tokens[index - 1], tokens[index + 1]];
  return joins && isCapitalised(before) && isCapitalised(after);
}

/** The noun phrase ending at token `end`, walking back to a clause boundary or a leading article. */
function phraseBefore(tokens: readonly Token[], end: number): Phrase | null {
  // "an estimated 2,000": an article right before the verb makes the verb an adjective.
  if (ARTICLE_SET.has(tokens[end]?.lower ?? '')) return null;
  let from = end + 1;
  for (let i = end; i >= 0 && end - i < MAX_PHRASE_WORDS; i--) {
    if (ARTICLE_SET.has(tokens[i]!.lower) && i < end) {
      from = i;
      break;
    }
    if (!fitsPhrase(tokens, i)) break;
    from = i;
  }
  return from <= end ? { from, to: end } : null;
}

/** The noun phrase starting at token `start`: an optional article, then words up to a boundary. */
function phraseAfter(tokens: readonly Token[], start: number): Phrase | null {
  let i = ARTICLE_SET.has(tokens[start]?.lower ?? '') ? start + 1 : start;
  const firstWord = i;
  while (i < tokens.length && i - start < MAX_PHRASE_WORDS && !ARTICLE_SET.has(tokens[i]!.lower) && fitsPhrase(tokens, i)) i++;
  while (i > firstWord && !isWord(tokens[i - 1])) i--;
  return i > firstWord ? { from: start, to: i - 1 } : null;
}

/** "X, Y," before the verb, where one of X and Y names a role. */
function appositionBefore(tokens: readonly Token[], comma: number): Subject | null {
  const second = phraseBefore(tokens, comma - 1);
  if (!second || tokens[second.from - 1]?.text !== ',') return null;
  const first = phraseBefore(tokens, second.from - 2);
  const boundary = tokens[(first?.from ?? 0) - 1];
  if (!first || (boundary && boundary.text !== ',' && !CLAUSE_SET.has(boundary.lower))) return null;
  return { main: first, apposition: second };
}

/** The sentence's own subject ("Pakistan's Defense Minister, Khawaja Asif, issued … warning"). */
function sentenceSubject(tokens: readonly Token[]): Subject | null {
  const main = phraseAfter(tokens, 0);
  if (!main || tokens[main.to + 1]?.text !== ',') return main && { main };
  const apposition = phraseAfter(tokens, main.to + 2);
  return apposition && tokens[apposition.to + 1]?.text === ',' ? { main, apposition } : { main };
}

/** A trailing ", the clinic's director" after an inverted subject. */
function trailingRole(tokens: readonly Token[], after: number): Phrase | undefined {
  if (tokens[after + 1]?.text !== ',') return undefined;
  const role = phraseAfter(tokens, after + 2);
  const next = tokens[(role?.to ?? 0) + 1];
  return role && (!next || /^[.,;:!?]$/.test(next.text)) ? role : undefined;
}

const textOf = (sentence: string, tokens: readonly Token[], phrase: Phrase) =>
  sentence.slice(tokens[phrase.from]!.start, tokens[phrase.to]!.end);

/** The subject's phrases as printed, handed to nameSource for name and role. */
function describeSource(sentence: string, tokens: readonly Token[], subject: Subject): SourceName | null {
  const apposition = subject.apposition && textOf(sentence, tokens, subject.apposition);
  return nameSource(textOf(sentence, tokens, subject.main), apposition);
}

/** Token ranges [from, to) of the reporting verbs and phrases in a sentence, in order. */
function reportingVerbs(tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = PHRASES_BY_FIRST.get(tokens[i]!.lower)?.find((words) => words.every((word, k) => tokens[i + k]?.lower === word));
    const length = phrase?.length ?? (VERB_SET.has(tokens[i]!.lower) ? 1 : 0);
    if (!length) continue;
    found.push([i, i + length]);
    i += length - 1;
  }
  return found;
}

interface Found {
  attribution: Attribution;
  subjectStart: number;
}

interface Resolution {
  subject: Subject;
  inverted: boolean;
}

/** An inverted subject stands alone: "said the mayor." or "said the mayor on Monday", never "said the talks failed". */
function invertedSubject(tokens: readonly Token[], verbTo: number): Subject | null {
  const main = phraseAfter(tokens, verbTo);
  if (!main) return null;
  const next = tokens[main.to + 1];
  if (next && isWord(next) && !CLAUSE_SET.has(next.lower)) return null;
  const role = trailingRole(tokens, main.to);
  return role ? { main, apposition: role } : { main };
}

/** Who speaks through the verb at tokens[verbFrom, verbTo): before it, after it, or the sentence's earlier speaker. */
function resolveSubject(tokens: readonly Token[], verbFrom: number, verbTo: number, earlier: Found[]): Resolution | null {
  const verb = tokens.slice(verbFrom, verbTo).map((token) => token.lower).join(' ');
  if (PREPOSITIONS.has(verb)) {
    const main = phraseAfter(tokens, verbTo);
    return main && { subject: { main }, inverted: true };
  }
  let j = verbFrom - 1;
  for (; j >= 0 && (AUXILIARIES.has(tokens[j]!.lower) || PASSIVE.has(tokens[j]!.lower) || /^\p{Ll}{3,}ly$/u.test(tokens[j]!.text)); j--) {
    if (PASSIVE.has(tokens[j]!.lower)) return null;
  }
  if (MODALS.has(tokens[j]?.lower ?? '')) return null;
  const before = tokens[j];
  if (isWord(before)) {
    const main = phraseBefore(tokens, j);
    // "nations in the Global South reject …": a preposition's object is not the subject.
    if (!main || OBJECT_OF.has(tokens[main.from - 1]?.lower ?? '')) return null;
    return { subject: { main }, inverted: false };
  }
  const participle = PARTICIPLE.test(verb);
  if (before?.text === ',') {
    const apposition = appositionBefore(tokens, j);
    if (apposition) return { subject: apposition, inverted: false };
    // "Pakistan disputed these figures, stating …": the earlier speaker's claim already runs over this one.
    if (participle && earlier.length) return null;
  }
  const inverted = participle || /^(?:that|que)$/.test(tokens[verbTo]?.lower ?? '') ? null : invertedSubject(tokens, verbTo);
  if (inverted) return { subject: inverted, inverted: true };
  // "The minister, speaking in Istanbul, said …" and "X, …, warning of …": the sentence's opening subject speaks.
  const own = before?.text === ',' ? sentenceSubject(tokens) : null;
  return own && tokens[(own.apposition ?? own.main).to + 1]?.text === ',' ? { subject: own, inverted: false } : null;
}

const sameSource = (a: SourceName, b: SourceName) => a.name === b.name && a.role === b.role;

/** After a trailing "…, the mayor said" come at most a few words ("on Monday") and the closing punctuation. */
const TRAILING_WORDS = 3;

const isCloser = (token: Token) => /^[.!?,"”'’)»]$/.test(token.text);

function endsSentence(tokens: readonly Token[], from: number): boolean {
  const rest = tokens.slice(from);
  const words = rest.filter((token) => !isCloser(token));
  return words.length <= TRAILING_WORDS && words.every(isWord);
}

const isClausePunctuation = (char: string | undefined) => char !== undefined && /[\s,;:—–-]/.test(char);

/** Start and end of `text[from, to)` without surrounding spaces, clause punctuation or a dangling "while"/"and". */
function trimSpan(text: string, from: number, to: number): [number, number] {
  while (from < to && isClausePunctuation(text[from])) from++;
  for (;;) {
    while (to > from && isClausePunctuation(text[to - 1])) to--;
    let wordStart = to;
    while (wordStart > from && /[\p{L}]/u.test(text[wordStart - 1]!)) wordStart--;
    const word = text.slice(wordStart, to).toLowerCase();
    if (wordStart === from || wordStart === to || !/\s/.test(text[wordStart - 1]!) || !CLAUSE_SET.has(word)) return [from, to];
    to = wordStart;
  }
}

function attributionsIn(original: string, index: number): Attribution[] {
  const text = original.replace(/’/g, "'");
  const tokens = tokenize(original);
  const found: Found[] = [];
  for (const [verbFrom, verbTo] of reportingVerbs(tokens)) {
    const verbStart = tokens[verbFrom]!.start;
    const verbEnd = tokens[verbTo - 1]!.end;
    const resolution = resolveSubject(tokens, verbFrom, verbTo, found);
    if (!resolution) continue;
    const { subject, inverted } = resolution;
    const source = describeSource(text, tokens, subject);
    if (!source || found.some((f) => sameSource(f.attribution, source))) continue;
    const last = subject.apposition && subject.apposition.to > subject.main.to ? subject.apposition : subject.main;
    const subjectStart = tokens[Math.min(subject.main.from, subject.apposition?.from ?? Infinity)]!.start;
    const subjectEnd = tokens[last.to]!.end;
    let span: [number, number];
    if (inverted) {
      const leads = /^[\s"“'‘(¿¡]*$/.test(text.slice(0, verbStart));
      span = leads ? [subjectEnd, text.length] : [0, verbStart];
    } else if (endsSentence(tokens, verbTo) && /[,”"]\s*$/.test(text.slice(0, subjectStart))) {
      span = [0, subjectStart];
    } else {
      span = [verbEnd + (/^\s+(?:that|que)\b/i.exec(text.slice(verbEnd))?.[0].length ?? 0), text.length];
    }
    const [claimStart, claimEnd] = trimSpan(text, ...span);
    const attribution: Attribution = { sentence: index, ...source, verb: text.slice(verbStart, verbEnd), claim: '', claimStart, claimEnd };
    found.push({ attribution, subjectStart });
  }
  // A claim that runs on ends where the next speaker is named ("…, while the Interior Ministry promised …").
  for (const { attribution } of found) {
    const next = found.find((f) => f.subjectStart > attribution.claimStart && f.subjectStart < attribution.claimEnd);
    if (next) [attribution.claimStart, attribution.claimEnd] = trimSpan(text, attribution.claimStart, next.subjectStart);
    attribution.claim = original.slice(attribution.claimStart, attribution.claimEnd);
  }
  return found.map((f) => f.attribution);
}

/** Attributions of every sentence, in order; a sentence may hold several speakers. */
export function findAttributions(sentences: readonly string[]): Attribution[] {
  return sentences.flatMap((sentence, index) => attributionsIn(sentence, index));
}
