// The ArticleReport contract shared by analysis, UI, popup and CLI (see DESIGN.md).

export type SectionKind = 'facts' | 'opinion' | 'analysis';
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

export interface ArticleReport {
  url: string | null;
  pageType: { kind: PageKind; evidence: string[] };
  sections: SectionSummary[];
  sources: Source[];
  figures: Figure[];
  contested: ContestedFigure[];
}
