// Explainable subjectivity analysis: opinion cue words per sentence (attributed and quoted speech discounted) and a 0..1 score per section.
import { splitSentences, tokenIndexAt, tokenize, type Token } from './sentences';
import { CLAUSE_WORDS, REPORTING_VERBS, SOURCE_PREPOSITIONS } from './vocabulary/reporting';
import { SUBJECTIVITY_EN } from './vocabulary/subjectivity-en';
import { SUBJECTIVITY_ES } from './vocabulary/subjectivity-es';

export type CueKind = 'evaluative' | 'prescriptive' | 'stance' | 'intensifier' | 'absolute' | 'rhetorical';
export const CUE_KINDS: readonly CueKind[] = ['evaluative', 'prescriptive', 'stance', 'intensifier', 'absolute', 'rhetorical'];

/** One language's word lists (see lib/vocabulary/subjectivity-*.ts). */
export interface SubjectivityVocabulary {
  cues: Record<CueKind, readonly string[]>;
  /** Verbs that, with a subject, report someone else's words; added to the shared reporting verbs. */
  attributionVerbs: readonly string[];
  /** Subjects that make a reporting verb the writer's own ("we insist"). */
  firstPerson: readonly string[];
  /** Words before a verb form that show it is not a reporting verb with a subject ("a warning", "must reject"). */
  notSubjects: readonly string[];
  /** Subjects or listeners that are nobody in particular ("anyone who believes…", "tells you…"): no source is being reported. */
  genericSubjects: readonly string[];
  /** Words skipped between a subject and its verb ("officials had repeatedly warned"). */
  skippable: readonly string[];
  /** Conjunctions that end the clause an attribution covers ("…said the plan works, but it plainly does not"). */
  clauseBreaks: readonly string[];
  /** Frequent function words, for telling the language of unlabelled text. */
  functionWords: readonly string[];
}

export interface SentenceCues { sentence: string; score: number; opinion: boolean; cues: { kind: CueKind; words: string[] }[] }

export interface SubjectivityResult {
  cues: { section: number; sentence: string; kind: string; words: string[] }[];
  sectionScores: number[];
  estimate: { share: number; sentences: number; opinionSentences: number; top: { sentence: string; score: number; kinds: string[] }[] };
}

/**
 * Scoring, kept simple so every number can be explained to a reader:
 * - a sentence's raw weight is the sum over its distinct cue words of the kind's weight below;
 *   intensifiers and absolutes ("very", "never") only colour a claim, so they count half;
 * - the sentence is flagged as opinion when the raw weight reaches 1 (one strong cue, or two weak);
 * - its score is raw / 2 clamped to 0..1 (two strong cues saturate);
 * - a section's score is the mean sentence score: the share of its sentences that read as
 *   opinion, weighted by how strongly they do.
 */
const KIND_WEIGHTS: Record<CueKind, number> = { evaluative: 1, prescriptive: 1, stance: 1, rhetorical: 1, intensifier: 0.5, absolute: 0.5 };
const OPINION_THRESHOLD = 1;
const SATURATION = 2;
const TOP_SENTENCES = 5;
/** Words after an attribution verb up to the clause end, at most, for it to be a trailing tag ("…, the minister said on Tuesday."). */
const TAIL_WORDS = 3;
/** How far back a subject's noun phrase may reach from its verb. */
const SUBJECT_WORDS = 8;

