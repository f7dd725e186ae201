// Each section's own analysis kept by its text, so that a page change analyses only the sections it changed.
import { analyseParagraphs, type AnalysedText } from './text/document';
import { readSentenceRun, type SectionReading } from './text/analysis';
import { subjectivityOf, type SubjectivityResult } from './text/subjectivity';

/** One section's analysis that depends on nothing outside it: sentences, attributions, figure mentions, opinion cues. */
export interface SectionPart {
  text: AnalysedText;
  reading: SectionReading;
  /** subjectivityOf([text]) per word-list language ("en", "es"), made when first asked. */
  opinion: Map<string, SubjectivityResult>;
}

/** Forget everything once this many parts are kept without a prune (a page that keeps changing and is never reported). */
const MAX_PARTS = 5000;
/** A long section (one 200 KB paragraph) is read this many sentences per step. */
const SENTENCES_PER_STEP = 120;
/** Top opinion sentences an estimate lists (lib/text/subjectivity.ts). */
const TOP_SENTENCES = 5;
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Section parts keyed by locale and paragraph text. `part` reads a section at most once while its text is unchanged;
 * `prune` drops the parts not asked for since the previous prune (the caller prunes after each whole-page analysis).
 */
export class SectionCache {
  private parts = new Map<string, SectionPart>();
  private used = new Set<string>();

  /**
   * The part for these paragraphs in `locale`, read now if not kept: the sentences in one step, then their
   * attributions and figures SENTENCES_PER_STEP sentences a step.
   */
  *part(paragraphs: readonly string[], locale: string): Generator<void, SectionPart> {
    const key = `${locale}\u0000${paragraphs.join('\u0001')}`;
    this.used.add(key);
    const kept = this.parts.get(key);
    if (kept) return kept;
    const text = analyseParagraphs(paragraphs, locale);
    const reading: SectionReading = { text, attributions: [], mentions: [] };
    for (let from = 0; from < text.sentences.length; from += SENTENCES_PER_STEP) {
      if (from > 0) yield;
      const run = readSentenceRun(text, from, from + SENTENCES_PER_STEP, locale);
      reading.attributions.push(...run.attributions);
      reading.mentions.push(...run.mentions);
    }
    if (this.parts.size >= MAX_PARTS) this.clear();
    const part: SectionPart = { text, reading, opinion: new Map() };
    this.parts.set(key, part);
    this.used.add(key);
    return part;
  }

  /**
   * The part's opinion cues read with the `language` word lists (see subjectivityLanguage): subjectivityOf([text]),
   * SENTENCES_PER_STEP sentences a step (each sentence is read on its own, quotations masked per paragraph).
   */
  *opinion(part: SectionPart, language: string): Generator<void, SubjectivityResult> {
    const kept = part.opinion.get(language);
    if (kept) return kept;
    const runs: SubjectivityResult[] = [];
    const { sentences } = part.text;
    // Most sections are one run: read as they are, not as a copy holding a slice of their sentences.
    if (sentences.length <= SENTENCES_PER_STEP) runs.push(subjectivityOf([part.text], { language }));
    for (let from = 0; sentences.length > SENTENCES_PER_STEP && from < sentences.length; from += SENTENCES_PER_STEP) {
      if (from > 0) yield;
      runs.push(subjectivityOf([{ ...part.text, sentences: sentences.slice(from, from + SENTENCES_PER_STEP) }], { language }));
    }
    const result = runs.length === 1 ? runs[0]! : joinRuns(runs);
    part.opinion.set(language, result);
    return result;
  }

  /** Drops the parts not asked for since the last prune. */
  prune(): void {
    for (const key of this.parts.keys()) if (!this.used.has(key)) this.parts.delete(key);
    this.used.clear();
  }

  clear(): void {
    this.parts.clear();
    this.used.clear();
  }
}

/**
 * One section's opinion result from those of its runs of sentences, as subjectivityOf gives it for the whole: cues in
 * order, the share of sentences flagged, and the top sentences by score, then by cue words (a stable sort of the
 * runs' own tops, in order, keeps the whole's order among equals).
 */
function joinRuns(runs: readonly SubjectivityResult[]): SubjectivityResult {
  const sentences = runs.reduce((sum, run) => sum + run.estimate.sentences, 0);
  const flagged = runs.reduce((sum, run) => sum + run.estimate.opinionSentences, 0);
  const cueWords = new Map<string, number>();
  for (const run of runs) {
    for (const cue of run.cues) cueWords.set(cue.sentence, (cueWords.get(cue.sentence) ?? 0) + cue.words.length);
  }
  const words = (sentence: string) => cueWords.get(sentence) ?? 0;
  const top = runs
    .flatMap((run) => run.estimate.top)
    .sort((a, b) => b.score - a.score || words(b.sentence) - words(a.sentence))
    .slice(0, TOP_SENTENCES);
  const share = sentences ? round(flagged / sentences) : 0;
  return {
    cues: runs.flatMap((run) => run.cues),
    sectionScores: [share],
    estimate: { share, sentences, opinionSentences: flagged, top },
  };
}
