// Each section's own analysis kept by its text, so that a page change analyses only the sections it changed.
import { analyseParagraphs, type AnalysedText } from './text/document';
import { readSectionText, type SectionReading } from './text/analysis';
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

/**
 * Section parts keyed by locale and paragraph text. `part` reads a section at most once while its text is unchanged;
 * `prune` drops the parts not asked for since the previous prune (the caller prunes after each whole-page analysis).
 */
export class SectionCache {
  private parts = new Map<string, SectionPart>();
  private used = new Set<string>();

  /** The part for these paragraphs in `locale`, read now if not kept. */
  part(paragraphs: readonly string[], locale: string): SectionPart {
    const key = `${locale}\u0000${paragraphs.join('\u0001')}`;
    let part = this.parts.get(key);
    if (!part) {
      if (this.parts.size >= MAX_PARTS) this.clear();
      const text = analyseParagraphs(paragraphs, locale);
      part = { text, reading: readSectionText(text, locale), opinion: new Map() };
      this.parts.set(key, part);
    }
    this.used.add(key);
    return part;
  }

  /** The part's opinion cues read with the `language` word lists (see subjectivityLanguage). */
  opinion(part: SectionPart, language: string): SubjectivityResult {
    let result = part.opinion.get(language);
    if (!result) part.opinion.set(language, (result = subjectivityOf([part.text], { language })));
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
