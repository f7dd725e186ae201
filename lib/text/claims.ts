// The content of a claim: where it starts after its cue, whether a span holds any, unmatched quotation marks at its ends, and the content a bare cue borrows (next paragraph after a colon, the quotation just before).

import type { AnalysedText } from './document';
import { isWord, phraseAfter, type Grammar } from './phrases';
import type { Token } from './sentences';
import { ADVERB } from './subjects';

/** Words between a cue and its "that" read whatever they are: "said on Monday that". */
const COMPLEMENT_REACH = 3;

const isTimeWord = (grammar: Grammar, token: Token | undefined) => Boolean(token && (grammar.timeWords.has(token.lower) || grammar.timeModifiers.has(token.lower)));

/**
 * Index of the first token past the adverbials that start at token `from`: time phrases ("late Thursday", "earlier
 * this week", "after Yoon's address"), adverbs of manner ("quietly") and prepositional phrases ("on Monday", "by
 * phone", "in a televised address"); with `timed`, only those that tell a time or a manner ("in a televised address
 * Wednesday evening", never "about the deficit"). `from` when none.
 */
export function skipAdverbials(grammar: Grammar, tokens: readonly Token[], from: number, timed = false): number {
  let k = from;
  for (;;) {
    const token = tokens[k];
    if (!token) return k;
    if (isTimeWord(grammar, token) || ADVERB.test(token.text)) {
      k++;
      continue;
    }
    const timePreposition = grammar.timePrepositions.has(token.lower);
    const object = timePreposition || grammar.adverbialPrepositions.has(token.lower) ? phraseAfter(grammar, tokens, k + 1) : null;
    // "of himself and fellow party members": coordinated objects are one.
    while (object && grammar.coordinators.has(tokens[object.to + 1]?.lower ?? '')) {
      const more = phraseAfter(grammar, tokens, object.to + 2);
      if (!more) break;
      object.to = more.to;
    }
    if (!object || (timed && !timePreposition && !tokens.slice(object.from, object.to + 1).some((word) => isTimeWord(grammar, word)))) return k;
    k = object.to + 1;
  }
}

/**
 * Whether tokens from `from` up to sentence offset `end` hold no word or number past their adverbials ("late
 * Thursday.", "in a televised address on Friday"); with `timed`, past their time phrases only.
 */
export function onlyAdverbials(grammar: Grammar, tokens: readonly Token[], from: number, end = Infinity, timed = false): boolean {
  for (let i = skipAdverbials(grammar, tokens, from, timed); i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.start < end && (isWord(token) || token.opens === 'number')) return false;
  }
  return true;
}

/** Token index past the person told after an object cue ending before `cueEnd` ("told the inspector", "told her"); `cueEnd` for other cues. */
export function objectEnd(grammar: Grammar, tokens: readonly Token[], cueEnd: number): number {
  const first = tokens[cueEnd]?.lower ?? '';
  if (!grammar.objectCues.has(tokens[cueEnd - 1]?.lower ?? '')) return cueEnd;
  if (grammar.objectPronouns.has(first)) return cueEnd + 1;
  // "told they had looked": a subject pronoun opens the content; "told Samus it was time": the object ends before one.
  const object = grammar.pronouns.has(first) || grammar.complementizers.has(first) ? null : phraseAfter(grammar, tokens, cueEnd);
  if (!object) return cueEnd;
  let end = cueEnd + 1;
  while (end <= object.to && !grammar.pronouns.has(tokens[end]!.lower) && !grammar.objectPronouns.has(tokens[end]!.lower)) end++;
  return end;
}

/** "told residents to leave": an object cue before an infinitive gives an order, not a report. */
export function isOrder(grammar: Grammar, tokens: readonly Token[], cueEnd: number): boolean {
  const end = objectEnd(grammar, tokens, cueEnd);
  return end > cueEnd && grammar.infinitiveMarkers.has(tokens[end]?.lower ?? '');
}

/**
 * Token index where the content of the cue ending before token `cueEnd` starts: past the person told ("told the
 * inspector", "told The Times", "told her") and adverbials ("on Wednesday", "by phone") when "that" follows, or
 * after an object and a phrase of time when a clause follows; past "that" within a few words ("said on Monday
 * that"); the token count when the object (and a time) ends the sentence ("told the council."); else `cueEnd`.
 */
