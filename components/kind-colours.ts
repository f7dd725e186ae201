// One colour per section kind, for light and dark: the pill's background and its text (WCAG AA, at least 4.5:1).
import type { SectionKind } from '../lib/types';

export type KindTheme = 'light' | 'dark';

/** A pill's background and the text on it, as #rrggbb. */
export interface KindColour {
  background: string;
  text: string;
}

/**
 * Distinct hues per kind: blue facts, burnt-orange opinion (the page tint's hue), purple analysis, teal context,
 * raspberry perspectives, slate reading. Light pills carry white text; dark-theme pills are pale with dark text.
 * Popup and options repeat the backgrounds in components/popup/base.css (a test keeps the two equal).
 */
export const KIND_COLOURS: Record<SectionKind, Record<KindTheme, KindColour>> = {
  facts: { light: { background: '#1e5fb4', text: '#ffffff' }, dark: { background: '#9cc3ff', text: '#0b1f3a' } },
  opinion: { light: { background: '#a34b00', text: '#ffffff' }, dark: { background: '#ffbf80', text: '#3a1a00' } },
  analysis: { light: { background: '#6b3fa0', text: '#ffffff' }, dark: { background: '#d3b8ff', text: '#24103f' } },
  context: { light: { background: '#0e6b63', text: '#ffffff' }, dark: { background: '#7fd8cc', text: '#08302b' } },
  perspectives: { light: { background: '#a1245b', text: '#ffffff' }, dark: { background: '#f7a8cb', text: '#3f0b22' } },
  reading: { light: { background: '#4a5568', text: '#ffffff' }, dark: { background: '#c3ccd9', text: '#1a2230' } },
};

const KINDS = Object.keys(KIND_COLOURS) as SectionKind[];

/** CSS custom properties of one theme, `--kind-<kind>` (background) and `--on-kind-<kind>` (text), for a rule body. */
export function kindColourVariables(theme: KindTheme): string {
  return KINDS.map((kind) => `--kind-${kind}: ${KIND_COLOURS[kind][theme].background}; --on-kind-${kind}: ${KIND_COLOURS[kind][theme].text};`).join(' ');
}

/** One rule per kind, `<prefix><kind>`, painting it with the variables of kindColourVariables. */
export function kindColourRules(prefix: string): string {
  return KINDS.map((kind) => `${prefix}${kind} { background: var(--kind-${kind}); color: var(--on-kind-${kind}); }`).join('\n');
}
