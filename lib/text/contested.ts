// Groups figures that measure the same quantity but come from different sources with different values.

import type { ContestedClaim, ContestedFigure } from '../types';
import type { FigureMention } from './figures';
import { quantityFeatures, sameQuantity, CROWD_NOUN_SET, type Features } from './quantity';

/** A figure with what contest-finding needs to know about where it was said. */
export interface SourcedFigure {
  mention: FigureMention;
  sentence: string;
  /** Position of the sentence in the article; dispute words reach back two sentences, or across the paragraph. */
  sentenceIndex: number;
  /** Position of the paragraph in the article, when known: a dispute word then links claims across the whole paragraph. */
  paragraph?: number;
  source?: string;
}

export interface ContestedGroup {
  contested: ContestedFigure;
  /** Indices into the figures given to findContested, one per claim. */
  members: number[];
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

/**
 * Contested groups among the figures, in order of their first claim: one quantity (same unit, outcome, rate and
 * counted thing or topic, never a total against one of its parts), two or more sources, different values (DESIGN.md).
 * Figures without a source take no part, but a bare figure may take its counted thing from one without a source.
 */
export function findContested(figures: readonly SourcedFigure[]): ContestedGroup[] {
  const all = quantityFeatures(figures);
  const sourced = figures.flatMap((figure, index) => (figure.source ? [{ index, features: all[index]! }] : []));
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
