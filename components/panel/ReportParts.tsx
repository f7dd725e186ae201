// Panel parts about the page as a whole: its type with the evidence, and the outline of labelled sections.
import type { ArticleReport, PageKind } from '../../lib/types';
import { t, type MessageKey } from '../i18n';
import type { JumpTarget } from './types';

const PAGE_KIND: Record<PageKind, MessageKey> = {
  news: 'pageKindNews',
  opinion: 'pageKindOpinion',
  analysis: 'pageKindAnalysis',
  mixed: 'pageKindMixed',
  unknown: 'pageKindUnknown',
};

const SECTION_KIND = { facts: 'badgeFacts', opinion: 'badgeOpinion', analysis: 'badgeAnalysis' } as const;

export function PageTypePart({ pageType }: { pageType: ArticleReport['pageType'] }) {
  return (
    <section aria-labelledby="ol-page-type">
      <h3 id="ol-page-type">{t('panelPageType')}</h3>
      <p class={`page-kind page-kind--${pageType.kind}`}>{t(PAGE_KIND[pageType.kind])}</p>
      {pageType.evidence.length > 0 ? (
        <ul class="evidence" aria-label={t('panelEvidence')}>
          {pageType.evidence.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('panelNoEvidence')}</p>
      )}
    </section>
  );
}

export function SectionsPart({ sections, onJump }: { sections: ArticleReport['sections']; onJump: (target: JumpTarget) => void }) {
  return (
    <section aria-labelledby="ol-sections">
      <h3 id="ol-sections">{t('panelSections')}</h3>
      {sections.length === 0 ? (
        <p class="empty">{t('panelNoSections')}</p>
      ) : (
        <ol class="outline">
          {sections.map((section, index) => (
            <li key={index}>
              <button type="button" class="jump" onClick={() => onJump({ section: index })}>
                <span class={`kind kind--${section.kind}`}>{t(SECTION_KIND[section.kind])}</span>
                <span class="outline__label">{section.label}</span>
                <span class="muted">
                  {section.paragraphs === 1 ? t('panelOneParagraph') : t('panelParagraphs', section.paragraphs)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