export function contentStart(grammar: Grammar, tokens: readonly Token[], cueEnd: number): number {
  const k = objectEnd(grammar, tokens, cueEnd);
  const after = skipAdverbials(grammar, tokens, k);
  if (grammar.complementizers.has(tokens[after]?.lower ?? '')) return after + 1;
  for (let j = cueEnd; j < tokens.length && j - cueEnd <= COMPLEMENT_REACH; j++) {
    if (grammar.complementizers.has(tokens[j]!.lower)) return j + 1;
    if (!isWord(tokens[j]) || grammar.cueWords.has(tokens[j]!.lower)) break;
  }
  // "told The Times the plan was dead", "told the BBC 18 ships were waiting": after the object and a phrase of time, a
  // clause (opening with a word, a number or a quotation mark); never "told us of a world".
  const timed = skipAdverbials(grammar, tokens, k, true);
  // "The mayor told the council.": the person told and a time are all there is; the claim is empty, not the object.
  // Not after a dotted abbreviation ("told the U.N."): the sentence may have been cut there, its content in the next.
  const endsAtObject = tokens.slice(timed).every((token) => !isWord(token) && token.opens !== 'number' && !/^["“«„]$/.test(token.text));
  if (k > cueEnd && endsAtObject && !/\.$/.test(tokens[timed - 1]?.text ?? '')) return tokens.length;
  const next = tokens[timed];
  const opensContent = next && (isWord(next) || next.opens === 'number' || /^["“«„]$/.test(next.text)) && !grammar.clauseWords.has(next.lower) && !grammar.adverbialPrepositions.has(next.lower);
  return k > cueEnd && opensContent ? timed : cueEnd;
}

/**
 * Whether the tokens before index `end` are only a participle phrase ("Asked about pay", "When pressed on the
 * deadline", "Speaking to reporters"): an optional clause opener, a verb form of the language's verb endings (English
 * -ed/-ing, lib/vocabulary), then a preposition or a clause word, with no quotation mark, number or second verb form
 * ("Spending on roads doubled", "Spending on roads rose 5 percent" are clauses). Such a phrase sets the scene for the
 * speaker; it is not what was said.
 */
export function isParticiplePhrase(grammar: Grammar, tokens: readonly Token[], end: number): boolean {
  const words = tokens.slice(0, end);
  if (!grammar.verbForm || words.some((token) => /^["“”«»„]$/.test(token.text))) return false;
  const first = grammar.clauseOpeners.has(words[0]?.lower ?? '') ? 1 : 0;
  const [verb, next] = [words[first], words[first + 1]];
  if (!verb || !next || !isWord(verb) || !grammar.verbForm.test(verb.lower)) return false;
  const verbForm = grammar.verbForm;
  // A verb form after an article or determiner modifies a noun ("the opening date").
  const isVerb = (token: Token, at: number) => verbForm.test(token.lower) && !grammar.articles.has(words[at - 1]!.lower) && !grammar.determiners.has(words[at - 1]!.lower);
  const clauseAfter = words.some((token, at) => at > first && (token.opens === 'number' || isVerb(token, at) || grammar.auxiliaries.has(token.lower)));
  return !clauseAfter && (grammar.adverbialPrepositions.has(next.lower) || grammar.timePrepositions.has(next.lower) || grammar.clauseWords.has(next.lower));
}

/**
 * A dateline: a place in capitals, maybe a state or country ("ST. PETERSBURG, Fla."), maybe a news agency in
 * brackets ("(AP)"), then a dash; or the agency alone where the place was split off as its own sentence.
 */
const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu}\s.,'’-]*?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)?\s*(?:\([^()]{1,30}\)\s*)?|\([^()]{1,30}\)\s*)[—–]\s*/u;

/**
 * Offset past the dateline that opens a paragraph's first sentence ("LONDON — ", "MOSCOW (AP) — "), or past a bare
 * agency ("(Reuters) — ") at any sentence's start; 0 when none. The wire-service dateline tells where the story was
 * filed, not what anyone said.
 */
export function datelineEnd(text: string, opensParagraph: boolean): number {
  const match = DATELINE.exec(text);
  if (!match || (!opensParagraph && !match[0].startsWith('('))) return 0;
  return match[0].length;
}

/** Offsets of the span's quotation marks that have no partner inside it: curly and angled marks paired by nesting, straight ones from the left. */
function unmatchedMarks(text: string, start: number, end: number): number[] {
  const open: number[] = [];
  const unmatched: number[] = [];
  let straight = -1;
  // By character code, one comparison per character: “ « „ open, ” » close, " either.
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x201c || code === 0xab || code === 0x201e) open.push(at);
    else if ((code === 0x201d || code === 0xbb) && open.pop() === undefined) unmatched.push(at);
    else if (code === 0x22) straight = straight < 0 ? at : -1;
  }
  return [...unmatched, ...open, ...(straight < 0 ? [] : [straight])];
}

/**
 * `text[start, end)` without a quotation mark at either end that has no partner inside, nor the spaces and commas it
 * leaves: `it's in the tens of thousands,"` after a quotation that opened in an earlier sentence, `“Nobody was told.`
 * before one that runs on; `“Listen,” she said, “that's mine.` keeps its first mark.
 */
export function balanceQuotes(text: string, start: number, end: number): [number, number] {
  const unmatched = unmatchedMarks(text, start, end);
  let [from, to] = [start, end];
  if (unmatched.includes(from)) from++;
  else if (unmatched.includes(to - 1)) to--;
  else return [start, end];
  while (from < to && /[\s,;:]/.test(text[from]!)) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1]!)) to--;
  return [from, to];
}

/**
 * What the next paragraph says, when sentence `index` ends its paragraph with a colon ("President Obama also
 * said:"): the quotation that opens it, else the whole paragraph. Undefined otherwise.
 */
export function contentAfterColon(text: AnalysedText, index: number): string | undefined {
  const sentence = text.sentences[index];
  if (!sentence || !/:\s*$/.test(sentence.text) || text.sentences[index + 1]?.paragraph === sentence.paragraph) return undefined;
  const next = text.paragraphs[sentence.paragraph + 1];
  const opening = text.quotations[sentence.paragraph + 1]?.[0];
  if (next && opening?.closed && !next.slice(0, opening.start).trim()) return next.slice(opening.start, opening.end);
  return next?.trim() || undefined;
}

/**
 * The quotation that ends the sentence before sentence `index` in its paragraph, when `index` opens with its speaker
 * and cue and says nothing more ("“… a co-author!” Rothman said." split after "!”"). Undefined otherwise.
 */
export function quotationBefore(text: AnalysedText, index: number): string | undefined {
  const [sentence, previous] = [text.sentences[index], text.sentences[index - 1]];
  if (!sentence || !previous || previous.paragraph !== sentence.paragraph) return undefined;
  const end = previous.start + previous.text.trimEnd().length;
  const span = text.quotations[sentence.paragraph]?.find((quotation) => quotation.closed && quotation.end === end);
  return span && text.paragraphs[sentence.paragraph]!.slice(span.start, span.end);
}
