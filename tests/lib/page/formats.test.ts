import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSectionHeadings } from '../../../lib/page/headings';
import { createLabelMatcher } from '../../../lib/page/labels';
import { computeSections } from '../../../lib/page/sections';
import { PUBLISHER_FORMATS } from '../../../lib/vocabulary/formats';
import { fixtureDocument } from '../../helpers/fixtures';

const matcher = createLabelMatcher();

describe('publisher formats', () => {
  it.each([
    ['The News', 'facts'], ['THE NEWS:', 'facts'], ['Know More', 'context'], ['Step Back', 'context'],
    ["Ben Okafor's view", 'analysis'], ['Mara Dos Santos’s View', 'analysis'], ['Room for Disagreement', 'perspectives'],
    ['The View From Lagos', 'perspectives'], ['The View From the Treasury', 'perspectives'], ['THE VIEW FROM INDIA', 'perspectives'],
    ['Notable', 'reading'], ['My take:', 'opinion'], ['Our view', 'opinion'], ['Why it matters:', 'analysis'],
    ['What the left is saying', 'perspectives'], ['What the right is saying', 'perspectives'], ['The other side', 'perspectives'],
  ])('reads %s as %s, and the prefilter lets it through', (text, kind) => {
    expect(matcher.match(text)).toBe(kind);
    expect(matcher.labelStart.test(text) || matcher.mayEndLabel(text)).toBe(true);
  });

  it('lets a name pattern through the prefilter by its closing words only', () => {
    expect(matcher.mayEndLabel('Ines Valcourt’s view: \n')).toBe(true);
    expect(matcher.labelStart.test('Ines Valcourt’s view')).toBe(false);
    for (const text of ["Okafor's view on tariffs shifts", 'A view', 'Review', 'The Facts']) expect(matcher.mayEndLabel(text)).toBe(false);
  });

  it.each([
    'News', "Okafor's view on tariffs shifts", "the reporter's view", "One Two Three Four Five's view", 'Notable deaths',
    'Why it matters to farmers', 'The View From', 'view from the bridge', 'Take', 'The other side of the river',
  ])('does not take %s for a label', (text) => expect(matcher.match(text)).toBeNull());

  it('reads a part-per-wrapper article with icons before the titles and the reporter in the view label', () => {
    const document = fixtureDocument('format-parts.html');
    const sections = computeSections(findSectionHeadings(document.body, matcher), { maxParagraphs: 400 });
    expect(sections.map((section) => [section.kind, section.label, section.paragraphs.length])).toEqual([
      ['facts', 'The News', 1],
      ['analysis', 'Ines Valcourt’s view', 1],
      ['context', 'Know More', 1],
      ['perspectives', 'Room for Disagreement', 1],
      ['perspectives', 'The View From the Valley Farms', 1],
      ['reading', 'Notable', 3],
    ]);
  });

  it('documents every format label and pattern, with its kind, in the README table', () => {
    const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md'), 'utf8');
    for (const entry of PUBLISHER_FORMATS.flatMap((format) => format.labels)) {
      const text = entry.label ?? entry.pattern ?? '';
      expect(readme).toMatch(new RegExp(`\\| [^|\\n]*“${text.replace(/[{}]/g, '\\$&')}”[^|\\n]*\\| ${entry.kind} \\|`));
    }
  });
});
