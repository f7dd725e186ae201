// What the popup and the options page share about display: the display toggles with their labels, and the theme.
import type { Settings } from '../../lib/settings/settings';
import { t } from '../i18n';

type DisplayKey = 'badges' | 'sectionMarker' | 'highlightFigures' | 'highlightCues' | 'opinionEstimate' | 'panelAutoOpen';

export const DISPLAY_TOGGLES: readonly { key: DisplayKey; label: () => string; hint: () => string }[] = [
  { key: 'badges', label: () => t('settingBadges'), hint: () => t('settingBadgesHint') },
  { key: 'sectionMarker', label: () => t('settingSectionMarker'), hint: () => t('settingSectionMarkerHint') },
  { key: 'highlightFigures', label: () => t('settingHighlightFigures'), hint: () => t('settingHighlightFiguresHint') },
  { key: 'highlightCues', label: () => t('settingHighlightCues'), hint: () => t('settingHighlightCuesHint') },
  { key: 'opinionEstimate', label: () => t('settingOpinionEstimate'), hint: () => t('settingOpinionEstimateHint') },
  { key: 'panelAutoOpen', label: () => t('settingPanelAutoOpen'), hint: () => t('settingPanelAutoOpenHint') },
];

/** Shows the page in the reader's theme; "auto" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
}
