// Reads the noun phrases around a reporting cue: the one before it, after it, and the head of its clause's subject.

import { REPORTING_BY_LANGUAGE, type PronounKind, type ReportingVocabulary } from '../vocabulary/reporting';
import { endsTimePhrase, isNumberCompound, joinsName } from './name-joins';
import { isCapitalised, isWord, type Token } from './sentences';

export { isCapitalised, isWord };

/** A language's reporting vocabulary as sets, built once per language. */
export interface Grammar {
  readonly vocabulary: ReportingVocabulary;
  readonly verbs: ReadonlySet<string>;
  /** Every single-word cue form (verbs, clause, quote and noun-like verbs) and one-word source prepositions: none sits in a name. */
  readonly cueWords: ReadonlySet<string>;
  readonly clauseVerbs: ReadonlySet<string>;
  /** ReportingVocabulary.findingVerbs. */
  readonly findingVerbs: ReadonlySet<string>;
  readonly particleVerbs: ReadonlyMap<string, readonly string[]>;
  readonly quoteVerbs: ReadonlySet<string>;
  readonly nounLikeVerbs: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly clauseWords: ReadonlySet<string>;
  /** Clause words that are not prepositions: a subject may follow them ("that", "while", "wie"). */
  readonly clauseOpeners: ReadonlySet<string>;
  readonly coordinators: ReadonlySet<string>;
  /** ReportingVocabulary.groupAsideOpeners. */
  readonly groupAsideOpeners: ReadonlySet<string>;
  readonly complementizers: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly joining: ReadonlySet<string>;
  readonly absolutePrepositions: ReadonlySet<string>;
  readonly nameConjunctions: ReadonlySet<string>;
  readonly objectCues: ReadonlySet<string>;
  readonly objectPronouns: ReadonlySet<string>;
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** Object prepositions and the language's adverbial ones: they open an adverbial between a cue and its content. */
  readonly adverbialPrepositions: ReadonlySet<string>;
  readonly timeModifiers: ReadonlySet<string>;
  readonly timePrepositions: ReadonlySet<string>;
  readonly objectPrepositions: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
  readonly passives: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, PronounKind>;
  readonly roles: ReadonlySet<string>;
  readonly spokesRoles: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  readonly dataNouns: ReadonlySet<string>;
  /** Lower-case words with these endings are verbs and end a noun phrase ("The governor toured"). */
  readonly verbForm?: RegExp;
  readonly quantities: ReadonlySet<string>;
  readonly nonSources: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly feminine: ReadonlySet<string>;
  readonly masculine: ReadonlySet<string>;
}

const grammars = new Map<string, Grammar>();

/** The grammar for a BCP 47 tag's primary language; languages without a vocabulary read as English. */
export function grammarFor(locale: string): Grammar {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  const vocabulary = REPORTING_BY_LANGUAGE[language] ?? REPORTING_BY_LANGUAGE.en!;
  let grammar = grammars.get(language);
  if (grammar) return grammar;
  const set = (words: readonly string[]) => new Set(words);
  const objectPrepositions = set(vocabulary.objectPrepositions);
  grammar = {
    vocabulary,
    verbs: set(vocabulary.verbs),
    cueWords: set([
      ...vocabulary.verbs, ...(vocabulary.clauseVerbs ?? []), ...(vocabulary.quoteVerbs ?? []),
      ...vocabulary.sourcePrepositions.filter((phrase) => !phrase.includes(' ')),
    ]),
    clauseVerbs: set(vocabulary.clauseVerbs ?? []),
    findingVerbs: set(vocabulary.findingVerbs ?? []),
    particleVerbs: new Map(Object.entries(vocabulary.particleVerbs)),
    quoteVerbs: set(vocabulary.quoteVerbs ?? []),
    nounLikeVerbs: set(vocabulary.nounLikeVerbs),
    articles: set(vocabulary.articles),
    determiners: set(vocabulary.determiners),
    clauseWords: set(vocabulary.clauseWords),
    clauseOpeners: set(vocabulary.clauseWords.filter((word) => !objectPrepositions.has(word))),
    coordinators: set(vocabulary.coordinators),
    groupAsideOpeners: set(vocabulary.groupAsideOpeners ?? []),
    complementizers: set(vocabulary.complementizers),
    relativePronouns: set(vocabulary.relativePronouns),
    joining: set(vocabulary.joiningPrepositions),
    absolutePrepositions: set(vocabulary.absolutePrepositions ?? []),
    nameConjunctions: set(vocabulary.nameConjunctions ?? []),
    objectCues: set(vocabulary.objectCues ?? []),
    objectPronouns: set(vocabulary.objectPronouns ?? []),
    infinitiveMarkers: set(vocabulary.infinitiveMarkers ?? []),
    adverbialPrepositions: set([...vocabulary.objectPrepositions, ...(vocabulary.adverbialPrepositions ?? [])]),
    timeModifiers: set(vocabulary.timeModifiers ?? []),
    timePrepositions: set(vocabulary.timePrepositions ?? []),
    objectPrepositions,
    modals: set(vocabulary.modals),
    auxiliaries: set(vocabulary.auxiliaries),
    passives: set(vocabulary.passives),
    pronouns: new Map(Object.entries(vocabulary.pronouns)),
    roles: set(vocabulary.roleNouns),
    spokesRoles: set(vocabulary.spokesRoles),
    organisations: set(vocabulary.organisationNouns),
    timeWords: set(vocabulary.timeWords),
    dataNouns: set(vocabulary.dataNouns),
    ...(vocabulary.verbEndings ? { verbForm: new RegExp(`^\\p{Ll}{3,}(?:${vocabulary.verbEndings.join('|')})$`, 'u') } : {}),
    quantities: set(vocabulary.quantityNouns),
    nonSources: set(vocabulary.nonSources),
    honorifics: set(vocabulary.honorifics),
    feminine: set(vocabulary.feminine),
    masculine: set(vocabulary.masculine),
  };
  grammars.set(language, grammar);
  return grammar;
}

