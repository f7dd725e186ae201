// The A/B bench's in-page entry: the bench's own timed work (scripts/bench/in-page.ts: the content script's work, the
// text analysis, detection alone and Readability's parse) for one checkout, exposed as globalThis.BENCH_AB.
// scripts/bench-ab.ts points in-page.ts's lib imports at the checkout measured, in its own layout.
import { detection, extensionWork, readabilityParses, textAnalysis } from './in-page';

const full = () => extensionWork(location.href).sections.length;

(globalThis as unknown as { BENCH_AB: unknown }).BENCH_AB = { full, text: textAnalysis, detect: () => detection(location.href), readability: readabilityParses };
