import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArticleReport } from '../../../lib/report';
import { analyseSentence, analyseSubjectivity } from '../../../lib/text/subjectivity';
import type { ArticleReport } from '../../../lib/types';
import { parseHtml } from '../../helpers/fixtures';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'subjectivity', 'pages');
const reportOf = (name: string) => buildArticleReport(parseHtml(readFileSync(join(PAGES, name), 'utf8')));
const flaggedIn = (report: ArticleReport, kind: string) =>
  report.cues.filter((cue) => report.sections[cue.section]?.kind === kind).map((cue) => cue.sentence);
const facts = (report: ArticleReport) => report.sections.find((section) => section.kind === 'facts')!;

describe('quotations are the speaker’s words', () => {
  const report = reportOf('single-quotes.html');

  it('masks ‘single curly’ quotes with apostrophes inside, quotes over two sentences and a quote left open', () => {
    expect(flaggedIn(report, 'facts')).toEqual([]);
    expect(facts(report).opinionSentences).toBe(0);
  });

  it('still reads the writer’s own words in the Opinion section', () => {
    expect(flaggedIn(report, 'opinion').length).toBeGreaterThan(0);
  });

  it('masks a multi-sentence quotation in one call over the paragraph, and the writer’s words after it still count', () => {
    const paragraph = '‘It’s a shambles. Frankly, it’s a disgrace,’ the mayor said. The response was plainly inadequate and reckless.';
    const { cues } = analyseSubjectivity([{ paragraphs: [paragraph] }]);
    expect([...new Set(cues.map((cue) => cue.sentence))]).toEqual(['The response was plainly inadequate and reckless.']);
  });
});

describe('a phrase quoted from a source is not a scare quote', () => {
  it('leaves quoted phrases from a decision, a ruling or a regulator unflagged in Facts', () => {
    const report = reportOf('source-phrases.html');
    expect(flaggedIn(report, 'facts')).toEqual([]);
    expect(flaggedIn(report, 'opinion').length).toBeGreaterThan(0);
  });

  it('still sees a scare quote in the writer’s own sentence, as a light cue that does not flag alone', () => {
    const result = analyseSentence('The bill’s “safeguards” protect no one.');
    expect(result.cues).toContainEqual({ kind: 'rhetorical', words: ['“safeguards”'] });
    expect(analyseSentence('The bill’s “safeguards” were listed in the court ruling.').cues).toEqual([]);
  });
});

describe('first-person plural', () => {
  const report = reportOf('first-person-reporting.html');

  it('is not stance on its own when it narrates events', () => {
    expect(flaggedIn(report, 'facts')).toEqual([]);
    expect(analyseSentence('We reached the border on the second day.').opinion).toBe(false);
  });

  it('still counts in first-person opinion writing, with the cues around it', () => {
    expect(new Set(flaggedIn(report, 'opinion')).size).toBe(2);
    expect(analyseSentence('We will never forget it.')).toMatchObject({ opinion: true, strong: false });
    expect(analyseSentence('We cannot let them forget it.')).toMatchObject({ opinion: true, strong: true });
  });
});

describe('boilerplate is never read', () => {
  it('skips a subscribe prompt inside a Facts paragraph: no cue, not counted in the section’s share', () => {
    const report = reportOf('boilerplate-in-facts.html');
    expect(flaggedIn(report, 'facts')).toEqual([]);
    expect(analyseSentence('Thanks for reading The Weir Post!')).toMatchObject({ opinion: false, strong: false, cues: [] });
    const { sectionScores } = analyseSubjectivity([
      { paragraphs: ['The lido is a disgrace. Subscribe for free to support my work.'] },
      { paragraphs: ['The lido is a disgrace.'] },
    ]);
    expect(sectionScores[0]).toBe(sectionScores[1]);
  });
});

describe('the strong tier', () => {
  it.each([
    ['a full cue and another cue', 'The plan is plainly unfair to the poorest riders.', true],
    ['two full cues', 'This reckless scheme should be scrapped.', true],
    ['one full cue alone', 'The scheme is reckless.', false],
    ['light cues alone', 'Are we really going to wait?', false],
  ])('%s: strong is %s', (_, sentence, strong) => {
    const result = analyseSentence(sentence);
    expect(result.strong).toBe(strong);
    if (strong) expect(result.opinion).toBe(true);
  });

  it('warns on a Facts section only for strong sentences, and marks every cue with its tier', () => {
    const { cues } = analyseSubjectivity([{ paragraphs: ['The scheme is reckless. This reckless scheme should be scrapped.'] }]);
    expect(cues.map((cue) => [cue.sentence, cue.strong])).toEqual([
      ['The scheme is reckless.', false],
      ['This reckless scheme should be scrapped.', true],
      ['This reckless scheme should be scrapped.', true],
    ]);
  });
});
