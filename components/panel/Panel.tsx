// The side panel: a labelled drawer summarising the ArticleReport; every item jumps to its place in the page.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ArticleReport } from '../../lib/types';
import type { Theme } from '../../lib/settings/settings';
import { t, uiDirection } from '../i18n';
import { PageTypePart, SectionsPart } from './ReportParts';
import { ContestedPart, FiguresPart, SourcesPart, singleSourceFigures } from './EvidenceParts';
import { OpinionEstimatePart, OpinionLanguagePart } from './LanguageParts';
import type { JumpTarget } from './types';
import { ShownItems } from './shown';

export interface PanelProps {
  report: ArticleReport;
  theme: Theme;
  /** Paragraph cap when the page was cut short, else null. */
  truncatedAt: number | null;
  onClose: () => void;
  onJump: (target: JumpTarget) => void;
  /** Items drawn so far of each long list (its host raises it in idle slices); every item when absent. */
  shown?: number;
}

export function Panel({ report, theme, truncatedAt, onClose, onJump, shown = Infinity }: PanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const figures = useMemo(() => singleSourceFigures(report), [report]);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <aside class={`panel theme-${theme}`} dir={uiDirection()} aria-label={t('panelLandmark')} onKeyDown={onKeyDown}>
      <header class="panel__header">
        <h2 ref={heading} tabIndex={-1}>
          {t('panelTitle')}
        </h2>
        <button type="button" class="close" aria-label={t('panelClose')} title={t('panelClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <ShownItems.Provider value={shown}>
      <div class="panel__body">
        {truncatedAt !== null && <p class="note">{t('panelTruncated', truncatedAt)}</p>}
        <PageTypePart pageType={report.pageType} />
        <SectionsPart sections={report.sections} scope={report.scope} onJump={onJump} />
        {report.sections.length > 0 && <OpinionLanguagePart sections={report.sections} cues={report.cues} onJump={onJump} />}
        {report.estimate && <OpinionEstimatePart estimate={report.estimate} onJump={onJump} />}
        <SourcesPart sources={report.sources} scope={report.scope} onJump={onJump} />
        <ContestedPart contested={report.contested} onJump={onJump} />
        <FiguresPart figures={figures} onJump={onJump} />
      </div>
      </ShownItems.Provider>
    </aside>
  );
}
