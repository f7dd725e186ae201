// Finds who says what in each sentence of an analysed text: the source (name, role), the reporting cue and the span of the claim.

import { balanceQuotes, contentAfterColon, contentStart, datelineEnd, isOrder, isParticiplePhrase, objectEnd, onlyAdverbials, quotationBefore, skipAdverbials } from './claims';
import { findCues, type Cue } from './cues';
import { analyseSentences, type AnalysedSentence, type AnalysedText } from './document';
import { grammarFor, isWord, type Grammar, type Phrase } from './phrases';
import { nameSource, type SourceName } from './source-names';
import { tokenIndexAt, type Token } from './sentences';
import { resolveSubject, type Subject } from './subjects';

/** One attributed statement: who (see SourceName), the cue as written and the claim, with its offsets in the sentence. */
export interface Attribution extends SourceName {
  /** Index of the sentence in the analysed text (or in the array given to findAttributions). */
  sentence: number;
  verb: string;
  claim: string;
  claimStart: number;
  claimEnd: number;
}

/** After a trailing "…, the mayor said" come at most a few words ("in a statement on Monday") and the closing punctuation. */
const TRAILING_WORDS = 5;

/** Whether only closing punctuation, adverbials ("late Thursday", "in a televised address"), or a few words opening with a preposition or a time word, follow token `from`. */
function endsSentence(grammar: Grammar, tokens: readonly Token[], from: number): boolean {
  const words = tokens.slice(from).filter((token) => !/^[.!?,"”'’)»]$/.test(token.text));
  // "said on Monday:" introduces what follows.
  if (tokens[skipAdverbials(grammar, tokens, from)]?.text === ':') return false;
  if (!words.length || onlyAdverbials(grammar, tokens, from)) return true;
  const first = words[0]!.lower;
  const adverbial = grammar.objectPrepositions.has(first) || grammar.timeWords.has(first) || grammar.auxiliaries.has(first);
  const plain = (token: Token) => isWord(token) && !grammar.complementizers.has(token.lower) && !grammar.cueWords.has(token.lower) && !grammar.relativePronouns.has(token.lower);
  return adverbial && words.length <= TRAILING_WORDS && words.every(plain);
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
  // "The strandings have been described as “heartbreaking” by the department": the description, up to "by".
  if (subject.passive) return [0, tokens[tokenIndexAt(tokens, subjectStart) - 1]!.start];
  if (subject.inverted) {
    const leads = /^[\s"“'‘(¿¡«„]*$/.test(text.slice(0, cueStart));
    let lead = cue.from;
    while (lead > 0 && grammar.auxiliaries.has(tokens[lead - 1]!.lower)) lead--;
    if (leads || subject.subordinate) return [subjectEnd, text.length];
    // "…, according to whale rescue group Project Jonah, with 140 pilot whales …": the content runs on past the source.
    const runsOn = cue.preposition && /[\p{L}\p{N}]/u.test(text.slice(subjectEnd));
    return runsOn ? [0, text.length] : [0, tokens[lead]!.start];
  }
  // "…, the mayor said." gives the content first; "Each year, officials said, it uses …" has it on both sides.
  if (subjectStart > 0 && /[,”"»“]\s*$/.test(text.slice(0, subjectStart))) {
    // "Asked about pay, Lind said on Thursday.": a participle phrase before the speaker is no content.
    if (endsSentence(grammar, tokens, objectEnd(grammar, tokens, cue.to))) return isParticiplePhrase(grammar, tokens, tokenIndexAt(tokens, subjectStart)) ? [subjectStart, subjectStart] : [0, subjectStart];
    if (tokens[cue.to]?.text === ',') return [0, text.length];
  }
  // "announced on Monday that it would close", "told the inspector that …": the claim starts after "that" or the person told.
  const start = contentStart(grammar, tokens, cue.to);
  return [start === cue.to ? cueEnd : tokens[start - 1]!.end, text.length];
}

/** Whether a claim span holds content: not empty, not only a time phrase ("late Thursday", "on Monday", "in an address that evening"). */
function hasContent(grammar: Grammar, tokens: readonly Token[], start: number, end: number): boolean {
  return start < end && !onlyAdverbials(grammar, tokens, tokenIndexAt(tokens, start), end, true);
}

/** The text of a phrase's tokens in `text` (the sentence, apostrophes straightened: same offsets). */
function phraseText(text: string, tokens: readonly Token[], phrase: Phrase): string {
  return text.slice(tokens[phrase.from]!.start, tokens[phrase.to]!.end);
}

/**
 * "Hicks found that …", "she found that …": a finding verb (ReportingVocabulary.findingVerbs) after a person's bare
 * name or a personal pronoun reports nothing; after a study, a body, a role or "it" it does.
 */
function isDiscovery(grammar: Grammar, tokens: readonly Token[], cue: Cue, source: SourceName): boolean {
  if (cue.to - cue.from !== 1 || !grammar.findingVerbs.has(tokens[cue.from]!.lower)) return false;
  if (source.pronoun) return source.refers === 'm' || source.refers === 'f';
  return source.kind !== 'body' && !source.role && !source.roleOnly && /^\p{Lu}/u.test(source.name);
}

function attributionsIn(grammar: Grammar, analysed: AnalysedText, index: number): Attribution[] {
  const sentence = analysed.sentences[index]!;
  const text = sentence.text.replace(/’/g, "'");
  const { tokens } = sentence;
  const found: { attribution: Attribution; subjectStart: number; spanEnd: number }[] = [];
  for (const cue of findCues(grammar, sentence)) {
    const subject = resolveSubject(grammar, sentence, cue, found.length);
    if (!subject) continue;
    const source = nameSource(grammar, phraseText(text, tokens, subject.main), subject.apposition && phraseText(text, tokens, subject.apposition));
    // A speaker's second cue inside its own claim ("confirmed the clash but added that …") adds nothing.
    const cueStart = tokens[cue.from]!.start;
    if (!source || found.some((f) => f.attribution.name === source.name && f.attribution.claimStart <= cueStart && cueStart < f.attribution.claimEnd)) continue;
    if (isOrder(grammar, tokens, cue.to) || isDiscovery(grammar, tokens, cue, source)) continue;
    const phrases = subject.apposition ? [subject.main, subject.apposition] : [subject.main];
    const subjectStart = Math.min(...phrases.map((phrase) => tokens[phrase.from]!.start));
    const subjectEnd = Math.max(...phrases.map((phrase) => tokens[phrase.to]!.end));
    const [claimStart, claimEnd] = trimSpan(grammar, text, ...claimSpan(grammar, sentence, cue, subject, subjectStart, subjectEnd));
    const verb = text.slice(tokens[cue.from]!.start, tokens[cue.to - 1]!.end);
    const spanEnd = Math.max(subjectEnd, tokens[cue.to - 1]!.end);
    found.push({ attribution: { sentence: index, ...source, verb, claim: '', claimStart, claimEnd }, subjectStart, spanEnd });
  }
  // A claim before its speaker starts past another speaker and cue inside it ("“No,” said Lind. “Never,” she added"
  // gives "she" “Never,” only); a claim that runs on ends where the next speaker is named ("…, while the Interior
  // Ministry promised …").
  for (const { attribution, subjectStart } of found) {
    const inside = found.filter((f) => f.attribution !== attribution && attribution.claimStart <= f.subjectStart && f.spanEnd <= attribution.claimEnd);
    if (attribution.claimEnd <= subjectStart && inside.length) {
      let from = Math.max(...inside.map((f) => f.spanEnd));
      while (from < attribution.claimEnd && /[\s.,;:!?]/.test(text[from]!)) from++;
      attribution.claimStart = from;
    }
    const next = found.find((f) => f.attribution !== attribution && f.subjectStart > attribution.claimStart && f.subjectStart < attribution.claimEnd);
    if (next) [attribution.claimStart, attribution.claimEnd] = trimSpan(grammar, text, attribution.claimStart, next.subjectStart);
    if (attribution.claimStart === 0) attribution.claimStart = datelineEnd(text, sentence.start === 0);
    [attribution.claimStart, attribution.claimEnd] = balanceQuotes(text, attribution.claimStart, attribution.claimEnd);
    attribution.claim = sentence.text.slice(attribution.claimStart, attribution.claimEnd);
  }
  // A cue with no content says nothing, unless its paragraph ends with a colon and the next paragraph holds what was
  // said, or it opens its sentence right after a quotation ("“…!” Rothman said.").
  return found.flatMap(({ attribution, subjectStart }) => {
    if (hasContent(grammar, tokens, attribution.claimStart, attribution.claimEnd)) return [attribution];
    const opens = !/[\p{L}\p{N}]/u.test(text.slice(0, subjectStart));
    const said = contentAfterColon(analysed, index) ?? (opens ? quotationBefore(analysed, index) : undefined);
    return said ? [{ ...attribution, claim: said, claimStart: text.length, claimEnd: text.length }] : [];
  });
}

/**
 * Attributions of every sentence, in order; a sentence may hold several speakers. Takes an analysed text, or
 * sentences as strings (each read alone) with a BCP 47 locale choosing the reporting vocabulary (default English).
 * `from`/`to` read only the sentences [from, to) (indices stay the text's), the text around them still in view.
 */
export function findAttributions(text: AnalysedText | readonly string[], locale = 'en', from = 0, to?: number): Attribution[] {
  const analysed = Array.isArray(text) ? analyseSentences(text as readonly string[], locale) : (text as AnalysedText);
  const grammar = grammarFor(analysed.locale);
  const attributions: Attribution[] = [];
  // Each sentence is read with the whole text around it: a claim may take the quotation before it or the paragraph after.
  const end = Math.min(to ?? analysed.sentences.length, analysed.sentences.length);
  for (let index = from; index < end; index += 1) attributions.push(...attributionsIn(grammar, analysed, index));
  return attributions;
}
