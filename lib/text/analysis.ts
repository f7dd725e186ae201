// Text analysis entry point: sections of plain text in, sources, figures and contested figures out; never throws.

import type { ContestedFigure, Figure, SectionKind, Source } from '../types';
import { findAttributions, type Attribution } from './attribution';
import { findContested, type SourcedFigure } from './contested';
import { findFigures, type FigureMention } from './figures';
import { analyseSections, type AnalysedText } from './document';
import { speakerOf } from './figure-sources';
import { mergeSources } from './sources';

export interface SectionText {
  kind: SectionKind | null;
  paragraphs: string[];
}

export interface TextAnalysis {
  sources: Source[];
  figures: Figure[];
  contested: ContestedFigure[];
  /** Same order and length as the sections given. */
  perSection: { sources: number; contested: number }[];
  /** Every sentence analysed, with the index of its section. */
  sentences: { section: number; text: string }[];
}

export interface AnalysisOptions {
  /** BCP 47 tag of the text ("en", "es-ES"); decides how "2.000" reads and which spelled numbers are known. Defaults to "en". */
  locale?: string;
}

/** Attributions over analysed sections: every sentence with its section, the raw attributions and their merged sources. */
export interface AttributedText {
  sentences: { section: number; text: string }[];
  /** For each sentence, its section's analysed text and its index there. */
  analysed: { text: AnalysedText; local: number }[];
  attributions: Attribution[];
  sources: Source[];
  /** For each attribution, the index of its source in `sources`, or null. */
  sourceOf: (number | null)[];
}

/**
 * One section's own findings, read without looking at any other section: its attributions (sentence indices within
 * the section) and each sentence's figure mentions. The expensive part of the analysis; mergeReadings links them.
 */
export interface SectionReading {
  text: AnalysedText;
  attributions: Attribution[];
  /** Per sentence of `text`, its figure mentions in order. */
  mentions: FigureMention[][];
}

/** Reads one analysed section (attributions, figure mentions in `locale`, default the text's own); cache it by the text to analyse only what changed. */
export function readSectionText(text: AnalysedText, locale: string = text.locale): SectionReading {
  return { text, ...readSentenceRun(text, 0, text.sentences.length, locale) };
}

/**
 * readSectionText's attributions and figure mentions for the sentences [from, to) of `text` only (sentence indices
 * stay the section's): attribution and figures read each sentence on its own, so the runs of a long section, read
 * one at a time and concatenated in order, give readSectionText's reading.
 */
export function readSentenceRun(text: AnalysedText, from: number, to: number, locale: string = text.locale): Omit<SectionReading, 'text'> {
  return {
    attributions: findAttributions(text, text.locale, from, to),
    mentions: text.sentences.slice(from, to).map((sentence) => findFigures(sentence.text, locale)),
  };
}

/** Attribution over each section's analysed text (one per section, in order), sources merged across all in `locale`. */
export function attributeTexts(texts: readonly AnalysedText[], locale: string): AttributedText {
  return attributeReadings(texts.map((text) => ({ text, attributions: findAttributions(text) })), locale);
}

function attributeReadings(readings: readonly Pick<SectionReading, 'text' | 'attributions'>[], locale: string): AttributedText {
  const sentences: AttributedText['sentences'] = [];
  const analysed: AttributedText['analysed'] = [];
  const attributions: Attribution[] = [];
  readings.forEach(({ text, attributions: own }, index) => {
    const offset = sentences.length;
    for (const attribution of own) attributions.push({ ...attribution, sentence: attribution.sentence + offset });
    text.sentences.forEach((sentence, local) => {
      sentences.push({ section: index, text: sentence.text });
      analysed.push({ text, local });
    });
  });
  const { sources, sourceOf } = mergeSources(attributions, locale);
  return { sentences, analysed, attributions, sources, sourceOf };
}

function analyze(sections: readonly AnalysedText[], locale: string): TextAnalysis {
  return merge(sections.map((text) => readSectionText(text, locale)), locale);
}

