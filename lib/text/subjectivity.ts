// Explainable subjectivity analysis: opinion cue words and patterns per sentence (attributed and quoted speech discounted), a strong tier for warnings, and a 0..1 score per section.
import { lowerTokens, tokenize, type Token } from './sentences';
import { attributedFrom } from './subjectivity-attribution';
import { analyseSections, paragraphsOf, type AnalysedText } from './document';
import { readSentence, readSentences, type ReadSentence } from './subjectivity-quotes';
import { CLAUSE_WORDS, REPORTING_VERBS, SOURCE_PREPOSITIONS } from '../vocabulary/reporting';
import { SUBJECTIVITY_EN, SUBJECTIVITY_PATTERNS_EN } from '../vocabulary/subjectivity-en';
import { SUBJECTIVITY_ES, SUBJECTIVITY_PATTERNS_ES } from '../vocabulary/subjectivity-es';
import { indexPatterns, indexPhrases, matchPatterns, matchPhrases, withoutClitic, type CueHit } from './cue-matcher';
import { CUE_KINDS, type CueKind, type PatternSet, type SubjectivityVocabulary } from '../vocabulary/subjectivity-patterns';

export { CUE_KINDS, type CueKind, type SubjectivityVocabulary } from '../vocabulary/subjectivity-patterns';

/** A sentence's cues; `strong`: its cues are of the strong tier, the only ones a Facts section is warned about. */
export interface SentenceCues { sentence: string; score: number; opinion: boolean; strong: boolean; cues: { kind: CueKind; words: string[] }[] }

export interface SubjectivityResult {
  cues: { section: number; sentence: string; kind: string; words: string[]; strong: boolean }[];
  sectionScores: number[];
  estimate: { share: number; sentences: number; opinionSentences: number; top: { sentence: string; score: number; kinds: string[] }[] };
}

/**
 * Scoring, kept simple so every number can be explained to a reader:
 * - a sentence's raw weight is the sum over its distinct cue words of their weights: 1 for a full cue, ½ for a light
 *   one. Light cues only colour a claim or are common in plain reporting: intensifiers and absolutes ("very",
 *   "never"), the vocabulary's `lightCues` (first-person plural "we", "our"; "you"; "of course"), a question or
 *   exclamation mark, and scare quotes;
 * - the sentence is flagged as opinion when the raw weight reaches 1 (one full cue, or two light ones);
 * - it is in the strong tier when it has a full cue and a raw weight of at least 1.5 (a full cue and one more cue):
 *   on CheckThat! 2025 English train (news sentences labelled by annotators) that tier flags under 1% of objective
 *   sentences, against 6% for every flag (scripts/evaluate-subjectivity.ts prints both for train and dev);
 * - its score is raw / 2 clamped to 0..1 (two full cues saturate); it ranks the strongest sentences of an estimate;
 * - a section's score is the share of its sentences flagged as opinion (boilerplate not counted): what the panel's
 *   meter shows as "sentences with opinion wording".
 */
const LIGHT = 0.5;
const LIGHT_KINDS: ReadonlySet<CueKind> = new Set(['intensifier', 'absolute']);
const OPINION_THRESHOLD = 1;
const STRONG_THRESHOLD = 1.5;
const SATURATION = 2;
const TOP_SENTENCES = 5;

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
    boilerplate: indexPatterns([{ kind: 'rhetorical', at: 'boilerplate', source: '(?:{boilerplate})\\b' }], { boilerplate: source.boilerplate }),
    lightCues: new Set(source.lightCues),
    quotedSources: new Set(source.quotedSources),
  };
}
type CompiledVocabulary = ReturnType<typeof compileVocabulary>;

const compiled = new Map<Language, CompiledVocabulary>();
const vocabularyFor = (language: Language) =>
  compiled.get(language) ?? compiled.set(language, compileVocabulary(...VOCABULARIES[language])).get(language)!;

