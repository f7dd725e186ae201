// Which way a difference goes (up or down) and the period it is measured over, read around a figure: two differences that differ in either are not one quantity.

import type { Token } from './sentences';
import { CHANGE_DIRECTIONS } from '../vocabulary/counted-things';
import { DURATION_WORDS } from '../vocabulary/units';

const DIRECTION_OF = new Map([
  ...CHANGE_DIRECTIONS.up.map((word) => [word, 'up'] as const),
  ...CHANGE_DIRECTIONS.down.map((word) => [word, 'down'] as const),
]);
const DURATIONS = new Set(DURATION_WORDS);
/** Words either side of the figure and its counted thing that may tell its direction ("cargo volumes rose by 15 percent"). */
const DIRECTION_BEFORE = 4;
const DIRECTION_AFTER = 2;
/** Words after the figure within which its period is named ("20 percent lower than a year ago"). */
const PERIOD_AFTER = 7;

/**
 * The direction of the difference at tokens [from, to) with `counted` words of counted thing after it: the nearest
 * CHANGE_DIRECTIONS word within 4 words before or 2 after (after wins a tie: "up" in "rose … 3 points up" is rarer than
 * "lower" right after). Undefined when none is near.
 */
export function changeDirection(tokens: readonly Token[], from: number, to: number, counted: number): 'up' | 'down' | undefined {
  const end = to + counted;
  for (let distance = 0; distance < Math.max(DIRECTION_BEFORE, DIRECTION_AFTER); distance++) {
    const after = distance < DIRECTION_AFTER ? DIRECTION_OF.get(tokens[end + distance]?.lower ?? '') : undefined;
    const before = distance < DIRECTION_BEFORE ? DIRECTION_OF.get(tokens[from - 1 - distance]?.lower ?? '') : undefined;
    if (after ?? before) return after ?? before;
  }
  return undefined;
}

/**
 * The period word (DURATION_WORDS, singular: "month", "year") named after the figure at tokens [from, to) before
 * the clause ends ("last month", "than a year ago"); undefined when none.
 */
export function changePeriod(tokens: readonly Token[], to: number): string | undefined {
  for (let at = to; at < tokens.length && at < to + PERIOD_AFTER; at++) {
    const token = tokens[at]!;
    if (/^[,;:.!?]$/.test(token.text)) return undefined;
    if (DURATIONS.has(token.lower)) return token.lower.replace(/s$/, '');
  }
  return undefined;
}
