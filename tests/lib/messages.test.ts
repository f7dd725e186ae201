import { describe, expect, it } from 'vitest';
import { actionBadgeText } from '../../lib/messages';

describe('actionBadgeText', () => {
  it('counts every labelled section, whatever its kind', () => {
    // A Semafor-style page: The News (facts), Know More (context), Room for Disagreement (perspectives), Notable (reading).
    expect(actionBadgeText({ sections: 4, pageKind: 'news', markupSaysOpinion: false })).toBe('4');
    expect(actionBadgeText({ sections: 1, pageKind: 'unknown', markupSaysOpinion: false })).toBe('1');
  });

  it('says OP for an opinion page without sections, and nothing for a page with neither', () => {
    expect(actionBadgeText({ sections: 0, pageKind: 'opinion', markupSaysOpinion: false })).toBe('OP');
    expect(actionBadgeText({ sections: 0, pageKind: 'unknown', markupSaysOpinion: true })).toBe('OP');
    expect(actionBadgeText({ sections: 0, pageKind: 'news', markupSaysOpinion: false })).toBe('');
  });
});
