// Styles for the panel's shadow root: a fixed drawer over the page (never wider than it), light and dark, readable at 200% zoom, not printed.
// Lengths are in px: rem follows the page's root font size (62.5% on many sites: the panel shrank to 260 px with 8 px headings).
import { kindColourRules, kindColourVariables } from '../kind-colours';
import { FIRST_ITEMS } from './shown';

export const PANEL_CSS = `
:host {
  position: fixed !important; top: 0 !important; right: 0 !important; bottom: 0 !important;
  width: 416px !important; max-width: 100% !important; z-index: 2147483646 !important; display: block !important;
  /* Its size is its own and its layout contained: what is drawn in it lays out only the panel, not the page. A closed
     panel's host is empty and lets the pointer through. */
  contain: size layout style !important; pointer-events: none !important;
}
:host > div > * { pointer-events: auto; }
/* Printing gives the page as the site styles it: no panel. */
@media print { :host { display: none !important; } }
:host > div { height: 100%; }
.panel {
  --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5b66; --line: #d9d9e0; --card: #f5f5f8; --focus: #1d4ed8;
  ${kindColourVariables('light')}
  --warn: #b45309; --warn-bg: #fef3c7;
  box-sizing: border-box; height: 100%; display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg); border-left: 1px solid var(--line);
  box-shadow: -8px 0 24px rgba(0, 0, 0, 0.18);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .panel.theme-auto {
    --bg: #1c1c21; --fg: #ececf1; --muted: #a9a9b6; --line: #3a3a44; --card: #26262d; --focus: #8ab4ff;
    ${kindColourVariables('dark')}
    --warn: #fbbf24; --warn-bg: #3a2a0a;
  }
}
.panel.theme-dark {
  --bg: #1c1c21; --fg: #ececf1; --muted: #a9a9b6; --line: #3a3a44; --card: #26262d; --focus: #8ab4ff;
  ${kindColourVariables('dark')}
  --warn: #fbbf24; --warn-bg: #3a2a0a;
}
* { box-sizing: border-box; }
.panel__header { display: flex; align-items: center; justify-content: space-between; gap: 8px;
  padding: 12px 16px; border-bottom: 1px solid var(--line); }
h2 { margin: 0; font-size: 17.6px; }
h3 { margin: 17.6px 0 6.4px; font-size: 12.8px; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
h4 { margin: 0 0 4px; font-size: 15.2px; display: flex; flex-wrap: wrap; gap: 5.6px; align-items: baseline; }
.panel__body { overflow: auto; padding: 0 16px 24px; flex: 1; }
ul, ol { list-style: none; margin: 0; padding: 0; }
li { margin: 3.2px 0; }
/* A long list's items out of view (a 2,000-row outline, a source's 200 claims) are neither styled, laid out nor
   painted: the list costs what its visible items do. Only items after the first draw's: an item that comes in view costs the frame a second layout of the page
   (Chromium 150), which on a 200,000-element page is a long task. */
:is(.outline, .sources, .figures, .claims) > li:nth-of-type(n + ${FIRST_ITEMS + 1}),
:is(.contest, .warning):nth-of-type(n + ${FIRST_ITEMS + 1}) { content-visibility: auto; contain-intrinsic-size: auto 64px; }
p { margin: 4px 0; }
.empty, .muted { color: var(--muted); }
.note { background: var(--card); border-radius: 6.4px; padding: 6.4px 9.6px; margin-top: 12px; }
.evidence li::before { content: "· "; color: var(--muted); }
.page-kind { font-weight: 600; }
.close { font: inherit; font-size: 22.4px; line-height: 1; background: none; color: var(--fg);
  border: 1px solid transparent; border-radius: 4.8px; padding: 1.6px 8px; cursor: pointer; }
.close:hover { border-color: var(--line); }
.jump { display: flex; flex-wrap: wrap; gap: 6.4px; align-items: baseline; width: 100%; text-align: left;
  font: inherit; color: inherit; background: var(--card); border: 1px solid transparent; border-radius: 6.4px;
  padding: 5.6px 8px; cursor: pointer; }
.jump:hover { border-color: var(--line); }
button:focus-visible, h2:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.kind { font-size: 12px; font-weight: 700; letter-spacing: 0.04em; padding: 0 7.2px; border-radius: 999px; }
${kindColourRules('.kind--')}
.outline__label { font-weight: 600; }
.kind-hint { flex-basis: 100%; font-size: 13.6px; }
.sources > li { margin-bottom: 9.6px; }
.count { margin-left: auto; font-weight: 400; font-size: 13.6px; color: var(--muted); }
.verb { font-weight: 600; }
q { quotes: "“" "”"; }
q.own-marks { quotes: none; }
.contest { margin-bottom: 12px; }
.spread { margin-left: auto; font-weight: 600; color: var(--kind-opinion); }
.value { font-weight: 700; font-variant-numeric: tabular-nums; }
.source { font-weight: 600; }
.quote { flex-basis: 100%; color: var(--muted); font-size: 14.08px; }
.subjectivity { display: flex; align-items: center; gap: 8px; padding: 1.6px 8px; font-size: 13.6px; }
.meter { flex: 0 0 80px; height: 6.4px; border-radius: 999px; background: var(--line); overflow: hidden; }
.meter__fill { display: block; height: 100%; background: var(--kind-opinion); }
.warning { border-left: 3px solid var(--warn); padding-left: 8px; margin-bottom: 12px; }
.warning h4 > [aria-hidden] { color: var(--warn); }
.sentence { flex-basis: 100%; }
.cues { display: flex; flex-wrap: wrap; gap: 4.8px; }
.cue { font-size: 12.48px; padding: 0 7.2px; border-radius: 999px; background: var(--warn-bg); border: 1px solid var(--warn); }
@media (forced-colors: active) {
  .jump, .panel, .meter, .cue { border: 1px solid CanvasText; }
  .meter__fill { background: Highlight; forced-color-adjust: none; }
}
`;
