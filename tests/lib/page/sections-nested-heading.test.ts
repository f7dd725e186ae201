import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/page/detect';
import { parseHtml } from '../../helpers/fixtures';

describe('a section whose next heading sits inside a block', () => {
  it('ends before the block that holds that heading, so no paragraph belongs to two sections', () => {
    // Malformed markup (a <div> label left inside a <p>), as the generated-tree property test found it.
    const document = parseHtml(
      '<body><h2>The Facts:</h2><p>Crews cleared the road by noon.</p><p><strong><div>The Facts:</p>' +
        '<h2>Opinion:</h2><p>The county should have acted sooner.</p></body>',
    );
    const sections = detectPage(document, null).sections;
    const seen = new Set<Element>();
    for (const section of sections) {
      for (const block of section.blocks) {
        expect(seen.has(block)).toBe(false);
        seen.add(block);
      }
    }
    expect(sections[0]?.paragraphs).toEqual(['Crews cleared the road by noon.']);
    expect(sections.at(-1)?.paragraphs).toEqual(['The county should have acted sooner.']);
  });
});
