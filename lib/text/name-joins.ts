// Words that join a source's name or end the phrase before it: "&" and "and" inside organisation names, number compounds, time phrases.

import type { Grammar } from './phrases';
import { isCapitalised, isWord, type Token } from './sentences';

/** Capitalised words, with "of" and name conjunctions between them, from `index` stepping by `step` (1 or -1). */
function capitalisedRun(grammar: Grammar, tokens: readonly Token[], index: number, step: 1 | -1): Token[] {
  const run: Token[] = [];
  for (let i = index; tokens[i] && (isCapitalised(tokens[i]) || grammar.joining.has(tokens[i]!.lower) || grammar.nameConjunctions.has(tokens[i]!.lower)); i += step) run.push(tokens[i]!);
  return run;
}

/**
 * "&" in "World Travel & Tourism Council", "and" in "Guild of Weavers and Dyers": a name conjunction between capitalised
 * words, "and" only when the capitalised words around it name an organisation (never "Leo Brandt and Nina Cole").
 */
export function joinsName(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (!grammar.nameConjunctions.has(token.lower) || !isCapitalised(tokens[index - 1]) || !isCapitalised(tokens[index + 1])) return false;
  if (!isWord(token)) return true;
  const around = [...capitalisedRun(grammar, tokens, index - 1, -1), ...capitalisedRun(grammar, tokens, index + 1, 1)];
  return around.some((word) => grammar.organisations.has(word.lower));
}

/**
 * "Tuesday" in "On Tuesday Port Selkirk's board said", "year" in "Last year Port …": a time phrase's last word before a
 * name, never part of one ("The Sunday Times", "in Tuesday night's coup").
 */
export function endsTimePhrase(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const timePhrase = !before || grammar.objectPrepositions.has(before.lower) || grammar.timeModifiers.has(before.lower);
  return timePhrase && grammar.timeWords.has(tokens[index]?.lower ?? '') && isCapitalised(tokens[index + 1]);
}

/** "9-member" in "the 9-member harbour board": a number compound before a word. */
export const isNumberCompound = (tokens: readonly Token[], index: number) => /^[\d.,]+-\p{L}+$/u.test(tokens[index]!.text) && isWord(tokens[index + 1]);
