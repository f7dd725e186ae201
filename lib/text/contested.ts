// Groups figures that measure the same quantity but come from different sources with different values.

import type { ContestedClaim, ContestedFigure } from '../types';
import type { FigureMention } from './figures';
import { quantityReader, sameQuantity, CROWD_NOUN_SET, type Features } from './quantity';

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

/** What sameQuantity reads of a figure that makes no dispute: two such figures with one key are interchangeable there. */
function quantityKey(features: Features): string {
  const { figure, head, measure, measured, outcome, rate, scope, crowd, change, direction, period, topic } = features;
  return JSON.stringify([figure.mention.unit, head, measure, measured, outcome, rate, scope, crowd, change, direction, period, topic]);
}

/**
 * Union-find parents linking every two figures of one quantity (sameQuantity). Between figures without a dispute word
 * sameQuantity reads only their quantityKey, so those are compared once per pair of keys, not per pair of figures;
 * a figure whose sentence disputes is compared with every other. Cost: keys² + disputing × figures, not figures².
 */
function linkSameQuantity(features: readonly Features[]): number[] {
  const parent = features.map((_, i) => i);
  const link = (i: number, j: number) => {
    const [a, b] = i < j ? [i, j] : [j, i];
    if (root(parent, a) !== root(parent, b) && sameQuantity(features[a]!, features[b]!)) parent[root(parent, b)] = root(parent, a);
  };
  const byKey = new Map<string, number[]>();
  const disputing: number[] = [];
  features.forEach((feature, i) => {
    if (feature.disputes) return void disputing.push(i);
    const key = quantityKey(feature);
    const members = byKey.get(key);
    if (members) members.push(i);
    else byKey.set(key, [i]);
  });
  // Keys are linked as their figures would be: a key's figures are all one quantity when they match each other or another key's.
  const groups = [...byKey.values()];
  const groupParent = groups.map((_, g) => g);
  const joined = groups.map((members) => members.length > 1 && sameQuantity(features[members[0]!]!, features[members[1]!]!));
  for (let g = 0; g < groups.length; g++) {
    for (let h = g + 1; h < groups.length; h++) {
      if (root(groupParent, g) === root(groupParent, h) && joined[g] && joined[h]) continue;
      if (!sameQuantity(features[groups[g]![0]!]!, features[groups[h]![0]!]!)) continue;
      groupParent[root(groupParent, h)] = root(groupParent, g);
      joined[g] = joined[h] = true;
    }
  }
  groups.forEach((members, g) => {
    if (!joined[g]) return;
    const first = groups[root(groupParent, g)]![0]!;
    for (const member of members) parent[root(parent, member)] = root(parent, first);
  });
  for (const i of disputing) features.forEach((_, j) => j !== i && link(i, j));
  return parent;
}

/**
 * Contested groups among the figures, in order of their first claim: one quantity (same unit, outcome, rate and
 * counted thing or topic, never a total against one of its parts), two or more sources, different values (DESIGN.md).
 * Figures without a source take no part, but a bare figure may take its counted thing from one without a source.
 */
export function findContested(figures: readonly SourcedFigure[]): ContestedGroup[] {
  // Without two sources nothing is contested: the features, the costly part, are not read; with them, only the
  // sourced figures' features are (and those of the figures they may take a counted thing or rate from).
  if (new Set(figures.flatMap((figure) => (figure.source ? [figure.source] : []))).size < 2) return [];
  const featuresOf = quantityReader(figures);
  const sourced = figures.flatMap((figure, index) => (figure.source ? [{ index, features: featuresOf(index) }] : []));
  const parent = linkSameQuantity(sourced.map(({ features }) => features));
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