/**
 * The one-time work of a language's vocabulary as small steps: compiling the lists, then each pattern's first
 * runs (where the regex engine compiles it). A caller runs the steps in idle time, so that the first analysis of
 * a page is not one long task; `patterns` false stops after the lists (a small first analysis compiles the few
 * patterns it meets). Nothing here changes what any analysis finds.
 */
export function* subjectivityWarmUp(language: string, patterns = true): Generator<void> {
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
  // Without `patterns`, each pattern is compiled where an analysis first meets it.
  if (!patterns) return;
  for (const index of [vocabulary.patterns, vocabulary.ruleContexts, vocabulary.sourcePrepositions, vocabulary.boilerplate]) {
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

const FUNCTION_WORDS = { en: new Set(SUBJECTIVITY_EN.functionWords), es: new Set(SUBJECTIVITY_ES.functionWords) };

/** Spanish when its function words outnumber English ones in a sample of the text; English otherwise. */
function resolveLanguage(language: string | undefined, text: string): Language {
  if (typeof language === 'string' && language.trim()) return language.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
  const words = lowerTokens(text.slice(0, 4000));
  const count = (list: ReadonlySet<string>) => words.reduce((sum, word) => sum + (list.has(word) ? 1 : 0), 0);
  const spanish = count(FUNCTION_WORDS.es);
  return spanish >= 2 && spanish > count(FUNCTION_WORDS.en) ? 'es' : 'en';
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

const SHORT_QUOTE = /^\p{Ll}[\p{L}\p{M}'’ -]*$/u;

/**
 * A short lower-case quotation (one to three words) held at arm's length: a scare quote, unless the sentence says whose
 * words they are (a reporting verb or a source such as a tribunal, a ruling or a report anywhere in it).
 */
function scareQuotes({ sentence, quotes }: ReadSentence, tokens: readonly Token[], vocabulary: CompiledVocabulary): string[] {
  const short = quotes.map(({ start, end }) => sentence.slice(start, end))
    .filter((quote) => SHORT_QUOTE.test(quote.slice(1, -1).trim()) && quote.slice(1, -1).trim().split(/\s+/u).length <= 3);
  return short.length > 0 && !tokens.some((token) => vocabulary.attributionVerbs.has(token.lower) || vocabulary.quotedSources.has(withoutClitic(token.lower))) ? short : [];
}

/** The sentence's cues, or null for site boilerplate (subscribe prompts, newsletter sign-ups, share text): never read. */
function analyseIn(read: ReadSentence, language: Language): SentenceCues | null {
  const vocabulary = vocabularyFor(language);
  const text = read.masked.replace(/[’‘]/gu, "'");
  // Straightening "’" keeps every token's offsets and lower form: the masked text's tokens (most often the sentence's
  // own, already made) serve, unless a "‘" would split a word differently.
  const tokens = tokenize(read.masked.includes('‘') ? text : read.masked);
  if (matchPatterns(vocabulary.boilerplate, text, tokens).length > 0) return null;
  const allHits = findCues(text, tokens, vocabulary);
  // A question or exclamation of the writer's own, or a term held at arm's length, frames rather than reports.
  const mark = /([?？!！])\s*[)"”'’»]*\s*$/u.exec(text)?.[1];
  const framing = [...(mark ? [mark] : []), ...scareQuotes(read, tokens, vocabulary)];
  // Most sentences have no cue at all: nothing for the attribution and rule checks below to discount.
  if (allHits.length === 0 && framing.length === 0) return { sentence: read.sentence, score: 0, opinion: false, strong: false, cues: [] };
  const attributed = attributedFrom(text, tokens, allHits, vocabulary);
  // A modal in a sentence that states a rule ("…or face a fine") reports the rule, not the writer's demand.
  const rule = allHits.some((hit) => hit.kind === 'prescriptive') && matchPatterns(vocabulary.ruleContexts, text, tokens).length > 0;
  const hits = allHits.filter((hit) => !attributed?.(hit.start) && !(rule && hit.kind === 'prescriptive'));
  const light = new Set<string>();
  if (!attributed) {
    for (const word of framing) {
      hits.push({ kind: 'rhetorical', word, start: text.length, end: text.length });
      light.add(word);
    }
  }
  for (const hit of hits) if (LIGHT_KINDS.has(hit.kind) || vocabulary.lightCues.has(withoutClitic(hit.word))) light.add(hit.word);
  const byKind = new Map<CueKind, Set<string>>();
  for (const { kind, word } of hits) (byKind.get(kind) ?? byKind.set(kind, new Set()).get(kind)!).add(word);
  const cues = CUE_KINDS.flatMap((kind) => (byKind.has(kind) ? [{ kind, words: [...byKind.get(kind)!] }] : []));
  const words = cues.flatMap((cue) => cue.words);
  const raw = words.reduce((sum, word) => sum + (light.has(word) ? LIGHT : 1), 0);
  const full = words.some((word) => !light.has(word));
  return {
    sentence: read.sentence, score: round(Math.min(1, raw / SATURATION)), opinion: raw >= OPINION_THRESHOLD,
    strong: full && raw >= STRONG_THRESHOLD, cues,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const noEstimate = (): SubjectivityResult['estimate'] => ({ share: 0, sentences: 0, opinionSentences: 0, top: [] });

/** Opinion cues in one sentence. `language` "es…" uses the Spanish lists; absent, it is guessed from the sentence. */
export function analyseSentence(sentence: string, language?: string): SentenceCues {
  const text = typeof sentence === 'string' ? sentence : '';
  const none: SentenceCues = { sentence: text, score: 0, opinion: false, strong: false, cues: [] };
  try {
    return analyseIn(readSentence(text), resolveLanguage(language, text)) ?? none;
  } catch {
    return none;
  }
}

/**
 * Cues of every flagged sentence (each marked `strong` or not), a score per section (0..1: the share of its sentences
 * flagged), and an estimate over all the text for pages without section headings. The sections are split in the
 * language given (or guessed). Never throws.
 */
export function analyseSubjectivity(sections: { paragraphs: string[] }[], options: { language?: string } = {}): SubjectivityResult {
  const list: readonly unknown[] = Array.isArray(sections) ? sections : [];
  try {
    const language = resolveLanguage(options?.language, list.flatMap(paragraphsOf).join(' ').slice(0, 4000));
    return subjectivityOf(analyseSections(list, language), { language });
  } catch {
    return { cues: [], sectionScores: list.map(() => 0), estimate: noEstimate() };
  }
}

/**
 * analyseSubjectivity over analysed texts already made (lib/text/document.ts, one per section): their quotations, found
 * per paragraph, are masked whole, so one that runs over several sentences or is left open at the paragraph's end is not
 * read as the writer's words. `language` picks the word lists ("es…" Spanish, else English; absent, guessed). Never throws.
 */
export function subjectivityOf(texts: readonly AnalysedText[], options: { language?: string } = {}): SubjectivityResult {
  const list = Array.isArray(texts) ? texts : [];
  const result: SubjectivityResult = { cues: [], sectionScores: [], estimate: noEstimate() };
  try {
    const language = subjectivityLanguage(list, options?.language);
    const analysed = list.map((text) => readSentences(text).flatMap((read) => analyseIn(read, language) ?? []));
    analysed.forEach((sentences, section) => {
      result.sectionScores.push(sentences.length ? round(sentences.filter((sentence) => sentence.opinion).length / sentences.length) : 0);
      for (const { sentence, opinion, strong, cues } of sentences) {
        if (opinion) for (const { kind, words } of cues) result.cues.push({ section, sentence, kind, words, strong });
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

/**
 * The word lists subjectivityOf reads `texts` with: "es" when `language` starts with "es", "en" for any other given
 * language, else guessed from the texts' first 4,000 characters. Lets a caller analyse sections one at a time
 * (subjectivityOf([text], { language })) with the same lists as all at once.
 */
export function subjectivityLanguage(texts: readonly AnalysedText[], language?: string): 'en' | 'es' {
  if (typeof language === 'string' && language.trim()) return resolveLanguage(language, '');
  return resolveLanguage(language, texts.flatMap((text) => text.paragraphs).join(' ').slice(0, 4000));
}
