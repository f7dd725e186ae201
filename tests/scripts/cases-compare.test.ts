import { describe, expect, it } from 'vitest';
import { checkCase } from '../../scripts/cases/compare';
import type { ArticleReport } from '../../lib/types';

const section = (kind: 'facts' | 'opinion', label: string, paragraphs: number) =>
  ({ kind, label, paragraphs, firstWords: '', sources: 0, contested: 0, subjectivity: 0, opinionSentences: 0 });

const report: ArticleReport = {
  url: null,
  pageType: { kind: 'mixed', evidence: [] },
  sections: [section('facts', 'The Facts', 2), section('opinion', 'Opinion', 1)],
  sources: [{ name: 'Ada Kerr', role: 'the port’s treasurer', claims: 1 }, { name: 'Harbour Users’ Group', claims: 1 }],
  figures: [
    { value: 310, text: '310', sentence: 'a', source: 'Ada Kerr' },
    { value: 880, text: '880', sentence: 'b', source: 'Harbour Users’ Group' },
  ],
  contested: [{ about: 'sailings', claims: [{ source: 'Ada Kerr', value: 310, quote: '' }, { source: 'Harbour Users’ Group', value: 880, quote: '' }] }],
  cues: [
    { section: 0, sentence: 'The plan is a disgrace.', kind: 'judgement', words: ['disgrace'] },
    { section: 1, sentence: 'We think it is shameful.', kind: 'stance', words: ['we'] },
  ],
};

describe('checkCase', () => {
  it('passes a report that meets every key', () => {
    expect(checkCase(report, {
      sections: [['facts', 'The Facts', 2], ['opinion', 'Opinion', null]],
      pageType: ['mixed', 'news'],
      sources: ["port's treasurer", "harbour users' group"],
      notSources: ['Kerr Ada', 'Harbour'.slice(0, 4)],
      contested: [{ must: [310, 880], sources: ['kerr', "users' group|users’ group"], mustNot: [12] }],
      figures: [310],
      notFigures: [2025],
      figureSources: [[880, 'Harbour']],
      notOpinion: ['shameful'],
    })).toEqual([]);
  });

  it('names each shortfall', () => {
    const problems = checkCase(report, {
      sections: [['facts', 'The Facts', 1]],
      pageType: ['news'],
      sources: ['council'],
      notSources: ['Kerr'],
      contested: [{ must: [310, 880], sources: ['council', 'group'] }, { must: [310, 880], mustNot: [880] }],
      noContested: true,
      figures: [12],
      notFigures: [310],
      figureSources: [[310, 'council']],
      notOpinion: ['disgrace'],
    });
    expect(problems).toHaveLength(11);
    expect(problems.join('\n')).toMatch(/"Ada Kerr" listed as a source/);
    expect(problems.join('\n')).toMatch(/"disgrace" flagged as opinion language/);
  });
});
