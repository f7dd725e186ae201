// Groups figures that measure the same quantity but come from different sources with different values.

import type { ContestedClaim, ContestedFigure } from '../types';
import type { FigureMention } from './figures';
import { tokenize, tokenIndexAt, type Token } from './sentences';
import { REPORTING_VERBS } from '../vocabulary/reporting';
import { CROWD_CONTEXT_WORDS, CROWD_NOUNS, DISPUTE_WORDS, OUTCOME_WORDS } from '../vocabulary/counted-things';
import { TOPIC_FILLER_WORDS } from '../vocabulary/units';

/** A figure with what contest-finding needs to know about where it was said. */
export interface SourcedFigure {
  mention: FigureMention;
  sentence: string;
  /** Position of the sentence in the article; dispute words reach back two sentences. */
  sentenceIndex: number;
  source?: string;
}

export interface ContestedGroup {
  contested: ContestedFigure;
  /** Indices into the figures given to findContested, one per claim. */
  members: number[];
}

interface Features {
  figure: SourcedFigure;
  /** Singular head noun of the counted thing: "personnel", "case", "persona". */
  head?: string;
  outcome?: string;
  crowd: boolean;
  disputes: boolean;
  topic: string[];
}

const DISPUTE = new RegExp(`(?<![\\p{L}])(?:${DISPUTE_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const CROWD_NOUN_SET = new Set(CROWD_NOUNS);
const CROWD_CONTEXT = new Set(CROWD_CONTEXT_WORDS);
const REPORTING = new Set(REPORTING_VERBS);
const FILLERS = new Set(TOPIC_FILLER_WORDS);
const OUTCOME_OF = new Map(Object.entries(OUTCOME_WORDS).flatMap(([outcome, words]) => words.map((word) => [word, outcome] as const)));
const DISPUTE_REACH = 2;
const OUTCOME_BEFORE = 4;
const OUTCOME_AFTER = 6;
const TOPIC_WORDS = 2;

function singular(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

/** The nearest outcome word around the figure ("killed 58", "23 … died"), before winning ties. */
function outcomeNear(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let distance = 1; distance <= OUTCOME_AFTER; distance++) {
    const before = distance <= OUTCOME_BEFORE ? OUTCOME_OF.get(tokens[from - distance]?.lower ?? '') : undefined;
    const after = OUTCOME_OF.get(tokens[to + distance - 1]?.lower ?? '');
    if (before || after) return before ?? after;
  }
  return undefined;
}

/** Content words just before the figure in its clause: "fares would rise by 12 percent" → ["fare", "rise"]. */
function topicBefore(tokens: readonly Token[], from: number): string[] {
  const words: string[] = [];
  for (let i = from - 1; i >= 0 && words.length < TOPIC_WORDS; i--) {
    const token = tokens[i]!;
    if (!/^[\p{L}\p{M}]/u.test(token.text) || REPORTING.has(token.lower)) break;
    if (!FILLERS.has(token.lower)) words.unshift(singular(token.text));
  }
  return words;
}

interface SentenceTraits {
  crowd: boolean;
  disputes: boolean;
}

/** Features of each figure; what belongs to a whole sentence is read once per sentence, however many figures it holds. */
function featuresOf(figures: readonly SourcedFigure[]): Features[] {
  const traits = new Map<number, SentenceTraits>();
  return figures.map((figure) => {
    const tokens = tokenize(figure.sentence);
    let sentence = traits.get(figure.sentenceIndex);
    if (!sentence) {
      sentence = { crowd: tokens.some((token) => CROWD_CONTEXT.has(token.lower)), disputes: DISPUTE.test(figure.sentence) };
      traits.set(figure.sentenceIndex, sentence);
    }
    const from = tokenIndexAt(tokens, figure.mention.start);
    const head = figure.mention.counts?.split(/\s+/).pop();
    return {
      figure,
      head: head && singular(head),
      outcome: outcomeNear(tokens, from, tokenIndexAt(tokens, figure.mention.end)),
      ...sentence,
      topic: topicBefore(tokens, from),
    };
  });
}

/** A dispute word in the later sentence, at most two sentences on, ties the two figures together. */
function disputeLinks(a: Features, b: Features): boolean {
  const [earlier, later] = a.figure.sentenceIndex <= b.figure.sentenceIndex ? [a, b] : [b, a];
  return later.disputes && later.figure.sentenceIndex - earlier.figure.sentenceIndex <= DISPUTE_REACH;
}

/** Whether two figures measure the same quantity: same unit, same outcome, and the same counted thing or topic. */
function sameQuantity(a: Features, b: Features): boolean {
  if (a.figure.mention.unit !== b.figure.mention.unit) return false;
  if (a.outcome && b.outcome && a.outcome !== b.outcome) return false;
  if (a.head && b.head) {
    if (a.head === b.head) return true;
    // "people" and "protesters" are one crowd only when the text says a crowd is being counted or disputed.
    return CROWD_NOUN_SET.has(a.head) && CROWD_NOUN_SET.has(b.head) && (a.crowd || b.crowd || disputeLinks(a, b));
  }
  if (a.head || b.head) {
    const [counted, other] = a.head ? [a, b] : [b, a];
    return other.topic.includes(counted.head!) || disputeLinks(a, b);
  }
  return a.topic.some((word) => b.topic.includes(word)) || disputeLinks(a, b);
}

/** A readable name for the quantity: "Pakistani military personnel killed", "people (crowd)", "fare rise (percent)". */
function describeQuantity(members: Features[]): string {
  const unit = members[0]!.figure.mention.unit;
  const wordCount = (text: string | undefined) => (text ? text.split(' ').length : 0);
  const counted = members
    .map((member) => member.figure.mention.counts)
    .reduce((longest, counts) => (wordCount(counts) > wordCount(longest) ? counts : longest), undefined);
  const suffix = unit ? ` (${unit})` : '';
  if (!counted) return `${members.find((member) => member.topic.length)?.topic.join(' ') ?? 'figure'}${suffix}`;
  if (members.some((member) => member.crowd && member.head && CROWD_NOUN_SET.has(member.head))) return `${counted} (crowd)${suffix}`;
  const outcome = members.find((member) => member.outcome)?.outcome;
  return `${counted}${outcome ? ` ${outcome}` : ''}${suffix}`;
}

function root(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/** Contested groups among the figures, in order of their first claim; figures without a source take no part. */
export function findContested(figures: readonly SourcedFigure[]): ContestedGroup[] {
  const indices = figures.flatMap((figure, index) => (figure.source ? [index] : []));
  const features = featuresOf(indices.map((index) => figures[index]!));
  const sourced = indices.map((index, i) => ({ index, features: features[i]! }));
  const parent = sourced.map((_, i) => i);
  for (let i = 0; i < sourced.length; i++) {
    for (let j = i + 1; j < sourced.length; j++) {
      if (sameQuantity(sourced[i]!.features, sourced[j]!.features)) parent[root(parent, j)] = root(parent, i);
    }
  }
  const clusters = new Map<number, typeof sourced>();
  sourced.forEach((member, i) => {
    const cluster = clusters.get(root(parent, i));
    if (cluster) cluster.push(member);
    else clusters.set(root(parent, i), [member]);
  });
  const groups: ContestedGroup[] = [];
  for (const cluster of clusters.values()) {
    const said = new Set<string>();
    // One claim per source and value: a number repeated by its own source is one claim.
    const claims = cluster.filter(({ features: { figure } }) => {
      const key = `${figure.source}\u0000${figure.mention.value}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    const disagree = claims.some(({ features: { figure: a } }) =>
      claims.some(({ features: { figure: b } }) => a.source !== b.source && a.mention.value !== b.mention.value),
    );
    if (!disagree) continue;
    groups.push({
      contested: {
        about: describeQuantity(claims.map(({ features }) => features)),
        claims: claims.map(({ features: { figure } }) => claimOf(figure)),
      },
      members: claims.map(({ index }) => index),
    });
  }
  return groups;
}

function claimOf(figure: SourcedFigure): ContestedClaim {
  const claim: ContestedClaim = { source: figure.source!, value: figure.mention.value, quote: figure.sentence };
  if (figure.mention.unit) claim.unit = figure.mention.unit;
  return claim;
}
