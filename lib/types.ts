// The ArticleReport contract shared by analysis, UI, popup and CLI (see DESIGN.md).

/**
 * What a labelled section is. facts, analysis and opinion come from DESIGN.md; the others from publisher formats
 * whose parts are none of those (lib/vocabulary/labels.ts): context (background: Semafor's "Know More",
 * "Step Back"), perspectives (others' views and counter-arguments: "Room for Disagreement", "The View From …"),
 * reading (other outlets' stories: "Notable").
 */
export type SectionKind = 'facts' | 'analysis' | 'opinion' | 'context' | 'perspectives' | 'reading';
export type PageKind = 'news' | 'opinion' | 'analysis' | 'mixed' | 'unknown';

export interface SectionSummary {
  kind: SectionKind;
  label: string;
  paragraphs: number;
  firstWords: string;
  /** Distinct sources quoted in this section. */
  sources: number;
  /** Contested figure groups with at least one claim in this section. */
  contested: number;
  /** The share of the section's sentences with opinion wording, 0 to 1 (see lib/text/subjectivity.ts). */
  subjectivity: number;
  /** Sentences with strong opinion language (the strong tier); in a Facts section each one is a warning. */
  opinionSentences: number;
}

/** One thing a source said, with the reporting verb and where it stands. */
export interface SourceStatement {
  verb: string;
  quote: string;
  sentence: string;
  section: number;
}

export interface Source {
  name: string;
  role?: string;
  claims: number;
  statements?: SourceStatement[];
}

export interface Figure {
  value: number;
  text: string;
  unit?: string;
  counts?: string;
  source?: string;
  sentence: string;
  section?: number;
}

export interface ContestedClaim {
  source: string;
  value: number;
  unit?: string;
  quote: string;
  section?: number;
}

export interface ContestedFigure {
  about: string;
  claims: ContestedClaim[];
}

/** A sentence flagged as opinion language, with the cue kind and the words that gave it away. */
export interface OpinionCue {
  section: number;
  sentence: string;
  kind: string;
  words: string[];
  /**
   * true: the sentence's cues are of the strong tier, the only ones a Facts section is warned about (⚠); false: weaker
   * wording, counted in the section's share and underlined, never warned about. Absent in reports from before the tiers.
   */
  strong?: boolean;
}

/** For pages without section headings: how much of the article reads as opinion (an estimate). */
export interface OpinionEstimate {
  share: number;
  sentences: number;
  opinionSentences: number;
  top: { sentence: string; score: number; kinds: string[] }[];
}

export interface ArticleReport {
  url: string | null;
  pageType: { kind: PageKind; evidence: string[] };
  sections: SectionSummary[];
  sources: Source[];
  figures: Figure[];
  contested: ContestedFigure[];
  cues: OpinionCue[];
  /**
   * What the analysis read: 'sections' (the labelled sections; also when there are none and nothing more was asked)
   * or 'article' (a page without labelled sections whose whole article body was analysed; `section` indices then
   * refer to that one body). Absent means 'sections'.
   */
  scope?: 'sections' | 'article';
  /** Present only when asked for (a setting) on a page without labelled sections. */
  estimate?: OpinionEstimate;
}
