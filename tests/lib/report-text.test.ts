import { describe, expect, it } from 'vitest';
import { formatReport } from '../../lib/report-text';
import type { ArticleReport, SectionKind } from '../../lib/types';

const section = (kind: SectionKind, label: string) => ({ kind, label, paragraphs: 1, firstWords: `${label} text…`, sources: 0, contested: 0, subjectivity: 0, opinionSentences: 0 });

describe('formatReport', () => {
  it('names every section kind and keeps the labels in one column', () => {
    const report: ArticleReport = {
      url: null,
      pageType: { kind: 'news', evidence: [] },
      sections: [section('facts', 'The News'), section('context', 'Know More'), section('perspectives', 'Room for Disagreement'), section('reading', 'Notable')],
      sources: [],
      figures: [],
      contested: [],
      cues: [],
    };
    const rows = formatReport(report).split('\n').filter((line) => line.includes(' · '));
    expect(rows.map((row) => row.trim().split(/\s{2,}|\s"/)[0])).toEqual(['FACTS', 'CONTEXT', 'OTHER VIEWS', 'FURTHER READING']);
    expect(new Set(rows.map((row) => row.indexOf('"'))).size).toBe(1);
  });
});