function merge(readings: readonly SectionReading[], locale: string): TextAnalysis {
  const sections = readings.map((reading) => reading.text);
  const { sentences, analysed, attributions, sources, sourceOf } = attributeReadings(readings, locale);
  const bySentence = sentences.map((): number[] => []);
  attributions.forEach((attribution, index) => bySentence[attribution.sentence]!.push(index));

  // Paragraphs are numbered across the article, so a dispute word links claims within its own paragraph only.
  const firstParagraph = new Map<AnalysedText, number>();
  sections.reduce((count, text) => (firstParagraph.set(text, count), count + text.paragraphs.length), 0);
  const located: SourcedFigure[] = [];
  // Each section's own slice of bySentence, cut once: cutting it per sentence made long sections quadratic.
  const sectionClaims = new Map<AnalysedText, number[][]>();
  sentences.forEach(({ text, section: sectionIndex }, sentenceIndex) => {
    for (const mention of readings[sectionIndex]!.mentions[analysed[sentenceIndex]!.local]!) {
      if (!Number.isFinite(mention.value)) continue;
      const { text: section, local } = analysed[sentenceIndex]!;
      const paragraph = firstParagraph.get(section)! + section.sentences[local]!.paragraph;
      let claims = sectionClaims.get(section);
      if (!claims) sectionClaims.set(section, (claims = bySentence.slice(sentenceIndex - local, sentenceIndex - local + section.sentences.length)));
      const speaker = speakerOf(section, attributions, claims, local, mention.start);
      const sourceIndex = speaker < 0 ? null : sourceOf[speaker];
      const source = sourceIndex === null || sourceIndex === undefined ? undefined : sources[sourceIndex]!.name;
      located.push({ mention, sentence: text, sentenceIndex, paragraph, source });
    }
  });

  const groups = findContested(located);
  const sectionOf = (sentenceIndex: number) => sentences[sentenceIndex]!.section;
  // Counted in one pass over attributions and groups: per section, a scan of all of them made many sections quadratic.
  const sourcesIn = sections.map(() => new Set<number>());
  attributions.forEach((attribution, index) => {
    const source = sourceOf[index];
    if (source !== null && source !== undefined) sourcesIn[sectionOf(attribution.sentence)]!.add(source);
  });
  const contestedIn = sections.map(() => 0);
  for (const group of groups) for (const section of new Set(group.members.map((m) => sectionOf(located[m]!.sentenceIndex)))) contestedIn[section]! += 1;
  const perSection = sections.map((_, section) => ({ sources: sourcesIn[section]!.size, contested: contestedIn[section]! }));
  // One statement per source and sentence, as claims are counted: "He added that …, he said." is one claim, the first cue's.
  const lastSentence = new Map<number, number>();
  attributions.forEach((attribution, index) => {
    const source = sourceOf[index];
    if (source === null || source === undefined || lastSentence.get(source) === attribution.sentence) return;
    lastSentence.set(source, attribution.sentence);
    const statements = (sources[source]!.statements ??= []);
    statements.push({
      verb: attribution.verb,
      quote: attribution.claim,
      sentence: sentences[attribution.sentence]!.text,
      section: sectionOf(attribution.sentence),
    });
  });
  const contested = groups.map(({ contested: group, members }) => ({
    ...group,
    claims: group.claims.map((claim, k) => ({ ...claim, section: sectionOf(located[members[k]!]!.sentenceIndex) })),
  }));
  const figures = located.map(({ mention, sentence, sentenceIndex, source }): Figure => {
    const figure: Figure = { value: mention.value, text: mention.text, sentence, section: sectionOf(sentenceIndex) };
    if (mention.unit) figure.unit = mention.unit;
    if (mention.counts) figure.counts = mention.counts;
    if (source) figure.source = source;
    return figure;
  });
  return { sources, figures, contested, perSection, sentences };
}

const emptyAnalysis = (sections: number): TextAnalysis =>
  ({ sources: [], figures: [], contested: [], perSection: Array.from({ length: sections }, () => ({ sources: 0, contested: 0 })), sentences: [] });

/** Analyses the sections' text; garbage in gives empty results, one entry of perSection per input section. */
export function analyzeText(sections: SectionText[], options?: AnalysisOptions): TextAnalysis {
  const list: readonly unknown[] = Array.isArray(sections) ? sections : [];
  const locale = typeof options?.locale === 'string' && options.locale ? options.locale : 'en';
  try {
    return analyze(analyseSections(list, locale), locale);
  } catch {
    return emptyAnalysis(list.length);
  }
}

/** analyzeText over analysed texts already made (lib/text/document.ts, one per section, in their own locale); never throws. */
export function analyzeTexts(texts: readonly AnalysedText[]): TextAnalysis {
  const list = Array.isArray(texts) ? texts : [];
  try {
    return analyze(list, list[0]?.locale ?? 'en');
  } catch {
    return emptyAnalysis(list.length);
  }
}

/** analyzeTexts over section readings (readSectionText, one per section, in order): the cheap merge step; never throws. */
export function mergeReadings(readings: readonly SectionReading[], locale = readings[0]?.text.locale ?? 'en'): TextAnalysis {
  const list = Array.isArray(readings) ? readings : [];
  try {
    return merge(list, locale);
  } catch {
    return emptyAnalysis(list.length);
  }
}
