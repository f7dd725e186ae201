// What quantity a figure measures, read from its sentence: counted thing, outcome, rate, topic, total or part; and whether two figures measure the same one.

import type { SourcedFigure } from './contested';
import { RANGE_LINK } from './figures';
import { changeDirection, changePeriod } from './change-direction';
import { tokenize, tokenIndexAt, wordsAt, type Token } from './sentences';
import { REPORTING_VERBS } from '../vocabulary/reporting';
import {
  COUNTED_THING_SYNONYMS, CROWD_CONTEXT_WORDS, CROWD_NOUNS, DIFFERENCE_WORDS, DISPUTE_WORDS, OUTCOME_WORDS, PART_WORDS, TOTAL_WORDS,
} from '../vocabulary/counted-things';
import { DURATION_WORDS, MEASURE_NOUNS, RATE_WORDS, TOPIC_FILLER_WORDS } from '../vocabulary/units';

export interface Features {
  figure: SourcedFigure;
  /** Singular head noun of the counted thing ("personnel", "case", "persona", "mile"), or taken from the figure it answers. */
  head?: string;
  /** Whether the head is a unit of measure ("190 kilometers", "17 metres of path"). */
  measure: boolean;
  /** What a measure measures ("6,500 miles of water mains" → "water main"). */
  measured?: string;
  outcome?: string;
  /** The period of a rate ("600 breaks a year" → "year"). */
  rate?: string;
  /** Whether the figure is a total ("total property losses") or one part ("storm-surge damage alone"). */
  scope?: 'total' | 'part';
  crowd: boolean;
  /** A difference ("3 seats narrower", "rose by 15 percent", "up 9 percent"), never the same quantity as a count. */
  change: boolean;
  /** Of a difference: which way it goes and the period it covers ("rose by 15 percent last month": up, month). */
  direction?: 'up' | 'down';
  period?: string;
  disputes: boolean;
  topic: string[];
  /** Lower-case words of the sentence, possessive "'s" dropped: a dispute naming the other source ("the board's number"); read when first asked (sentenceWords). */
  words: () => ReadonlySet<string>;
}

/** DISPUTE_WORDS as token sequences by their first token: a sentence's tokens are matched in the one pass that reads its other traits. */
const DISPUTE_PHRASES = new Map<string, string[][]>();
for (const entry of Object.values(DISPUTE_WORDS).flat()) {
  const words = tokenize(entry).map((token) => token.lower);
  DISPUTE_PHRASES.set(words[0]!, [...(DISPUTE_PHRASES.get(words[0]!) ?? []), words]);
}
export const CROWD_NOUN_SET = new Set(CROWD_NOUNS);
const CROWD_CONTEXT = new Set(CROWD_CONTEXT_WORDS);
const REPORTING = new Set(REPORTING_VERBS);
const FILLERS = new Set(TOPIC_FILLER_WORDS);
const DURATIONS = new Set(DURATION_WORDS);
const RATES = new Set(RATE_WORDS);
const MEASURES = new Set(MEASURE_NOUNS);
const TOTALS = new Set(TOTAL_WORDS);
const PARTS = new Set(PART_WORDS);
const OUTCOME_OF = new Map(Object.entries(OUTCOME_WORDS).flatMap(([outcome, words]) => words.map((word) => [word, outcome] as const)));
const SYNONYM_OF = new Map(COUNTED_THING_SYNONYMS.flatMap((group) => group.map((word) => [word, group[0]!] as const)));
/** "put it at 12,600", "la cifró en": the figure answers an earlier one. */
const ANSWER_PRONOUNS = new Set(['it', 'them', 'that', 'this', 'lo', 'la', 'le', "l'", 'es', 'sie']);
const ANSWER_PREPOSITIONS = new Set(['at', 'en', 'à', 'auf', 'a', 'em']);
/** "it was 28 percent full", "they stood at 400": a pronoun and a copula before a figure that names nothing it counts. */
const ANSWER_COPULAS = new Set(['is', 'was', 'were', 'are', 'stood', 'stands', 'remained', 'remains', 'reached', 'reaches', 'es', 'era', 'est', 'était', 'ist', 'war', 'è', 'é']);
const RATE_OPENERS = new Set(['a', 'per', 'each', 'every', 'an']);
const DIFFERENCE_BEFORE = new Set(DIFFERENCE_WORDS.before);
const DIFFERENCE_AFTER = new Set(DIFFERENCE_WORDS.after);
const CHANGE_VERBS = new Set(DIFFERENCE_WORDS.changeVerbs);
const CHANGE_BY = new Set(DIFFERENCE_WORDS.by);
const DIFFERENCE_NOUNS = new Set(DIFFERENCE_WORDS.nouns);
/** Words between a change verb and its "by": "won the seat by 300 votes". */
const CHANGE_REACH = 3;
const DISPUTE_REACH = 2;
const OUTCOME_BEFORE = 4;
const OUTCOME_AFTER = 6;
const TOPIC_WORDS = 2;
const SCOPE_AFTER = 2;
const ANSWER_REACH = 1;

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

