// Messages between content script, background, popup and options: their names and payloads.
import type { ArticleReport } from './types';

/** Content script → background: what this tab shows, for the toolbar badge. */
export interface TabSummaryMessage {
  type: 'opinion-lens:tab-summary';
  sections: number;
  pageKind: ArticleReport['pageType']['kind'];
  markupSaysOpinion: boolean;
}

/** Popup → content script: the current report. */
export interface GetReportMessage {
  type: 'opinion-lens:get-report';
}

export interface ReportResponse {
  /** The tab's host name, known even where the extension is off. */
  host: string;
  report: ArticleReport | null;
  active: boolean;
  truncated: boolean;
}

/** Popup or background (keyboard command) → content script: open or toggle the side panel. */
export interface PanelMessage {
  type: 'opinion-lens:panel';
  action: 'open' | 'toggle';
}

/** Content script → background: remember whether this tab's panel is open (kept for the tab's life). */
export interface PanelStateMessage {
  type: 'opinion-lens:panel-state';
  /** Omitted to ask; the answer is `{ open: boolean | null }`, null when the tab never said. */
  open?: boolean;
}

export type LensMessage = TabSummaryMessage | GetReportMessage | PanelMessage | PanelStateMessage;

/** Toolbar badge text: the count of labelled sections of every kind, or OP for an opinion page with none. */
export function actionBadgeText(summary: Omit<TabSummaryMessage, 'type'>): string {
  if (summary.sections > 0) return String(summary.sections);
  return summary.markupSaysOpinion || summary.pageKind === 'opinion' ? 'OP' : '';
}
