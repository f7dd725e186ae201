import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../lib/report';
import { findContested, type SourcedFigure } from '../../../lib/text/contested';
import { findFigures } from '../../../lib/text/figures';
import { parseHtml } from '../../helpers/fixtures';

/** One paragraph of `count` repeats of `sentence`, with `middle` once halfway through. */
function longParagraph(sentence: string, count: number, middle: string): string {
  const half = sentence.repeat(count / 2);
  return `${half}${middle}${half}`;
}

describe('one very long paragraph', () => {
  it('gives the report of a page whose facts are one paragraph of about a megabyte', () => {
    const repeated = 'The harbour master said 7 ferries sank. ';
    const count = 26_000;
    const paragraph = longParagraph(repeated, count, 'The coastguard said 11 ferries sank. ');
    expect(paragraph.length).toBeGreaterThan(1_000_000);
    const page = parseHtml(`<article><h2>The Facts</h2><p>${paragraph}</p><h2>Opinion:</h2><p>The port must change.</p></article>`);
    const { report } = analyzePage(page, { url: null });
    expect(report.sections.map((section) => [section.kind, section.paragraphs])).toEqual([['facts', 1], ['opinion', 1]]);
    expect(report.figures).toHaveLength(count + 1);
    expect(report.sources.map((source) => [source.name, source.statements?.length]).sort()).toEqual([
      ['coastguard', 1],
      ['harbour master', count],
    ]);
    expect(report.contested.map((group) => group.claims.map((claim) => [claim.source, claim.value]))).toEqual([
      [['harbour master', 7], ['coastguard', 11]],
    ]);
  });

  it('groups a figure whose sentence disputes with the repeated figures of its quantity, not with another quantity', () => {
    const sentences = [
      ...Array.from({ length: 300 }, () => 'The mayor said 40 buses ran.'),
      'The drivers said 25 trams ran.',
      'The drivers disputed that, saying 30 buses ran.',
    ];
    const figures: SourcedFigure[] = sentences.flatMap((sentence, sentenceIndex) =>
      findFigures(sentence, 'en').map((mention) => ({
        mention, sentence, sentenceIndex, paragraph: 0, source: sentence.startsWith('The mayor') ? 'mayor' : 'drivers',
      })),
    );
    const groups = findContested(figures);
    expect(groups.map((group) => group.contested.claims.map((claim) => [claim.source, claim.value]))).toEqual([
      [['mayor', 40], ['drivers', 30]],
    ]);
  });
});