/** Content words just before the figure in its clause, stepping over other figures: "fares would rise by 12 percent" → ["fare", "rise"]. */
function topicBefore(tokens: readonly Token[], from: number, inFigure: (offset: number) => boolean): string[] {
  const words: string[] = [];
  for (let i = from - 1; i >= 0 && words.length < TOPIC_WORDS; i--) {
    const token = tokens[i]!;
    if (inFigure(token.start)) continue;
    if (!/^[\p{L}\p{M}]/u.test(token.text) || REPORTING.has(token.lower)) break;
    if (!FILLERS.has(token.lower)) words.unshift(singular(token.text));
  }
  return words;
}

/** "600 breaks a year", "500 leaks each month", "10,000 tonnes annually": the period of a rate after the figure's counted thing. */
function rateAfter(tokens: readonly Token[], from: number, counted: number): string | undefined {
  const at = from + counted;
  const word = tokens[at]?.lower ?? '';
  if (RATES.has(word) && DURATIONS.has(tokens[at + 1]?.lower ?? '')) return singular(tokens[at + 1]!.lower);
  if (RATE_OPENERS.has(word) && DURATIONS.has(tokens[at + 1]?.lower ?? '')) return singular(tokens[at + 1]!.lower);
  return /^(?:annually|yearly|monthly|weekly|daily)$/.test(word) ? word : undefined;
}

/** Whether a dispute word or phrase (DISPUTE_WORDS) starts at token `index`. */
function disputeAt(tokens: readonly Token[], index: number): boolean {
  return DISPUTE_PHRASES.get(tokens[index]!.lower)?.some((words) => wordsAt(tokens, index, words)) ?? false;
}

/** What a figure's features read of its whole sentence, in one pass over its tokens. */
interface SentenceTraits {
  crowd: boolean;
  disputes: boolean;
  /** Index of the sentence's first total word and of its first part word (the token count when it has none). */
  total: number;
  part: number;
}

function sentenceTraits(tokens: readonly Token[]): SentenceTraits {
  const traits: SentenceTraits = { crowd: false, disputes: false, total: tokens.length, part: tokens.length };
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    traits.crowd ||= CROWD_CONTEXT.has(lower);
    traits.disputes ||= disputeAt(tokens, i);
    if (traits.total === tokens.length && TOTALS.has(lower)) traits.total = i;
    if (traits.part === tokens.length && PARTS.has(lower)) traits.part = i;
  }
  return traits;
}

/**
 * "Total property losses …" or "storm-surge damage alone …": a total or part word in the sentence before the figure
 * (tokens [0, from), read through the sentence's `first` scope words), or just after it.
 */
function scopeOf(tokens: readonly Token[], first: Pick<SentenceTraits, 'total' | 'part'>, from: number, to: number): 'total' | 'part' | undefined {
  const near = (words: ReadonlySet<string>, firstIndex: number) =>
    firstIndex < from || tokens.slice(to, to + SCOPE_AFTER).some((token) => words.has(token.lower));
  if (near(TOTALS, first.total)) return 'total';
  return near(PARTS, first.part) ? 'part' : undefined;
}

/** Whether the figure at tokens [from, to), with `counted` words of counted thing after it, is a difference (DIFFERENCE_WORDS). */
function isDifference(tokens: readonly Token[], from: number, to: number, counted: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (DIFFERENCE_BEFORE.has(before)) return true;
  if (DIFFERENCE_AFTER.has(tokens[to]?.lower ?? '') || DIFFERENCE_AFTER.has(tokens[to + counted]?.lower ?? '')) return true;
  if (DIFFERENCE_NOUNS.has(tokens[from - 2]?.lower ?? '') && (CHANGE_BY.has(before) || before === 'of')) return true;
  if (!CHANGE_BY.has(before)) return false;
  return tokens.slice(Math.max(0, from - 2 - CHANGE_REACH), from - 1).some((token) => CHANGE_VERBS.has(token.lower));
}

