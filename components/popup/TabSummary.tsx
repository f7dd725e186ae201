// "On this tab": what the content script found on the popup's tab, or why there is nothing to show.
import type { ReportResponse } from '../../lib/messages';
import { DEFAULT_MAX_PARAGRAPHS } from '../../lib/report';
import type { ArticleReport } from '../../lib/types';
import { formatSpread } from '../panel/format';
import { t, type MessageKey } from '../i18n';
import { PAGE_KIND_MESSAGE, SECTION_KIND_MESSAGE } from '../kind-names';

export type TabView =
  | { state: 'loading' }
  | { state: 'unreachable' }
  | { state: 'offEverywhere' }
  | { state: 'offHere' }
  | { state: 'found'; report: ArticleReport | null; truncated: boolean };

const SOURCES_SHOWN = 3;

/** Which summary to show, from the settings the popup holds and the tab's latest answer. */
export function tabView(enabled: boolean, offHere: boolean, response: ReportResponse | null | undefined): TabView {
  if (response === undefined) return { state: 'loading' };
  if (response === null) return { state: 'unreachable' };
  if (!enabled) return { state: 'offEverywhere' };
  if (offHere || !response.active) return { state: 'offHere' };
  return { state: 'found', report: response.report, truncated: response.truncated };
}

const STATE_MESSAGE: Record<Exclude<TabView['state'], 'found'>, MessageKey> = {
  loading: 'popupLoading',
  offHere: 'popupOffHere',
  unreachable: 'popupNoContentScript',
  offEverywhere: 'popupOffEverywhere',
};

export function TabSummary({ view }: { view: TabView }) {
  if (view.state !== 'found') {
    return <p class={`notice notice--${view.state}`}>{t(STATE_MESSAGE[view.state])}</p>;
  }
  const { report } = view;
  if (!report) return <p class="notice">{t('popupNoReport')}</p>;
  const shownSources = report.sources.slice(0, SOURCES_SHOWN);
  // A page without labelled sections whose article was not read yet (its body is read when the summary is opened):
  // nothing was looked for, so no "none found" is said.
  const unread = report.sections.length === 0 && report.scope !== 'article';
  return (
    <dl class="found">
      <dt>{t('panelPageType')}</dt>
      <dd class="found__kind">{t(PAGE_KIND_MESSAGE[report.pageType.kind])}</dd>
      <dt>{t('panelSections')}</dt>
      <dd>
        {report.sections.length === 0 ? (
          <span class="muted">{t(report.scope === 'article' ? 'panelWholeArticle' : 'panelNoSections')}</span>
        ) : (
          <ul class="found__sections">
            {report.sections.map((section, index) => (
              <li key={index}>
                <span class={`kind kind--${section.kind}`}>{t(SECTION_KIND_MESSAGE[section.kind])}</span>
                <span class="found__section">
                  <span class="found__label">{section.label}</span>{' '}
                  <span class="muted">
                    {section.paragraphs === 1 ? t('panelOneParagraph') : t('panelParagraphs', section.paragraphs)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </dd>
      {unread ? (
        <dd class="found__note muted">{t('popupArticleUnread')}</dd>
      ) : (
        <>
          <dt>{t('panelSources')}</dt>
          <dd>
            {report.sources.length === 0 ? (
              <span class="muted">{t(report.scope === 'article' ? 'panelNoSourcesArticle' : 'panelNoSources')}</span>
            ) : (
              <span class="found__sources">
                {shownSources.map((source, index) => (
                  <span key={index}>
                    {index > 0 && ', '}
                    <span class="found__source">{source.name}</span>
                  </span>
                ))}
                {report.sources.length > SOURCES_SHOWN && (
                  <span class="muted found__more"> {t('popupSourcesMore', report.sources.length - SOURCES_SHOWN)}</span>
                )}
              </span>
            )}
          </dd>
          <dt>{t('panelContested')}</dt>
          <dd>
            {report.contested.length === 0 ? (
              <span class="muted">{t('panelNoContested')}</span>
            ) : (
              <ul class="found__contested">
                {report.contested.map((group, index) => (
                  <li key={index}>
                    <span class="found__about">{group.about}</span>{' '}
                    <span class="found__spread">
                      {formatSpread(
                        group.claims.map((claim) => claim.value),
                        group.claims[0]?.unit,
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </>
      )}
      {view.truncated && <dd class="found__note muted">{t('panelTruncated', DEFAULT_MAX_PARAGRAPHS)}</dd>}
    </dl>
  );
}