const VOCABULARIES = { en: SUBJECTIVITY_EN, es: SUBJECTIVITY_ES };
type Language = keyof typeof VOCABULARIES;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation per kind, longest entries first so phrases win over their words; \p{L} lookarounds act as accent-aware word boundaries. */
function wordListPattern(entries: readonly string[]): RegExp {
  const alternatives = [...entries]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const wildcard = entry.endsWith('*');
      const words = (wildcard ? entry.slice(0, -1) : entry).split(/\s+/).map(escapeRegExp).join('\\s+');
      return wildcard ? `${words}\\p{L}*` : words;
    });
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}]|-\\p{L})`, 'giu');
}

function compileVocabulary(source: SubjectivityVocabulary) {
  return {
    cues: CUE_KINDS.filter((kind) => source.cues[kind].length > 0).map((kind) => [kind, wordListPattern(source.cues[kind])] as const),
    attributionVerbs: new Set([...REPORTING_VERBS, ...source.attributionVerbs]),
    firstPerson: new Set(source.firstPerson),
    notSubjects: new Set(source.notSubjects),
    genericSubjects: new Set(source.genericSubjects),
    skippable: new Set(source.skippable),
    clauseBreaks: new Set(source.clauseBreaks),
    subjectStops: new Set([...CLAUSE_WORDS, ...source.notSubjects.filter((word) => word.length > 3)]),
    sourcePrepositions: wordListPattern(SOURCE_PREPOSITIONS),
  };
}
type CompiledVocabulary = ReturnType<typeof compileVocabulary>;

const compiled = new Map<Language, CompiledVocabulary>();
const vocabularyFor = (language: Language) =>
  compiled.get(language) ?? compiled.set(language, compileVocabulary(VOCABULARIES[language])).get(language)!;

/** Spanish when its function words outnumber English ones in a sample of the text; English otherwise. */
function resolveLanguage(language: string | undefined, text: string): Language {
  if (typeof language === 'string' && language.trim()) return language.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
  const words = tokenize(text.slice(0, 4000)).map((token) => token.lower);
  const count = (list: readonly string[]) => words.filter((word) => list.includes(word)).length;
  const spanish = count(SUBJECTIVITY_ES.functionWords);
  return spanish >= 2 && spanish > count(SUBJECTIVITY_EN.functionWords) ? 'es' : 'en';
}

const QUOTE_PAIRS = /“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]|"[^"]*"|‘[^‘’]*’(?![\p{L}])|(?<![\p{L}\p{N}])'[^']*'(?![\p{L}\p{N}])/gu;
const QUOTE_MARK = /^["“”«»„‘’']$/u;

/**
 * Blanks out quoted speech, keeping the quote marks and every offset: the reporter is relaying
 * someone else's words. A quote left open (or closed) by the sentence splitter runs to the end
 * (or from the start). Short lower-case quotes are kept aside as possible scare quotes.
 */
function maskQuotes(sentence: string): { masked: string; shortQuotes: string[] } {
  const shortQuotes: string[] = [];
  const blank = (text: string) => text.replace(/[^\s]/gu, ' ');
  let masked = sentence.replace(QUOTE_PAIRS, (quote) => {
    const inner = quote.slice(1, -1).trim();
    if (/^\p{Ll}[\p{L}\p{M}'’ -]*$/u.test(inner) && inner.split(/\s+/).length <= 3) shortQuotes.push(quote);
    return quote[0] + blank(quote.slice(1, -1)) + quote.slice(-1);
  });
  const opening = /(?:^|\s)["“«„](?=[^\s"”»])/u.exec(masked);
  const at = opening ? opening.index + opening[0].length : masked.length;
  masked = masked.slice(0, at) + blank(masked.slice(at));
  const closing = /(?<=[^\s"“«„])["”»](?=[\s.,;:!?]|$)/u.exec(masked);
  if (closing) masked = blank(masked.slice(0, closing.index)) + masked.slice(closing.index);
  return { masked, shortQuotes };
}

interface Hit { kind: CueKind; word: string; start: number; end: number }

function findCues(text: string, vocabulary: CompiledVocabulary): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, pattern] of vocabulary.cues) {
    for (const match of text.matchAll(pattern)) {
      // "US" is a country, not "us"; a one-word match in capitals is an acronym.
      if (!/\s/u.test(match[0]) && match[0].length > 1 && match[0] === match[0].toUpperCase()) continue;
      hits.push({ kind, word: match[0].toLowerCase().replace(/\s+/gu, ' '), start: match.index, end: match.index + match[0].length });
    }
  }
  // Across kinds too, the longer phrase wins ("merece la pena" is not also "merece"): sorted by start, longest first, a hit is kept
  // unless an earlier-starting hit reaches past its end or a same-start hit is longer.
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  let group = { start: -1, end: -1 };
  return hits.filter((hit) => {
    if (hit.start !== group.start) [reach, group] = [Math.max(reach, group.end), hit];
    return reach < hit.end && hit.end === group.end;
  });
}

const isWord = (token: Token | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token.text);

/**
 * Where each clause stops counting as the writer's voice: from a reporting verb's third-party
 * subject ("the minister warned that…", "critics called it…") to the clause end, or the whole
 * clause for a trailing tag ("…, officials said") or "according to…". Keyed by the clause's first
 * token. An attribution inside the writer's own prescription or stance ("it is high time that
 * nations reject…") is the writer speaking and is not discounted. Linear in the sentence length.
 */
function attributedFrom(text: string, tokens: Token[], hits: Hit[], vocabulary: CompiledVocabulary): ((position: number) => boolean) | null {
  const isBreak = (token: Token) => /^[;—–]$/u.test(token.text) || vocabulary.clauseBreaks.has(token.lower);
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  const wordsBefore: number[] = [0];
  tokens.forEach((token, index) => {
    clauseStart[index] = index > 0 && !isBreak(tokens[index - 1]!) ? clauseStart[index - 1]! : index;
    wordsBefore[index + 1] = wordsBefore[index]! + (isWord(token) ? 1 : 0);
  });
  for (let index = tokens.length - 1; index >= 0; index--) clauseEnd[index] = index + 1 < tokens.length && !isBreak(tokens[index + 1]!) ? clauseEnd[index + 1]! : index + 1;
  const offset = (index: number) => tokens[index]?.start ?? text.length;
  const clauseAt = (position: number) => clauseStart[Math.min(tokenIndexAt(tokens, position), tokens.length - 1)] ?? 0;
  const hitStarts = new Set(hits.map((hit) => hit.start));
  const frameStart = new Map<number, number>();
  for (const hit of hits) {
    if (hit.kind === 'prescriptive' || hit.kind === 'stance') frameStart.set(clauseAt(hit.start), Math.min(hit.start, frameStart.get(clauseAt(hit.start)) ?? Infinity));
  }
  const from = new Map<number, number>();
  const discount = (clause: number, start: number) => {
    if (!((frameStart.get(clause) ?? Infinity) < start)) from.set(clause, Math.min(start, from.get(clause) ?? Infinity));
  };
  for (const match of text.matchAll(vocabulary.sourcePrepositions)) discount(clauseAt(match.index), offset(clauseAt(match.index)));
  tokens.forEach((token, index) => {
    // A verb that opens a cue phrase ("says more about") or a noun after a cue adjective ("lofty promises") reports nobody.
    if (!vocabulary.attributionVerbs.has(token.lower) || hitStarts.has(token.start)) return;
    let before = index - 1;
    while (before >= 0 && (vocabulary.skippable.has(tokens[before]!.lower) || /^\p{L}{3,}ly$/u.test(tokens[before]!.lower))) before--;
    const previous = tokens[before];
    const following = tokens[index + 1];
    if (!previous || hitStarts.has(previous.start) || vocabulary.genericSubjects.has(following?.lower ?? '')) return;
    // After a comma or a quote the subject follows (", said the minister") or the verb is a participle (", warning of…").
    const inverted = (previous.text === ',' || QUOTE_MARK.test(previous.text))
      && (token.lower.endsWith('ing') || (isWord(following) && !vocabulary.subjectStops.has(following!.lower)));
    if (!inverted && (!isWord(previous) || vocabulary.firstPerson.has(previous.lower) || vocabulary.notSubjects.has(previous.lower))) return;
    const clause = clauseStart[index]!;
    let subject = before;
    while (!inverted && subject > clause && before - subject < SUBJECT_WORDS && isWord(tokens[subject - 1]) && !vocabulary.subjectStops.has(tokens[subject - 1]!.lower)) subject--;
    if (!inverted && tokens.slice(Math.max(clause, subject - 2), before + 1).some((word) => vocabulary.genericSubjects.has(word.lower))) return;
    const wordsAfter = wordsBefore[clauseEnd[index]!]! - wordsBefore[index + 1]!;
    const tag = inverted || (wordsAfter <= TAIL_WORDS && (subject === clause || !isWord(tokens[subject - 1])));
    discount(clause, tag ? offset(clause) : offset(subject));
  });
  return from.size ? (position) => position >= (from.get(clauseAt(position)) ?? Infinity) : null;
}

function analyseIn(sentence: string, language: Language): SentenceCues {
  const vocabulary = vocabularyFor(language);
  const { masked, shortQuotes } = maskQuotes(sentence);
  const text = masked.replace(/[’‘]/gu, "'");
  const tokens = tokenize(text);
  const allHits = findCues(text, vocabulary);
  const attributed = attributedFrom(text, tokens, allHits, vocabulary);
  const hits = attributed ? allHits.filter((hit) => !attributed(hit.start)) : allHits;
  if (!attributed) {
    // A question the writer asks, or a term held at arm's length, frames rather than reports.
    if (/[?？]\s*[)"”'’»]*\s*$/u.test(text)) hits.push({ kind: 'rhetorical', word: '?', start: text.length, end: text.length });
    for (const quote of shortQuotes) hits.push({ kind: 'rhetorical', word: quote, start: 0, end: 0 });
  }
  const cues = CUE_KINDS.map((kind) => ({ kind, words: [...new Set(hits.filter((hit) => hit.kind === kind).map((hit) => hit.word))] }))
    .filter((cue) => cue.words.length > 0);
  const raw = cues.reduce((sum, cue) => sum + KIND_WEIGHTS[cue.kind] * cue.words.length, 0);
  return { sentence, score: round(Math.min(1, raw / SATURATION)), opinion: raw >= OPINION_THRESHOLD, cues };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const noEstimate = (): SubjectivityResult['estimate'] => ({ share: 0, sentences: 0, opinionSentences: 0, top: [] });

/** Opinion cues in one sentence. `language` "es…" uses the Spanish lists; absent, it is guessed from the sentence. */
export function analyseSentence(sentence: string, language?: string): SentenceCues {
  const text = typeof sentence === 'string' ? sentence : '';
  try {
    return analyseIn(text, resolveLanguage(language, text));
  } catch {
    return { sentence: text, score: 0, opinion: false, cues: [] };
  }
}

/** Cues of every flagged sentence, a score per section, and an estimate over all the text for pages without section headings. */
export function analyseSubjectivity(sections: { paragraphs: string[] }[], options: { language?: string } = {}): SubjectivityResult {
  const list = Array.isArray(sections) ? sections : [];
  const result: SubjectivityResult = { cues: [], sectionScores: [], estimate: noEstimate() };
  try {
    const paragraphsOf = (section: { paragraphs: string[] }) =>
      (Array.isArray(section?.paragraphs) ? section.paragraphs : []).filter((paragraph): paragraph is string => typeof paragraph === 'string');
    const language = resolveLanguage(options?.language, list.flatMap(paragraphsOf).join(' ').slice(0, 4000));
    const analysed = list.map((section) => paragraphsOf(section).flatMap((paragraph) => splitSentences(paragraph, language)).map((sentence) => analyseIn(sentence, language)));
    analysed.forEach((sentences, section) => {
      result.sectionScores.push(sentences.length ? round(sentences.reduce((sum, sentence) => sum + sentence.score, 0) / sentences.length) : 0);
      for (const { sentence, opinion, cues } of sentences) {
        if (opinion) for (const { kind, words } of cues) result.cues.push({ section, sentence, kind, words });
      }
    });
    const all = analysed.flat();
    const flagged = all.filter((sentence) => sentence.opinion);
    const top = [...flagged].sort((a, b) => b.score - a.score).slice(0, TOP_SENTENCES);
    result.estimate = {
      share: all.length ? round(flagged.length / all.length) : 0, sentences: all.length, opinionSentences: flagged.length,
      top: top.map(({ sentence, score, cues }) => ({ sentence, score, kinds: cues.map((cue) => cue.kind) })),
    };
  } catch {
    return { cues: [], sectionScores: list.map(() => 0), estimate: noEstimate() };
  }
  return result;
}