/** The canonical name of a head noun: its synonym group's first word ("militant" → "fighter"). */
const canonical = (head: string) => SYNONYM_OF.get(head) ?? head;

/**
 * Features of the figures, each read when first asked: `featuresOf(index)` gives figure `index`'s features (see
 * Features), the same whichever figures are asked and in what order. A figure's features depend only on its own
 * sentence, the figure after it in that sentence (a range's rate) and the figures it may answer (answerFrom: the
 * same or the previous sentence), so a caller that needs a few figures' features (the sourced ones, findContested)
 * does not pay for every figure of a long article. What belongs to a whole sentence is read once per sentence.
 */
export function quantityReader(figures: readonly SourcedFigure[]): (index: number) => Features {
  const spans = new Map<number, [number, number][]>();
  for (const figure of figures) {
    const list = spans.get(figure.sentenceIndex) ?? [];
    list.push([figure.mention.start, figure.mention.end]);
    spans.set(figure.sentenceIndex, list);
  }
  const sentences = new Map<number, { traits: SentenceTraits; words: () => ReadonlySet<string> }>();
  /** A figure's features read from its own sentence only. */
  const own = (figure: SourcedFigure): Features => {
    const tokens = tokenize(figure.sentence);
    let sentence = sentences.get(figure.sentenceIndex);
    if (!sentence) sentences.set(figure.sentenceIndex, (sentence = { traits: sentenceTraits(tokens), words: sentenceWords(tokens) }));
    const { traits } = sentence;
    const others = spans.get(figure.sentenceIndex)!;
    const from = tokenIndexAt(tokens, figure.mention.start);
    const to = tokenIndexAt(tokens, figure.mention.end);
    const countedWords = figure.mention.counts ? figure.mention.counts.split(/\s+/) : [];
    // A measure ("miles of water mains") is headed by its unit, and measures what follows "of".
    const measure = MEASURES.has(countedWords[0]?.toLowerCase() ?? '');
    const isMeasure = measure && countedWords.length > 2 && countedWords[1] === 'of';
    const head = isMeasure ? countedWords[0] : countedWords[countedWords.length - 1];
    const found: Features = {
      figure,
      measure,
      outcome: outcomeNear(tokens, from, to),
      change: isDifference(tokens, from, to, countedWords.length),
      crowd: traits.crowd,
      disputes: traits.disputes,
      words: sentence.words,
      // Offsets inside another figure of the sentence, before this one.
      topic: topicBefore(tokens, from, (offset) => offset < figure.mention.start && others.some(([start, end]) => start <= offset && offset < end)),
    };
    if (found.change) {
      const [direction, period] = [changeDirection(tokens, from, to, countedWords.length), changePeriod(tokens, to + countedWords.length)];
      if (direction) found.direction = direction;
      if (period) found.period = period;
    }
    if (head) found.head = canonical(singular(head));
    if (isMeasure) found.measured = [...countedWords.slice(2, -1), singular(countedWords[countedWords.length - 1]!)].join(' ').toLowerCase();
    const rate = rateAfter(tokens, to, countedWords.length);
    if (rate) found.rate = rate;
    const scope = scopeOf(tokens, traits, from, to);
    if (scope) found.scope = scope;
    return found;
  };
  // Each figure's features as its own sentence gives them; a range or an answer lends to a copy, never to these.
  const owned = new Map<number, Features>();
  const ownAt = (index: number) => owned.get(index) ?? owned.set(index, own(figures[index]!)).get(index)!;
  const done = new Map<number, Features>();
  const featuresOf = (index: number): Features => {
    const kept = done.get(index);
    if (kept) return kept;
    const feature = { ...ownAt(index) };
    const { figure } = feature;
    // The low end of a range shares the rate of the high end ("between 400 and 600 breaks a year").
    const next = index + 1 < figures.length ? figures[index + 1]! : undefined;
    if (next && next.sentenceIndex === figure.sentenceIndex && RANGE_LINK.test(figure.sentence.slice(figure.mention.end, next.mention.start))) {
      feature.rate ??= ownAt(index + 1).rate;
    }
    answerFrom(figures, featuresOf, index, feature);
    done.set(index, feature);
    return feature;
  };
  return featuresOf;
}

