// Where an attribution makes the rest of a clause someone else's words, for the opinion-language analysis (lib/text/subjectivity.ts).
import { tokenIndexAt, type Token } from './sentences';
import { matchPatterns, type CueHit, type indexPatterns } from './cue-matcher';

/** The grammar words the rule reads (compiled from a language's SubjectivityVocabulary by lib/text/subjectivity.ts). */
export interface AttributionWords {
  attributionVerbs: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  notSubjects: ReadonlySet<string>;
  genericSubjects: ReadonlySet<string>;
  skippable: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  subjectStops: ReadonlySet<string>;
  sourcePrepositions: ReturnType<typeof indexPatterns>;
}

/** Words after an attribution verb up to the clause end, at most, for it to be a trailing tag ("…, the minister said on Tuesday."). */
const TAIL_WORDS = 3;
/** How far back a subject's noun phrase may reach from its verb. */
const SUBJECT_WORDS = 8;
const QUOTE_MARK = /^["“”«»„‘’']$/u;

const CLAUSE_MARKS = new Set([';', '—', '–']);
const isWord = (token: Token | undefined) => token !== undefined && (token.opens === 'letter' || token.opens === 'number');

/**
 * Where each clause stops counting as the writer's voice: from a reporting verb's third-party
 * subject ("the minister warned that…", "critics called it…") to the clause end, or the whole
 * clause for a trailing tag ("…, officials said") or "according to…". Keyed by the clause's first
 * token. An attribution inside the writer's own prescription or stance ("it is high time that
 * nations reject…") is the writer speaking and is not discounted. Linear in the sentence length.
 */
export function attributedFrom(text: string, tokens: Token[], hits: CueHit[], vocabulary: AttributionWords): ((position: number) => boolean) | null {
  const clauseStart: number[] = [];
  const clauseEnd: number[] = [];
  const wordsBefore: number[] = [0];
  const breaks = tokens.map((token) => CLAUSE_MARKS.has(token.text) || vocabulary.clauseBreaks.has(token.lower));
  tokens.forEach((token, index) => {
    clauseStart[index] = index > 0 && !breaks[index - 1] ? clauseStart[index - 1]! : index;
    wordsBefore[index + 1] = wordsBefore[index]! + (isWord(token) ? 1 : 0);
  });
  for (let index = tokens.length - 1; index >= 0; index--) clauseEnd[index] = index + 1 < tokens.length && !breaks[index + 1] ? clauseEnd[index + 1]! : index + 1;
  const hitStarts = new Set(hits.map((hit) => hit.start));
  const frameStart = new Map<number, number>();
  for (const hit of hits) {
    if (hit.kind !== 'prescriptive' && hit.kind !== 'stance') continue;
    const clause = clauseAt(tokens, clauseStart, hit.start);
    frameStart.set(clause, Math.min(hit.start, frameStart.get(clause) ?? Infinity));
  }
  const from = new Map<number, number>();
  for (const { match } of matchPatterns(vocabulary.sourcePrepositions, text, tokens)) {
    const clause = clauseAt(tokens, clauseStart, match.index);
    discount(frameStart, from, clause, offsetOf(text, tokens, clause));
  }
  tokens.forEach((token, index) => {
    // A verb that opens a cue phrase ("says more about") or a noun after a cue adjective ("lofty promises") reports nobody.
    if (!vocabulary.attributionVerbs.has(token.lower) || hitStarts.has(token.start)) return;
    let before = index - 1;
    while (before >= 0 && (vocabulary.skippable.has(tokens[before]!.lower) || /^\p{L}{3,}ly$/u.test(tokens[before]!.lower))) before--;
    const previous = tokens[before];
    const following = tokens[index + 1];
    if (!previous || hitStarts.has(previous.start) || vocabulary.genericSubjects.has(following?.lower ?? '')) return;
    // After a comma or a quote the subject follows (", said the minister") or the verb is a participle (", warning of…").
    const inverted = (previous.text === ',' || QUOTE_MARK.test(previous.text))
      && (token.lower.endsWith('ing') || (isWord(following) && !vocabulary.subjectStops.has(following!.lower)));
    if (!inverted && (!isWord(previous) || vocabulary.firstPerson.has(previous.lower) || vocabulary.notSubjects.has(previous.lower))) return;
    const clause = clauseStart[index]!;
    let subject = before;
    while (!inverted && subject > clause && before - subject < SUBJECT_WORDS && isWord(tokens[subject - 1]) && !vocabulary.subjectStops.has(tokens[subject - 1]!.lower)) subject--;
    if (!inverted && tokens.slice(Math.max(clause, subject - 2), before + 1).some((word) => vocabulary.genericSubjects.has(word.lower))) return;
    const wordsAfter = wordsBefore[clauseEnd[index]!]! - wordsBefore[index + 1]!;
    const tag = inverted || (wordsAfter <= TAIL_WORDS && (subject === clause || !isWord(tokens[subject - 1])));
    discount(frameStart, from, clause, offsetOf(text, tokens, tag ? clause : subject));
  });
  return from.size ? (position) => position >= (from.get(clauseAt(tokens, clauseStart, position)) ?? Infinity) : null;
}

/** A token's start offset, or the text's end past the last token. */
function offsetOf(text: string, tokens: readonly Token[], index: number): number {
  return tokens[index]?.start ?? text.length;
}

/** The first token of the clause holding sentence offset `position`. */
function clauseAt(tokens: readonly Token[], clauseStart: readonly number[], position: number): number {
  return clauseStart[Math.min(tokenIndexAt(tokens, position), tokens.length - 1)] ?? 0;
}

/** Marks `clause` as someone else's words from `start`, unless the writer's own frame opens the clause before it. */
function discount(frameStart: ReadonlyMap<number, number>, from: Map<number, number>, clause: number, start: number): void {
  if (!((frameStart.get(clause) ?? Infinity) < start)) from.set(clause, Math.min(start, from.get(clause) ?? Infinity));
}
