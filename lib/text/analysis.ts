// Text analysis entry point: sections of plain text in, sources, figures and contested figures out; never throws.

import type { ContestedFigure, Figure, SectionKind, Source } from '../types';
import { findAttributions, type Attribution } from './attribution';
import { findContested, type SourcedFigure } from './contested';
import { findFigures } from './figures';
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

/** Attribution over each section's analysed text (one per section, in order), sources merged across all in `locale`. */
export function attributeTexts(texts: readonly AnalysedText[], locale: string): AttributedText {
  const sentences: AttributedText['sentences'] = [];
  const analysed: AttributedText['analysed'] = [];
  const attributions: Attribution[] = [];
  texts.forEach((text, index) => {
    const offset = sentences.length;
    for (const attribution of findAttributions(text)) attributions.push({ ...attribution, sentence: attribution.sentence + offset });
    text.sentences.forEach((sentence, local) => {
      sentences.push({ section: index, text: sentence.text });
      analysed.push({ text, local });
    });
  });
  const { sources, sourceOf } = mergeSources(attributions, locale);
  return { sentences, analysed, attributions, sources, sourceOf };
}

function analyze(sections: readonly AnalysedText[], locale: string): TextAnalysis {
  const { sentences, analysed, attributions, sources, sourceOf } = attributeTexts(sections, locale);
  const bySentence = sentences.map((): number[] => []);
  attributions.forEach((attribution, index) => bySentence[attribution.sentence]!.push(index));

  // Paragraphs are numbered across the article, so a dispute word links claims within its own paragraph only.
  const firstParagraph = new Map<AnalysedText, number>();
  sections.reduce((count, text) => (firstParagraph.set(text, count), count + text.paragraphs.length), 0);
  const located: SourcedFigure[] = [];
  // Each section's own slice of bySentence, cut once: cutting it per sentence made long sections quadratic.
  const sectionClaims = new Map<AnalysedText, number[][]>();
  sentences.forEach(({ text }, sentenceIndex) => {
    for (const mention of findFigures(text, locale)) {
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
  const perSection = sections.map((_, section) => ({
    sources: new Set(attributions.flatMap((a, i) => (sentences[a.sentence]!.section === section && sourceOf[i] !== null ? [sourceOf[i]] : []))).size,
    contested: groups.filter((group) => group.members.some((m) => sentences[located[m]!.sentenceIndex]!.section === section)).length,
  }));
  const sectionOf = (sentenceIndex: number) => sentences[sentenceIndex]!.section;
  attributions.forEach((attribution, index) => {
    const source = sourceOf[index];
    if (source === null || source === undefined) return;
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