/** Tokens [from, to] of a noun phrase, both inclusive. */
export interface Phrase {
  from: number;
  to: number;
}

const MAX_PHRASE_WORDS = 8;
const ELIDED_ARTICLE = /^[ld]['’]/i;


/** "E" in "Greta E. Holmberg": one capital letter and a full stop, never an article or a conjunction. */
function isInitial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return Boolean(token && token.text.length === 1 && isCapitalised(token) && tokens[index + 1]?.text === '.');
}

/** "Dr", "Sen" and initials before "." inside a name. */
function isAbbreviationDot(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  return tokens[index]?.text === '.' && isCapitalised(before) && before!.text.length <= 4 && isCapitalised(tokens[index + 1]);
}

/** An article or possessive of the language at `index`, never an initial ("A." in "Idris A. Kemal"). */
export const isArticle = (grammar: Grammar, tokens: readonly Token[], index: number): boolean =>
  grammar.articles.has(tokens[index]?.lower ?? '') && !isInitial(tokens, index);

/** "(R-Neb.)" or "(D-Minn.)" ending at token `close`: the index of its "(", or -1. */
export function parenthesisStart(tokens: readonly Token[], close: number): number {
  if (tokens[close]?.text !== ')') return -1;
  for (let i = close - 1; i >= 0 && close - i <= 8; i--) if (tokens[i]!.text === '(') return i;
  return -1;
}

/** "retired" in "a retired nurse": an -ed word right after an article, before a noun, describes it ("the filing" alone is a noun). */
function isModifier(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return isArticle(grammar, tokens, index - 1) && isWord(next) && !grammar.clauseWords.has(next!.lower) && !grammar.verbs.has(next!.lower);
}

/** Whether a token may sit inside a source's noun phrase. */
function fitsPhrase(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (isAbbreviationDot(tokens, index) || isInitial(tokens, index) || joinsName(grammar, tokens, index) || isNumberCompound(tokens, index)) return true;
  if (!isWord(token) || grammar.cueWords.has(token.lower) || grammar.auxiliaries.has(token.lower) || grammar.passives.has(token.lower)) return false;
  // "May" and "Will" are names; "may" and "will" are modals.
  if (grammar.modals.has(token.text) || (grammar.verbForm?.test(token.text) && !isModifier(grammar, tokens, index) && !isArticle(grammar, tokens, index - 1))) return false;
  if (!grammar.clauseWords.has(token.lower) && !grammar.joining.has(token.lower)) return true;
  // "Ministry of Health", "Ministerio de Salud": a joining word between two capitalised words.
  return grammar.joining.has(token.lower) && isCapitalised(tokens[index - 1]) && isCapitalised(tokens[index + 1]);
}

/** The noun phrase ending at token `end`, walking back to a clause boundary or a leading article; null when there is none. */
export function phraseBefore(grammar: Grammar, tokens: readonly Token[], end: number): Phrase | null {
  // "an estimated 2,000": an article right before the cue makes it an adjective.
  if (isArticle(grammar, tokens, end)) return null;
  let from = end + 1;
  for (let i = end; i >= 0 && end - i < MAX_PHRASE_WORDS; i--) {
    if (i < end && isArticle(grammar, tokens, i)) return { from: i, to: end };
    if (!fitsPhrase(grammar, tokens, i) || (i < end && endsTimePhrase(grammar, tokens, i))) break;
    from = i;
  }
  return from <= end ? { from, to: end } : null;
}

