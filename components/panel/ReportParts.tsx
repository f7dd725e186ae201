// Panel parts about the page as a whole: its type with the evidence, and the outline of labelled sections with how much each reads as opinion.
import type { ArticleReport, SectionSummary } from '../../lib/types';
import { t } from '../i18n';
import { formatPercent } from './format';
import type { JumpTarget } from './types';
import { PAGE_KIND_MESSAGE, SECTION_KIND_HINT, SECTION_KIND_MESSAGE } from '../kind-names';
import { PanelPart } from './PanelPart';
import { useCallback } from 'preact/hooks';
import { ShownList } from './ShownList';

export function PageTypePart({ pageType }: { pageType: ArticleReport['pageType'] }) {
  return (
    <PanelPart id="ol-page-type" title={t('panelPageType')}>
      <p class={`page-kind page-kind--${pageType.kind}`}>{t(PAGE_KIND_MESSAGE[pageType.kind])}</p>
      {pageType.evidence.length > 0 ? (
        <ul class="evidence" aria-label={t('panelEvidence')}>
          {pageType.evidence.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('panelNoEvidence')}</p>
      )}
    </PanelPart>
  );
}

/** The section's subjectivity as text and a small bar; the bar is the meter, so the text is not read twice. */
function SubjectivityMeter({ section }: { section: SectionSummary }) {
  const share = Math.min(1, Math.max(0, section.subjectivity));
  const percent = formatPercent(share);
  return (
    <div class="subjectivity">
      <span class="muted" aria-hidden="true">
        {t('panelSubjectivity', percent)}
      </span>
      <span
        role="meter"
        class="meter"
        aria-label={t('panelSubjectivityLabel', section.label)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(share * 100)}
        aria-valuetext={percent}
      >
        <span class="meter__fill" style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

export interface SectionsPartProps {
  sections: ArticleReport['sections'];
  /** 'article' when the whole article body was analysed for want of labelled sections. */
  scope: ArticleReport['scope'];
  onJump: (target: JumpTarget) => void;
}

/** The labelled sections, each with its kind, what that kind holds, and how much it reads as opinion. */
export function SectionsPart({ sections, scope, onJump }: SectionsPartProps) {
  const empty = scope === 'article' ? t('panelWholeArticle') : t('panelNoSections');
  const row = useCallback(
    (section: SectionSummary, index: number) => (
      <li key={index}>
        <button type="button" class="jump" onClick={() => onJump({ section: index })}>
          <span class={`kind kind--${section.kind}`}>{t(SECTION_KIND_MESSAGE[section.kind])}</span>
          <span class="outline__label" dir="auto">{section.label}</span>
          <span class="muted">{section.paragraphs === 1 ? t('panelOneParagraph') : t('panelParagraphs', section.paragraphs)}</span>
          <span class="kind-hint muted">{t(SECTION_KIND_HINT[section.kind])}</span>
        </button>
        <SubjectivityMeter section={section} />
      </li>
    ),
    [onJump],
  );
  return (
    <PanelPart id="ol-sections" title={t('panelSections')} empty={sections.length === 0 ? empty : null}>
      <ol class="outline">
        <ShownList items={sections} item={row} />
      </ol>
    </PanelPart>
  );
}
