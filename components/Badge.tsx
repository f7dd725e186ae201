// Inline pill at a section heading naming its kind (FACTS, OPINION, CONTEXT…) with source and contest counts, and a warning on opinion language in Facts.
import type { SectionKind } from '../lib/types';
import { t, uiDirection } from './i18n';
import { SECTION_KIND_MESSAGE } from './kind-names';

export interface BadgeProps {
  kind: SectionKind;
  label: string;
  sources: number;
  contested: number;
  /** Sentences flagged as opinion language in the section; warned about on Facts sections only. */
  opinionSentences: number;
  onActivate?: () => void;
}

export function badgeCounts(sources: number, contested: number): string[] {
  const counts: string[] = [];
  if (sources > 0) counts.push(sources === 1 ? t('badgeOneSource') : t('badgeSources', sources));
  if (contested > 0) counts.push(t('badgeContested', contested));
  return counts;
}

function opinionWarning(count: number): string {
  return count === 1 ? t('badgeOneOpinionSentence') : t('badgeOpinionSentences', count);
}

export function Badge({ kind, label, sources, contested, opinionSentences, onActivate }: BadgeProps) {
  const counts = badgeCounts(sources, contested);
  const warned = kind === 'facts' && opinionSentences > 0;
  // The accessible name starts with the visible text; the hidden part says which section and what a click does.
  return (
    <button type="button" class={`badge badge--${kind}`} dir={uiDirection()} title={t('badgeTitle')} onClick={onActivate}>
      <span class="badge__kind">{t(SECTION_KIND_MESSAGE[kind])}</span>
      <span class="sr-only">{` ${t('badgeSection', label)}`}</span>
      {counts.length > 0 ? (
        <span class="badge__counts">{counts.join(' · ')}</span>
      ) : (
        <span class="sr-only">{`, ${t('badgeNoDetails')}`}</span>
      )}
      {warned && (
        <>
          {/* Screen readers hear the chip once, as the sentence after it, which starts with the same number. */}
          <span class="badge__warning" aria-hidden="true" title={opinionWarning(opinionSentences)}>
            {`⚠ ${opinionSentences}`}
          </span>
          <span class="sr-only">{`, ${opinionWarning(opinionSentences)}`}</span>
        </>
      )}
    </button>
  );
}

export interface PageBadgeProps {
  evidence: string[];
  onActivate?: () => void;
}

export function PageBadge({ evidence, onActivate }: PageBadgeProps) {
  return (
    <button type="button" class="badge badge--opinion badge--page" dir={uiDirection()} title={evidence.join('\n')} onClick={onActivate}>
      <span class="badge__kind">{t('pageBadge')}</span>
      <span class="sr-only">{`: ${t('pageBadgeLabel', evidence.join('; '))}`}</span>
    </button>
  );
}
