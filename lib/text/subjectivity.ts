// Explainable subjectivity analysis: opinion cue words and patterns per sentence (attributed and quoted speech discounted) and a 0..1 score per section.
import { splitSentences, tokenIndexAt, tokenize, type Token } from './sentences';
import { CLAUSE_WORDS, REPORTING_VERBS, SOURCE_PREPOSITIONS } from '../vocabulary/reporting';
import { SUBJECTIVITY_EN, SUBJECTIVITY_PATTERNS_EN } from '../vocabulary/subjectivity-en';
import { SUBJECTIVITY_ES, SUBJECTIVITY_PATTERNS_ES } from '../vocabulary/subjectivity-es';
import {
  indexPatterns, indexPhrases, matchPatterns, matchPhrases, type CueHit, type PatternSet, type SubjectivityVocabulary,
} from '../vocabulary/subjectivity-patterns';

export type { SubjectivityVocabulary } from '../vocabulary/subjectivity-patterns';

export type CueKind = 'evaluative' | 'prescriptive' | 'stance' | 'intensifier' | 'absolute' | 'rhetorical';
export const CUE_KINDS: readonly CueKind[] = ['evaluative', 'prescriptive', 'stance', 'intensifier', 'absolute', 'rhetorical'];

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

const VOCABULARIES = { en: [SUBJECTIVITY_EN, SUBJECTIVITY_PATTERNS_EN], es: [SUBJECTIVITY_ES, SUBJECTIVITY_PATTERNS_ES] } as const;
type Language = keyof typeof VOCABULARIES;

function compileVocabulary(source: SubjectivityVocabulary, patterns: PatternSet) {
  return {
    phrases: indexPhrases(source.cues),
    patterns: indexPatterns(patterns.patterns, patterns.lists),
    ruleContexts: indexPatterns([{ kind: 'prescriptive', at: 'rules', source: '(?:{rules})\\b' }], { rules: patterns.ruleContexts }),
    attributionVerbs: new Set([...REPORTING_VERBS, ...source.attributionVerbs]),
    firstPerson: new Set(source.firstPerson),
    notSubjects: new Set(source.notSubjects),
    genericSubjects: new Set(source.genericSubjects),
    skippable: new Set(source.skippable),
    clauseBreaks: new Set(source.clauseBreaks),
    subjectStops: new Set([...CLAUSE_WORDS, ...source.notSubjects.filter((word) => word.length > 3)]),
    sourcePrepositions: indexPatterns([{ kind: 'stance', at: 'sources', source: '(?:{sources})\\b' }], { sources: SOURCE_PREPOSITIONS }),
  };
}
type CompiledVocabulary = ReturnType<typeof compileVocabulary>;

const compiled = new Map<Language, CompiledVocabulary>();
const vocabularyFor = (language: Language) =>
  compiled.get(language) ?? compiled.set(language, compileVocabulary(...VOCABULARIES[language])).get(language)!;

/**
 * The one-time work of a language's vocabulary as small steps: compiling the lists, then each pattern's first
 * runs (where the regex engine compiles it). A caller runs the steps in idle time, so that the first analysis of
 * a page is not one long task. Nothing here changes what any analysis finds.
 */
export function* subjectivityWarmUp(language: string): Generator<void> {
  const resolved = resolveLanguage(language, '');
  if (!compiled.has(resolved)) {
    // Compiling a whole vocabulary cold is one long step; a small part of it first gets the code optimised.
    const [source, patterns] = VOCABULARIES[resolved];
    const sample = <T>(list: readonly T[]) => list.slice(0, 8);
    const cues = {} as Record<CueKind, readonly string[]>;
    for (const kind of CUE_KINDS) cues[kind] = sample(source.cues[kind]);
    indexPhrases(cues);
    yield;
    indexPatterns(sample(patterns.patterns), patterns.lists);
    yield;
  }
  const vocabulary = vocabularyFor(resolved);
  yield;
  for (const index of [vocabulary.patterns, vocabulary.ruleContexts, vocabulary.sourcePrepositions]) {
    for (const entries of index.values()) {
      for (const { pattern } of entries) {
        // The engine interprets a regex on its first run and compiles it to machine code on a later one.
        for (let run = 0; run < 2; run += 1) {
          pattern.lastIndex = 0;
          pattern.exec('warm');
        }
        yield;
      }
    }
  }
}

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

