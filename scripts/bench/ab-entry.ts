// The A/B bench's in-page entry: the bench's own timed work (scripts/bench/in-page.ts: the content script's work and
// the text analysis) for one checkout, exposed as globalThis[BENCH_AB_SLOT] (two checkouts' bundles share one page).
// scripts/bench-ab.ts points in-page.ts's lib imports at the checkout measured, in its own layout.
import { extensionWork, textAnalysis } from './in-page';

const full = () => extensionWork(location.href).sections.length;

(globalThis as unknown as Record<string, unknown>)[(globalThis as unknown as { BENCH_AB_SLOT: string }).BENCH_AB_SLOT] = { full, text: textAnalysis };
