// Finds the reporting cues of a sentence: verbs, multi-word phrases and source prepositions, outside quotations.

import { isQuoted, type AnalysedSentence } from './document';
import { isArticle, isCapitalised, isWord, type Grammar } from './phrases';
import { wordsAt, type Token } from './sentences';

/** Tokens [from, to) of one cue; `preposition` when its source follows it ("according to", "selon"). */
export interface Cue {
  from: number;
  to: number;
  preposition: boolean;
}

interface PhraseIndex {
  /** Multi-word cues by first word, longest first, with whether each is a source preposition. */
  byFirst: Map<string, { words: string[]; preposition: boolean }[]>;
  /** Every word a cue may start at: byFirst's keys, particle verbs, noun-like verbs and cue words (one lookup rules a word out). */
  starts: Set<string>;
}

const indexes = new WeakMap<Grammar, PhraseIndex>();

function phraseIndex(grammar: Grammar): PhraseIndex {
  let index = indexes.get(grammar);
  if (index) return index;
  const byFirst = new Map<string, { words: string[]; preposition: boolean }[]>();
  const all = [
    ...grammar.vocabulary.phrases.map((phrase) => ({ phrase, preposition: false })),
    ...grammar.vocabulary.sourcePrepositions.map((phrase) => ({ phrase, preposition: true })),
  ].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, preposition } of all) {
    const words = phrase.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), { words, preposition }]);
  }
  const starts = new Set([...byFirst.keys(), ...grammar.particleVerbs.keys(), ...grammar.nounLikeVerbs, ...grammar.cueWords]);
  index = { byFirst, starts };
  indexes.set(grammar, index);
  return index;
}

/** Words within which a particle verb's particle must follow ("puts the number of displaced people at"). */
const PARTICLE_REACH = 10;

/** A cue form right after an article, a determiner or a number is a noun or an adjective ("860 confirmed cases", "these estimates"). */
function isModifier(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before) return false;
  return before.opens === 'number' || isArticle(grammar, tokens, index - 1) || grammar.determiners.has(before.lower);
}

/** "maintains that", "showed:": a clause verb is a cue only before its content clause or quotation. */
function introducesClause(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return Boolean(next && (grammar.complementizers.has(next.lower) || /^["“«„:]$/.test(next.text)));
}

/** "claims" and "estimates" are cues before a clause, a number, a noun phrase or a quotation, never at a phrase's end. */
function opensContent(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next) return false;
  if (next.opens === 'number' || /^["“«„:]$/.test(next.text) || isCapitalised(next)) return true;
  return grammar.complementizers.has(next.lower) || grammar.articles.has(next.lower) || grammar.pronouns.has(next.lower);
}

/**
 * "which Meridian Risk estimates could reach", "The central bank projects growth", ", warning of reprisals": after a
 * name, a body or a role, or opening a participle clause, the form is a verb whatever follows ("weather forecasts" is not).
 */
function afterSpeaker(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before) return false;
  if (before.text === ',') return true;
  return (index > 1 && isCapitalised(before)) || grammar.organisations.has(before.lower) || grammar.roles.has(before.lower);
}

/** Words after a quote verb within which its quotation may open: "called last year's tax bill “the worst …”". */
const QUOTE_REACH = 8;

/**
 * "“…,” Yoon continued", "continued: “…”", "called the debt “the transcendent issue”": a quotation closes just before
 * the cue or opens within a few words after it; "the technique called “mental chronometry”" names, it reports nothing.
 */
function besideQuotation(grammar: Grammar, sentence: AnalysedSentence, index: number): boolean {
  const { tokens } = sentence;
  const before = tokens[index - 1];
  if (before && isWord(before) && !isCapitalised(before) && isArticle(grammar, tokens, index - 2) && !grammar.roles.has(before.lower)) return false;
  const near = tokens.slice(Math.max(0, index - 4), index + QUOTE_REACH).filter((token) => token !== tokens[index]);
  return near.some((token) => /^[“”"«»„:]$/.test(token.text) || isQuoted(sentence, token.start));
}

/** "put the toll at 40", "put a £640m price tag on": the particle follows and a number comes before or right after it. */
function particleFollows(tokens: readonly Token[], index: number, particles: readonly string[]): boolean {
  let number = false;
  for (let i = index + 1; i < tokens.length && i - index <= PARTICLE_REACH; i++) {
    number ||= tokens[i]!.opens === 'number';
    if (particles.includes(tokens[i]!.lower)) return number || tokens[i + 1]?.opens === 'number' || /^[£$€¥]$/.test(tokens[i + 1]?.text ?? '');
    if (!isWord(tokens[i]) && tokens[i]!.opens !== 'number' && !/^[£$€¥]$/.test(tokens[i]!.text)) return false;
  }
  return false;
}

/** The sentence's cues in order; words inside a quotation are the quoted speaker's, never a cue. */
/** "add.js", "report.txt": a word glued to a lower-case extension names a file (command-line text), never a cue. */
function isFileName(tokens: readonly Token[], i: number): boolean {
  const [dot, extension] = [tokens[i + 1], tokens[i + 2]];
  return dot?.text === '.' && dot.start === tokens[i]!.end && extension?.start === dot.end && /^\p{Ll}/u.test(extension.text);
}

export function findCues(grammar: Grammar, sentence: AnalysedSentence): Cue[] {
  const { tokens } = sentence;
  const { byFirst, starts } = phraseIndex(grammar);
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!starts.has(token.lower)) continue;
    const phrases = byFirst.get(token.lower);
    const particles = grammar.particleVerbs.get(token.lower);
    const nounLike = grammar.nounLikeVerbs.has(token.lower);
    if (!isWord(token) || isQuoted(sentence, token.start) || isFileName(tokens, i)) continue;
    const phrase = phrases?.find(({ words }) => wordsAt(tokens, i, words));
    if (phrase) {
      cues.push({ from: i, to: i + phrase.words.length, preposition: phrase.preposition });
      i += phrase.words.length - 1;
      continue;
    }
    if (!particles && !nounLike && !grammar.cueWords.has(token.lower)) continue;
    if (grammar.clauseVerbs.has(token.lower) && !introducesClause(grammar, tokens, i)) continue;
    if (grammar.quoteVerbs.has(token.lower) && !besideQuotation(grammar, sentence, i)) continue;
    if (grammar.vocabulary.notBefore?.[token.lower]?.includes(tokens[i + 1]?.lower ?? '')) continue;
    // "The United States": a capitalised form inside a sentence is a name.
    if (i > 0 && token.text !== token.lower && isWord(tokens[i - 1])) continue;
    if (isModifier(grammar, tokens, i)) continue;
    if (nounLike && !opensContent(grammar, tokens, i) && !afterSpeaker(grammar, tokens, i)) continue;
    if (particles && !particleFollows(tokens, i, particles)) continue;
    cues.push({ from: i, to: i + 1, preposition: false });
  }
  return cues;
}