/** The noun phrase starting at token `start`: an optional article, then words up to a boundary. */
export function phraseAfter(grammar: Grammar, tokens: readonly Token[], start: number): Phrase | null {
  let i = isArticle(grammar, tokens, start) ? start + 1 : start;
  const firstWord = i;
  while (i < tokens.length && i - start < MAX_PHRASE_WORDS && !isArticle(grammar, tokens, i) && fitsPhrase(grammar, tokens, i)) {
    // German nouns are capitalised: "der Veranstalter kamen" ends before the verb.
    if (grammar.vocabulary.capitalisedNouns && i > firstWord && !isCapitalised(tokens[i]) && isCapitalised(tokens[i - 1])) break;
    i++;
  }
  while (i > firstWord && !isWord(tokens[i - 1]) && !isAbbreviationDot(tokens, i - 1)) i--;
  return i > firstWord ? { from: start, to: i - 1 } : null;
}

/** Whether the token before a phrase lets it be a subject: the sentence start, punctuation, or a clause opener such as "that". */
export function opensClause(grammar: Grammar, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  // A reporting verb opens its content clause: "South Africa said Mr Mugabe had told …".
  return !token || !isWord(token) || grammar.clauseOpeners.has(token.lower) || grammar.relativePronouns.has(token.lower) || grammar.cueWords.has(token.lower) ||
    endsTimePhrase(grammar, tokens, index);
}

/** Index of the first token of the clause holding token `index`: after punctuation, a quotation mark or a clause opener (not one before a time word). */
export function clauseStart(grammar: Grammar, tokens: readonly Token[], index: number): number {
  let i = index;
  while (i > 0) {
    const before = tokens[i - 1]!;
    if (!isWord(before) && before.opens !== 'number' && !isAbbreviationDot(tokens, i - 1)) return i;
    // Before a time word ("before dawn", "after Monday", "until midnight") a clause opener is a preposition.
    const governsTime = grammar.timeWords.has(tokens[i]!.lower);
    if (grammar.clauseOpeners.has(before.lower) && !grammar.joining.has(before.lower) && !governsTime) return i;
    i--;
  }
  return 0;
}

/**
 * The head of a clause's subject, from `start`: "Doctors" in "Doctors at the only hospital …", "deputy head of the
 * border guard's eastern command" (a role's or body's "of"/"de" complement stays), "ferry operator" in "A spokesman
 * for the ferry operator" (with `spokesRole` the spokesman's phrase). Null when the clause opens with no noun phrase.
 */
export function clauseSubject(grammar: Grammar, tokens: readonly Token[], start: number): { main: Phrase; spokesRole?: Phrase } | null {
  const head = phraseAfter(grammar, tokens, start);
  if (!head) return null;
  const headWord = tokens[head.to]!.lower.replace(ELIDED_ARTICLE, '');
  const headWords = tokens.slice(head.from, head.to + 1).map((token) => token.lower.replace(ELIDED_ARTICLE, ''));
  const link = tokens[head.to + 1];
  if (!link) return { main: head };
  if (grammar.quantities.has(headWord) && grammar.joining.has(link.lower)) {
    const counted = phraseAfter(grammar, tokens, head.to + 2);
    if (counted) return { main: counted };
  }
  if (grammar.spokesRoles.has(headWord) && /^(?:for|of|at|from|de|del|du|des|di|della|do|da|für|der)$/.test(link.lower)) {
    const body = phraseAfter(grammar, tokens, head.to + 2);
    if (body) return { main: body, spokesRole: head };
  }
  if (grammar.joining.has(link.lower) && headWords.some((word) => grammar.roles.has(word) || grammar.organisations.has(word))) {
    const complement = phraseAfter(grammar, tokens, head.to + 2);
    if (complement && complement.to - head.to <= MAX_PHRASE_WORDS) return { main: { from: head.from, to: complement.to } };
  }
  return { main: head };
}

/** Whether the phrase's head may be a speaker after a long stretch: capitalised, a role or a body ("nations" in "nations in the south" is not). */
export function isSpeakerHead(grammar: Grammar, tokens: readonly Token[], phrase: Phrase): boolean {
  const words = tokens.slice(phrase.from, phrase.to + 1).filter((token, k) => isWord(token) && !isArticle(grammar, tokens, phrase.from + k));
  const known = (word: string) => grammar.roles.has(word) || grammar.organisations.has(word) || grammar.roles.has(word.replace(/s$/, ''));
  return words.some((token) => isCapitalised(token) || known(token.lower.replace(ELIDED_ARTICLE, '')));
}
