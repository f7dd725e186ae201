// Styles for badges inside their shadow roots: a pill readable on light and dark pages, not printed.
import { kindColourRules, kindColourVariables } from './kind-colours';

export const BADGE_CSS = `
:host > div { display: inline; }
/* Negative block margins keep the pill's margin box inside any line it sits in, so inserting it never makes the
   line taller: the page below does not move, which on a 200,000-element page would repaint all of it (~150 ms). */
.badge {
  all: initial;
  display: inline-flex; align-items: center;
  margin: -0.5em 0 -0.5em 0.5em; padding: 0.15em 0.55em;
  border-radius: 999px; border: 1px solid rgba(0, 0, 0, 0.15);
  font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  letter-spacing: 0.04em; vertical-align: middle; white-space: nowrap;
  cursor: pointer; color: #fff;
  ${kindColourVariables('light')}
}
.badge:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
/* Nothing here makes a paint layer (position, overflow, clip, opacity, filter, transform): inserting or hovering a
   badge with one walks every layout object after it, about 12 ms on a 200,000-element page. */
.badge:hover { box-shadow: inset 0 0 0 99px rgba(255, 255, 255, 0.08); }
${kindColourRules('.badge--')}
/* Heard, not seen: text of no size, which the button's name still reads (no clip or overflow, which make a layer). */
.sr-only { font-size: 0; line-height: 0; letter-spacing: 0; }
/* A margin, not the flex gap: the unseen parts take no room. */
.badge__counts, .badge__warning { margin-left: 0.4em; }
.badge__counts { font-weight: 500; letter-spacing: 0; color: color-mix(in srgb, currentColor 92%, transparent); }
/* Amber on the blue Facts pill, dark text on it, so the warning reads in both page themes. */
.badge__warning { padding: 0 0.4em; border-radius: 999px; background: #fcd34d; color: #3a2300;
  font-weight: 700; letter-spacing: 0; }
.theme-dark .badge, .badge.theme-dark { border-color: rgba(255, 255, 255, 0.35); ${kindColourVariables('dark')} }
@media (forced-colors: active) { .badge, .badge__warning { border: 1px solid CanvasText; } }
/* Printing gives the article as the site styles it: no badges. */
@media print { :host { display: none !important; } }
`;