/**
 * A figure with no counted thing right after a reporting verb, after "put it at", or after a pronoun and a copula with
 * nothing it measures ("it was 28 percent full") answers the nearest earlier figure in the same or the previous
 * sentence, with the same unit and a counted thing or topic: "the provincial government said 12,600" counts the people
 * of "3,300 people had fled". `featuresOf` gives an earlier figure's final features.
 */
function answerFrom(figures: readonly SourcedFigure[], featuresOf: (index: number) => Features, index: number, feature: Features): void {
  if (feature.head) return;
  const tokens = tokenize(feature.figure.sentence);
  const from = tokenIndexAt(tokens, feature.figure.mention.start);
  const afterPronoun = ANSWER_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && ANSWER_PRONOUNS.has(tokens[from - 2]?.lower ?? '');
  const afterVerb = REPORTING.has(tokens[from - 1]?.lower ?? '');
  // "The anglers said it was 28 percent full": the pronoun stands for what the earlier figure measured.
  const pronounSubject = !feature.topic.length && ANSWER_COPULAS.has(tokens[from - 1]?.lower ?? '') && ANSWER_PRONOUNS.has(tokens[from - 2]?.lower ?? '');
  if (!afterPronoun && !afterVerb && !pronounSubject) return;
  for (let i = index - 1; i >= 0; i--) {
    if (feature.figure.sentenceIndex - figures[i]!.sentenceIndex > ANSWER_REACH) return;
    const earlier = featuresOf(i);
    if (earlier.figure.mention.unit !== feature.figure.mention.unit || earlier.figure.source === feature.figure.source) continue;
    if (!earlier.head && !earlier.topic.length) continue;
    if (earlier.head) feature.head = earlier.head;
    feature.topic = earlier.topic;
    feature.outcome ??= earlier.outcome;
    feature.rate ??= earlier.rate;
    return;
  }
}

/** A sentence's words for Features.words, made on the first call: most figures are never tested against a far dispute. */
function sentenceWords(tokens: readonly Token[]): () => ReadonlySet<string> {
  let words: Set<string> | undefined;
  return () => (words ??= new Set(tokens.map(({ lower }) => (lower.includes("'") ? lower.replace(/'s?$/, '') : lower))));
}

/** Whether the later sentence names the earlier figure's source ("rejected the board's number"). */
function namesSource(later: Features, earlier: Features): boolean {
  const own = new Set((later.figure.source ?? '').toLowerCase().split(/\s+/));
  return (earlier.figure.source ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.length > 3 && !FILLERS.has(word) && !own.has(word) && later.words().has(word));
}

/** A dispute word in the later sentence ties the two figures: two sentences on, anywhere in the same paragraph, or when it names the other source. */
function disputeLinks(a: Features, b: Features): boolean {
  const [earlier, later] = a.figure.sentenceIndex <= b.figure.sentenceIndex ? [a, b] : [b, a];
  if (!later.disputes) return false;
  if (later.figure.sentenceIndex - earlier.figure.sentenceIndex <= DISPUTE_REACH) return true;
  const sameParagraph = later.figure.paragraph !== undefined && later.figure.paragraph === earlier.figure.paragraph;
  return sameParagraph || namesSource(later, earlier);
}

/** Whether two figures measure the same quantity: same unit, outcome and rate, not a total against one of its parts, and the same counted thing or topic. */
export function sameQuantity(a: Features, b: Features): boolean {
  if (a.figure.mention.unit !== b.figure.mention.unit) return false;
  if (a.outcome && b.outcome && a.outcome !== b.outcome) return false;
  if (a.rate !== b.rate || a.change !== b.change) return false;
  // "rose by 15 percent last month" and "20 percent lower than a year ago" are different changes.
  const differ = (x: string | undefined, y: string | undefined) => Boolean(x && y && x !== y);
  if (differ(a.direction, b.direction) || differ(a.period, b.period)) return false;
  if (a.scope && b.scope && a.scope !== b.scope) return false;
  if (a.head && b.head) {
    // Two measures in one unit are one quantity only when they measure the same thing: "190 kilometers" up and "3,600 kilometers" away are not.
    if (a.head === b.head && a.measure && b.measure) {
      if (a.measured && b.measured) return a.measured === b.measured;
      return a.topic.some((word) => b.topic.includes(word)) || disputeLinks(a, b);
    }
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
