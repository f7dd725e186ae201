import { describe, expect, it, vi } from 'vitest';
import { readSection } from '../../../lib/page/detect';
import { findSectionHeadings } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { computeSections, sectionOf } from '../../../lib/page/sections';
import { fixtureDocument } from '../../helpers/fixtures';

const entries = () => {
  const document = fixtureDocument('live-blog-entries.html');
  return { document, headings: findSectionHeadings(document.body, createLabelMatcher()) };
};

describe('one heading’s section', () => {
  it('is the section computeSections gives that heading, for every heading of a live blog', () => {
    const { headings } = entries();
    expect(headings).toHaveLength(4);
    const all = computeSections(headings, { maxParagraphs: 400 });
    headings.forEach((heading, index) => {
      const alone = sectionOf(headings, index, 400);
      expect(alone?.paragraphs).toEqual(all[index]?.paragraphs);
      expect(readSection(heading, headings[index + 1], 400)?.blocks).toEqual(all[index]?.blocks);
    });
    expect(all[2]?.paragraphs).toEqual(['Volunteers filled sandbags at the old mill, the fire service said.', 'Warden Ines Halloway said the mill yard would stay open through the night.']);
  });

  it('walks only that section, not the following heading’s (a new live blog entry is read on its own)', () => {
    const { document, headings } = entries();
    const walkers = vi.spyOn(document, 'createTreeWalker');
    readSection(headings[0]!, headings[1], 400);
    expect(walkers).toHaveBeenCalledTimes(1);
  });
});