function findCues(text: string, tokens: readonly Token[], vocabulary: CompiledVocabulary): CueHit[] {
  const hits: CueHit[] = matchPhrases(vocabulary.phrases, text, tokens);
  // A pattern names its cue by its capture groups ("sacking … is"), or by the whole match.
  for (const { kind, match } of matchPatterns(vocabulary.patterns, text, tokens)) {
    const groups = match.slice(1).filter((group): group is string => Boolean(group));
    const word = (groups.length ? groups.join(' … ') : match[0]).toLowerCase().replace(/\s+/gu, ' ').trim();
    if (word) hits.push({ kind, word, start: match.index, end: match.index + match[0].length });
  }
  // Across kinds too, the longer phrase wins ("merece la pena" is not also "merece"): sorted by start, longest first, a hit is kept
  // unless an earlier-starting hit reaches past its end or a same-start hit is longer; one span counts once ("was a mistake").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  let group = { start: -1, end: -1 };
  return hits.filter((hit) => {
    if (hit.start !== group.start) [reach, group] = [Math.max(reach, group.end), hit];
    return reach < hit.end && hit === group;
  });
}

const CLAUSE_MARKS = new Set([';', '—', '–']);
const isWord = (token: Token | undefined) => token !== undefined && (token.opens === 'letter' || token.opens === 'number');

/**
 * Where each clause stops counting as the writer's voice: from a reporting verb's third-party
 * subject ("the minister warned that…", "critics called it…") to the clause end, or the whole
 * clause for a trailing tag ("…, officials said") or "according to…". Keyed by the clause's first
 * token. An attribution inside the writer's own prescription or stance ("it is high time that
 * nations reject…") is the writer speaking and is not discounted. Linear in the sentence length.
 */
function attributedFrom(text: string, tokens: Token[], hits: CueHit[], vocabulary: CompiledVocabulary): ((position: number) => boolean) | null {
  const isBreak = (token: Token) => CLAUSE_MARKS.has(token.text) || vocabulary.clauseBreaks.has(token.lower);
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  const wordsBefore: number[] = [0];
  const breaks = tokens.map(isBreak);
  tokens.forEach((token, index) => {
    clauseStart[index] = index > 0 && !breaks[index - 1] ? clauseStart[index - 1]! : index;
    wordsBefore[index + 1] = wordsBefore[index]! + (isWord(token) ? 1 : 0);
  });
  for (let index = tokens.length - 1; index >= 0; index--) clauseEnd[index] = index + 1 < tokens.length && !breaks[index + 1] ? clauseEnd[index + 1]! : index + 1;
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
  for (const { match } of matchPatterns(vocabulary.sourcePrepositions, text, tokens)) discount(clauseAt(match.index), offset(clauseAt(match.index)));
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
  const allHits = findCues(text, tokens, vocabulary);
  const attributed = attributedFrom(text, tokens, allHits, vocabulary);
  // A modal in a sentence that states a rule ("…or face a fine") reports the rule, not the writer's demand.
  const rule = matchPatterns(vocabulary.ruleContexts, text, tokens).length > 0;
  const hits = allHits.filter((hit) => !attributed?.(hit.start) && !(rule && hit.kind === 'prescriptive'));
  if (!attributed) {
    // A question or exclamation of the writer's own, or a term held at arm's length, frames rather than reports.
    const mark = /([?？!！])\s*[)"”'’»]*\s*$/u.exec(text)?.[1];
    if (mark) hits.push({ kind: 'rhetorical', word: mark, start: text.length, end: text.length });
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
    // Scores saturate at 1, so among equals the sentence with more cue words is the stronger.
    const cueWords = (sentence: SentenceCues) => sentence.cues.reduce((sum, cue) => sum + cue.words.length, 0);
    const top = [...flagged].sort((a, b) => b.score - a.score || cueWords(b) - cueWords(a)).slice(0, TOP_SENTENCES);
    result.estimate = {
      share: all.length ? round(flagged.length / all.length) : 0, sentences: all.length, opinionSentences: flagged.length,
      top: top.map(({ sentence, score, cues }) => ({ sentence, score, kinds: cues.map((cue) => cue.kind) })),
    };
  } catch {
    return { cues: [], sectionScores: list.map(() => 0), estimate: noEstimate() };
  }
  return result;
}
