import { describe, expect, it } from 'vitest';
import { createLabelMatcher, normaliseLabel, printedLabel } from '../../../lib/page/labels';

const matcher = createLabelMatcher([{ text: 'Straight news', kind: 'facts' }]);

describe('label matching', () => {
  it.each([
    ['The Facts:', 'facts'], ['THE FACTS', 'facts'], ['2. Analysis', 'analysis'], ['Our opinion', 'opinion'],
    ['Opinión:', 'opinion'], ['OPINIÓN', 'opinion'], ["L'analyse", 'analysis'], ['Los hechos —', 'facts'],
    ['Die Fakten', 'facts'], ['Os fatos', 'facts'], ['I fatti', 'facts'], ['Meinung', 'opinion'], ['Straight news', 'facts'],
    ['II. Analysis', 'analysis'], ['a) The Facts', 'facts'], ['« Point de vue »', 'opinion'], ['Op-Ed:', 'opinion'],
  ])('reads %s as %s, and the prefilter lets it through', (text, kind) => {
    expect(matcher.match(text)).toBe(kind);
    expect(matcher.labelStart.test(`${text}  \n`)).toBe(true);
  });

  it.each(['Friday Facts #282', 'Opinion: why the bridge must go', 'Facts about cats', 'Opinion polls'])(
    'does not take %s for a label',
    (text) => expect(matcher.match(text)).toBeNull(),
  );

  it('lets the prefilter drop text that cannot hold a label at its start', () => {
    const long = ['   ', 'The council voted on the facts of the case', 'Read more', '© 2026', 'The the the Facts'];
    for (const text of [...long, '事実と意見の違いについて', 'Factsfactsfactsfactsfactsfacts', 'Opinionated']) {
      expect(matcher.labelStart.test(text)).toBe(false);
    }
  });

  it('lets a custom label with a long first word through the prefilter', () => {
    const custom = createLabelMatcher([{ text: 'Hintergrundinformationen', kind: 'analysis' }, { text: 'Факты', kind: 'facts' }]);
    expect(custom.labelStart.test('Hintergrundinformationen:')).toBe(true);
    expect(custom.labelStart.test('ФАКТЫ')).toBe(true);
    expect(custom.match('Факты')).toBe('facts');
  });

  it('normalises and prints labels', () => {
    expect(normaliseLabel('  3) The  Facts: ')).toBe('facts');
    expect(printedLabel('The Facts:')).toBe('The Facts');
    expect(printedLabel('Analysis —')).toBe('Analysis');
  });
});
