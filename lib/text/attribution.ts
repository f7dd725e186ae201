// Finds who says what in each sentence of an analysed text: the source (name, role), the reporting cue and the span of the claim.

import { findCues, type Cue } from './cues';
import { analyseSentences, isQuoted, type AnalysedSentence, type AnalysedText } from './document';
import {
  clauseStart, clauseSubject, grammarFor, isArticle, isCapitalised, isSpeakerHead, isWord, opensClause,
  parenthesisStart, phraseAfter, phraseBefore, type Grammar, type Phrase,
} from './phrases';
import { nameSource, type SourceName } from './source-names';
import type { Token } from './sentences';

/** One attributed statement: who (see SourceName), the cue as written and the claim, with its offsets in the sentence. */
export interface Attribution extends SourceName {
  /** Index of the sentence in the analysed text (or in the array given to findAttributions). */
  sentence: number;
  verb: string;
  claim: string;
  claimStart: number;
  claimEnd: number;
}

interface Subject {
  main: Phrase;
  /** An apposition ("Ana Ruiz, the clinic's director") or the spokesperson of "a spokesman for the ministry". */
  apposition?: Phrase;
  /** The speaker follows the cue ("…," said the mayor; according to the ministry). */
  inverted?: boolean;
}

const PARTICIPLE = /(?:ing|ando|endo|ant)$/;
const ADVERB = /^\p{Ll}{3,}(?:ly|mente)$/u;
const QUOTE_CLOSE = /^["”»“’']$/;
const MAX_ASIDE = 16;

const quoted = (sentence: AnalysedSentence, phrase: Phrase) =>
  isQuoted(sentence, sentence.tokens[phrase.from]!.start) || isQuoted(sentence, sentence.tokens[phrase.to]!.start);

/** The subject phrase ending at token `end`; when it is a preposition's object, the head of its clause's subject instead. */
function subjectBefore(grammar: Grammar, sentence: AnalysedSentence, end: number): (Subject & { cut?: boolean }) | null {
  const { tokens } = sentence;
  const phrase = phraseBefore(grammar, tokens, end);
  if (!phrase || quoted(sentence, phrase)) return null;
  const timeOnly = grammar.timeWords.has(tokens[phrase.to]!.lower) && phrase.from === phrase.to;
  if (opensClause(grammar, tokens, phrase.from - 1) && !timeOnly) return { main: phrase };
  const head = clauseSubject(grammar, tokens, clauseStart(grammar, tokens, phrase.from));
  if (!head || head.main.from > phrase.from || quoted(sentence, head.main)) return null;
  if (!head.spokesRole && !isSpeakerHead(grammar, tokens, head.main)) return null;
  // Cut when the head leaves the phrase out ("A retired nurse" in "A retired nurse in Port Lessing"): an aside after it describes the place.
  const cut = head.main.to < phrase.to;
  return head.spokesRole ? { main: head.main, apposition: head.spokesRole, cut } : { main: head.main, cut };
}

/** ", the clinic's director" or ", secrétaire du syndicat" after a phrase ending at `after`: up to the sentence end or a relative clause. */
function trailingRole(grammar: Grammar, tokens: readonly Token[], after: number): Phrase | undefined {
  if (tokens[after + 1]?.text !== ',') return undefined;
  let end = after + 2;
  while (end < tokens.length && end - after <= MAX_ASIDE && /^[\p{L}\p{M}\p{N}'’-]/u.test(tokens[end]!.text)) {
    if (grammar.relativePronouns.has(tokens[end]!.lower) || grammar.verbs.has(tokens[end]!.lower)) break;
    end++;
  }
  const closes = !tokens[end] || /^[.;:!?,)"”»]$/.test(tokens[end]!.text) || grammar.relativePronouns.has(tokens[end]!.lower);
  return closes && end > after + 2 ? { from: after + 2, to: end - 1 } : undefined;
}

/** The speaker after the cue: "said the mayor.", "said Dr. Ruiz on Monday", never "said the talks failed" or "said Thursday". */
function invertedSubject(grammar: Grammar, sentence: AnalysedSentence, from: number): Subject | null {
  const { tokens } = sentence;
  const main = phraseAfter(grammar, tokens, from);
  if (!main || quoted(sentence, main)) return null;
  const next = tokens[main.to + 1];
  if (next && isWord(next) && !grammar.clauseWords.has(next.lower) && !grammar.timeWords.has(next.lower)) return null;
  const role = trailingRole(grammar, tokens, main.to);
  return role ? { main, apposition: role, inverted: true } : { main, inverted: true };
}

/** The source after "according to", "selon", "nach Angaben der": data nouns and their "from"/"de" are skipped. */
function sourceAfterPreposition(grammar: Grammar, sentence: AnalysedSentence, cue: Cue): Subject | null {
  const { tokens } = sentence;
  let i = cue.to;
  if (isArticle(grammar, tokens, i) && grammar.dataNouns.has(tokens[i + 1]?.lower ?? '')) i++;
  let skipped = i;
  while (grammar.dataNouns.has(tokens[skipped]?.lower ?? '')) skipped++;
  if (skipped > i && /^(?:from|of|by|de|del|des|du|di|dei|della|do|da|dos|der|von)$/.test(tokens[skipped]?.lower ?? '')) i = skipped + 1;
  const main = clauseSubject(grammar, tokens, i)?.main;
  if (!main || quoted(sentence, main)) return null;
  const role = trailingRole(grammar, tokens, main.to);
  return role && isCapitalised(tokens[role.from]) ? { main, apposition: role, inverted: true } : { main, inverted: true };
}

/** Whether an aside reads as a noun phrase ("the clinic's director", "chair of …", "Ana Ruiz"), not a clause ("issued threats"). */
function isNominal(grammar: Grammar, tokens: readonly Token[], aside: Phrase): boolean {
  const words = tokens.slice(aside.from, aside.to + 1);
  if (words.some((token) => grammar.verbs.has(token.lower))) return false;
  const first = words[0]!;
  return isArticle(grammar, tokens, aside.from) || isCapitalised(first) || first.opens === 'number' || /'s$|’s$/.test(first.text) ||
    words.some((token) => grammar.roles.has(token.lower) || grammar.organisations.has(token.lower));
}

/** The sentence's opening subject, with its apposition: "Ruritania's Defence Minister, Ivo Sandor, issued …". */
function openingSubject(grammar: Grammar, sentence: AnalysedSentence): Subject | null {
  const { tokens } = sentence;
  const own = clauseSubject(grammar, tokens, 0);
  if (!own || quoted(sentence, own.main)) return null;
  if (isWord(tokens[own.main.to + 1])) return { main: own.main };
  if (tokens[own.main.to + 1]?.text !== ',') return null;
  const apposition = phraseAfter(grammar, tokens, own.main.to + 2);
  const closed = apposition && tokens[apposition.to + 1]?.text === ',' && isNominal(grammar, tokens, apposition);
  return closed ? { main: own.main, apposition } : null;
}

/** A comma-enclosed aside before the cue's comma at `comma`: ", the clinic's director," or ", speaking from …,". */
function subjectWithAside(grammar: Grammar, sentence: AnalysedSentence, comma: number): Subject | null {
  const { tokens } = sentence;
  let open = comma - 1;
  while (open >= 0 && comma - open <= MAX_ASIDE && tokens[open]!.text !== ',' && !/^[;:"“”«»]$/.test(tokens[open]!.text)) open--;
  if (open <= 0 || tokens[open]!.text !== ',' || open + 1 >= comma) return null;
  const aside: Phrase = { from: open + 1, to: comma - 1 };
  if (quoted(sentence, aside)) return null;
  const subject = subjectBefore(grammar, sentence, open - 1);
  if (!subject) return null;
  const first = tokens[aside.from]!;
  const skipped = PARTICIPLE.test(first.lower) || grammar.relativePronouns.has(first.lower) || grammar.pronouns.has(first.lower) ||
    grammar.objectPrepositions.has(first.lower);
  if (skipped || subject.cut) return subject.apposition ? subject : { main: subject.main };
  return isNominal(grammar, tokens, aside) ? { main: subject.main, apposition: aside } : null;
}

/** Who speaks through the cue: before it, after it, or the subject of the clause it continues. */
function resolveSubject(grammar: Grammar, sentence: AnalysedSentence, cue: Cue, earlier: number): Subject | null {
  const { tokens } = sentence;
  if (cue.preposition) return sourceAfterPreposition(grammar, sentence, cue);
  let j = cue.from - 1;
  for (; j >= 0; j--) {
    const token = tokens[j]!;
    if (grammar.passives.has(token.lower)) return null;
    const open = parenthesisStart(tokens, j);
    if (open >= 0) j = open;
    else if (!grammar.auxiliaries.has(token.lower) && !ADVERB.test(token.text)) break;
  }
  const before = tokens[j];
  if (before && grammar.modals.has(before.text)) return null;
  const participle = PARTICIPLE.test(tokens[cue.from]!.lower);
  if (isWord(before) && !isQuoted(sentence, before!.start)) {
    if (grammar.coordinators.has(before!.lower) || grammar.relativePronouns.has(before!.lower)) {
      if (grammar.relativePronouns.has(before!.lower)) return subjectBefore(grammar, sentence, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
      // "… toured the plant and said": the clause's subject, unless the sentence's speaker already says this part.
      const subject = earlier ? null : clauseSubject(grammar, tokens, clauseStart(grammar, tokens, j));
      return subject && !quoted(sentence, subject.main) && isSpeakerHead(grammar, tokens, subject.main) ? { main: subject.main } : null;
    }
    return subjectBefore(grammar, sentence, j);
  }
  if (before?.text === ',') {
    const aside = subjectWithAside(grammar, sentence, j);
    if (aside) return aside;
    // "The council voted it down, saying …": the main clause's subject speaks, unless a speaker is already named.
    if (participle) {
      return earlier ? null : openingSubject(grammar, sentence);
    }
  }
  if (participle || !before || !(before.text === ',' || QUOTE_CLOSE.test(before.text) || /^[—–:-]$/.test(before.text))) return null;
  return invertedSubject(grammar, sentence, cue.to);
}

/** After a trailing "…, the mayor said" come at most a few words ("in a statement on Monday") and the closing punctuation. */
const TRAILING_WORDS = 5;

function endsSentence(tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from).filter((token) => !/^[.!?,"”'’)»]$/.test(token.text));
  return words.length <= TRAILING_WORDS && words.every(isWord);
}

const isClausePunctuation = (char: string | undefined) => char !== undefined && /[\s,;:—–-]/.test(char);

/** Start and end of `text[from, to)` without surrounding spaces, clause punctuation or a dangling clause word ("while", "mientras que"). */
function trimSpan(grammar: Grammar, text: string, from: number, to: number): [number, number] {
  while (from < to && isClausePunctuation(text[from])) from++;
  for (;;) {
    while (to > from && isClausePunctuation(text[to - 1])) to--;
    let wordStart = to;
    while (wordStart > from && /\p{L}/u.test(text[wordStart - 1]!)) wordStart--;
    const word = text.slice(wordStart, to).toLowerCase();
    const dangling = grammar.clauseWords.has(word) || grammar.auxiliaries.has(word);
    if (wordStart === from || wordStart === to || !/\s/.test(text[wordStart - 1]!) || !dangling) return [from, to];
    to = wordStart;
  }
}

/** Claim span for a cue and its subject, in sentence offsets. */
function claimSpan(grammar: Grammar, sentence: AnalysedSentence, cue: Cue, subject: Subject, subjectStart: number, subjectEnd: number): [number, number] {
  const { text, tokens } = sentence;
  const cueStart = tokens[cue.from]!.start;
  const cueEnd = tokens[cue.to - 1]!.end;
  if (subject.inverted) {
    const leads = /^[\s"“'‘(¿¡«„]*$/.test(text.slice(0, cueStart));
    let lead = cue.from;
    while (lead > 0 && grammar.auxiliaries.has(tokens[lead - 1]!.lower)) lead--;
    return leads ? [subjectEnd, text.length] : [0, tokens[lead]!.start];
  }
  if (subjectStart > 0 && endsSentence(tokens, cue.to) && /[,”"»“]\s*$/.test(text.slice(0, subjectStart))) return [0, subjectStart];
  const that = tokens[cue.to];
  const skip = that && grammar.complementizers.has(that.lower) ? that.end : cueEnd;
  return [skip, text.length];
}

function attributionsIn(grammar: Grammar, sentence: AnalysedSentence, index: number): Attribution[] {
  const text = sentence.text.replace(/’/g, "'");
  const { tokens } = sentence;
  const found: { attribution: Attribution; subjectStart: number }[] = [];
  for (const cue of findCues(grammar, sentence)) {
    const subject = resolveSubject(grammar, sentence, cue, found.length);
    if (!subject) continue;
    const phraseText = (phrase: Phrase) => text.slice(tokens[phrase.from]!.start, tokens[phrase.to]!.end);
    const source = nameSource(grammar, phraseText(subject.main), subject.apposition && phraseText(subject.apposition));
    if (!source || found.some((f) => f.attribution.name === source.name)) continue;
    const phrases = subject.apposition ? [subject.main, subject.apposition] : [subject.main];
    const subjectStart = Math.min(...phrases.map((phrase) => tokens[phrase.from]!.start));
    const subjectEnd = Math.max(...phrases.map((phrase) => tokens[phrase.to]!.end));
    const [claimStart, claimEnd] = trimSpan(grammar, text, ...claimSpan(grammar, sentence, cue, subject, subjectStart, subjectEnd));
    const verb = text.slice(tokens[cue.from]!.start, tokens[cue.to - 1]!.end);
    found.push({ attribution: { sentence: index, ...source, verb, claim: '', claimStart, claimEnd }, subjectStart });
  }
  // A claim that runs on ends where the next speaker is named ("…, while the Interior Ministry promised …").
  for (const { attribution } of found) {
    const next = found.find((f) => f.subjectStart > attribution.claimStart && f.subjectStart < attribution.claimEnd);
    if (next) [attribution.claimStart, attribution.claimEnd] = trimSpan(grammar, text, attribution.claimStart, next.subjectStart);
    attribution.claim = sentence.text.slice(attribution.claimStart, attribution.claimEnd);
  }
  return found.map((f) => f.attribution);
}

/**
 * Attributions of every sentence, in order; a sentence may hold several speakers. Takes an analysed text, or
 * sentences as strings (each read alone) with a BCP 47 locale choosing the reporting vocabulary (default English).
 */
export function findAttributions(text: AnalysedText | readonly string[], locale = 'en'): Attribution[] {
  const analysed = Array.isArray(text) ? analyseSentences(text as readonly string[], locale) : (text as AnalysedText);
  const grammar = grammarFor(analysed.locale);
  return analysed.sentences.flatMap((sentence, index) => attributionsIn(grammar, sentence, index));
}
