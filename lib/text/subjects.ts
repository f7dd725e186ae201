// Finds the speaker of one reporting cue: the subject before it, the speaker after it (inversion, "according to"), or the subject of the clause it continues.

import type { Cue } from './cues';
import { isQuoted, type AnalysedSentence } from './document';
import {
  clauseStart, clauseSubject, isArticle, isCapitalised, isSpeakerHead, isWord, opensClause, parenthesisStart,
  phraseAfter, phraseBefore, type Grammar, type Phrase,
} from './phrases';
import type { Token } from './sentences';

/** Token phrases naming a speaker. */
export interface Subject {
  main: Phrase;
  /** An apposition ("Ana Ruiz, the clinic's director") or the spokesperson of "a spokesman for the ministry". */
  apposition?: Phrase;
  /** The speaker follows the cue ("…," said the mayor; according to the ministry). */
  inverted?: boolean;
  /** The cue opens a subordinate clause ("comme l'a souligné l'Arcep, …"): the content follows the speaker. */
  subordinate?: boolean;
  /** The speaker is a passive cue's agent ("described as … by the department"): what was said runs up to "by". */
  passive?: boolean;
}

const PARTICIPLE = /(?:ing|ando|endo|ant)$/;
/** "repeatedly", "quietly", "rápidamente": an adverb of manner. */
export const ADVERB = /^\p{Ll}{3,}(?:ly|mente)$/u;
const QUOTE_CLOSE = /^["”»“’']$/;
const MAX_ASIDE = 16;
/** Words between a passive cue and its agent: "described as “heartbreaking” by the department". */
const AGENT_REACH = 8;

/** "repeatedly", "reportedly": skipped before a cue; "the family", "the assembly" are nouns. */
const isAdverb = (grammar: Grammar, tokens: readonly Token[], index: number) =>
  ADVERB.test(tokens[index]!.text) && !isArticle(grammar, tokens, index - 1) && !grammar.organisations.has(tokens[index]!.lower) && !grammar.roles.has(tokens[index]!.lower);

const quoted = (sentence: AnalysedSentence, phrase: Phrase) =>
  isQuoted(sentence, sentence.tokens[phrase.from]!.start) || isQuoted(sentence, sentence.tokens[phrase.to]!.start);

/** "prosecutors in San Francisco and Los Angeles say": the phrase after "and" is a preposition's second object; gives the first. */
function coordinatedObject(grammar: Grammar, tokens: readonly Token[], phrase: Phrase): Phrase | null {
  if (!grammar.coordinators.has(tokens[phrase.from - 1]?.lower ?? '')) return null;
  const first = phraseBefore(grammar, tokens, phrase.from - 2);
  return first && grammar.objectPrepositions.has(tokens[first.from - 1]?.lower ?? '') ? first : null;
}

/** The subject phrase ending at token `end`; when it is a preposition's object, the head of its clause's subject instead. */
function subjectBefore(grammar: Grammar, sentence: AnalysedSentence, end: number): (Subject & { cut?: boolean }) | null {
  const { tokens } = sentence;
  const phrase = phraseBefore(grammar, tokens, end);
  if (!phrase || quoted(sentence, phrase)) return null;
  const timeOnly = grammar.timeWords.has(tokens[phrase.to]!.lower) && phrase.from === phrase.to;
  const coordinated = coordinatedObject(grammar, tokens, phrase);
  if (opensClause(grammar, tokens, phrase.from - 1) && !timeOnly && !coordinated) return { main: phrase };
  const head = clauseSubject(grammar, tokens, clauseStart(grammar, tokens, coordinated?.from ?? phrase.from));
  if (!head || head.main.from > phrase.from || quoted(sentence, head.main)) return null;
  if (!head.spokesRole && !isSpeakerHead(grammar, tokens, head.main)) return null;
  // Cut when the head leaves the phrase out ("A retired nurse" in "A retired nurse in Port Lessing"): an aside after it describes the place.
  const cut = head.main.to < phrase.to;
  return head.spokesRole ? { main: head.main, apposition: head.spokesRole, cut } : { main: head.main, cut };
}

/** "With 360 districts declared": the phrase ending at `end` is the object of an absolute "with" (numbers and determiners between). */
function absoluteObject(grammar: Grammar, tokens: readonly Token[], end: number): boolean {
  const phrase = phraseBefore(grammar, tokens, end);
  if (!phrase) return false;
  let lead = phrase.from - 1;
  while (lead >= 0 && (tokens[lead]!.opens === 'number' || grammar.quantities.has(tokens[lead]!.lower) || grammar.determiners.has(tokens[lead]!.lower))) lead--;
  return grammar.absolutePrepositions.has(tokens[lead]?.lower ?? '');
}

/** Whether an aside reads as a noun phrase ("the clinic's director", "chair of …", "one of the …"), not a clause ("issued threats"). */
function isNominal(grammar: Grammar, tokens: readonly Token[], aside: Phrase): boolean {
  const words = tokens.slice(aside.from, aside.to + 1);
  if (words.some((token) => grammar.cueWords.has(token.lower))) return false;
  const first = words[0]!;
  return isArticle(grammar, tokens, aside.from) || isCapitalised(first) || /'s$|’s$/.test(first.text) ||
    grammar.quantities.has(first.lower) || words.some((token) => grammar.roles.has(token.lower) || grammar.organisations.has(token.lower));
}

/** ", the clinic's director" or ", secrétaire du syndicat" after a phrase ending at `after`: up to the sentence end or a relative clause. */
function trailingRole(grammar: Grammar, tokens: readonly Token[], after: number): Phrase | undefined {
  if (tokens[after + 1]?.text !== ',') return undefined;
  let end = after + 2;
  while (end < tokens.length && end - after <= MAX_ASIDE && /^[\p{L}\p{M}\p{N}'’-]/u.test(tokens[end]!.text)) {
    if (grammar.relativePronouns.has(tokens[end]!.lower) || grammar.cueWords.has(tokens[end]!.lower)) break;
    end++;
  }
  const closes = !tokens[end] || /^[.;:!?,)"”»]$/.test(tokens[end]!.text) || grammar.relativePronouns.has(tokens[end]!.lower);
  const role = { from: after + 2, to: end - 1 };
  return closes && end > after + 2 && isNominal(grammar, tokens, role) ? role : undefined;
}

/** The speaker after the cue: "said the mayor.", "a déclaré jeudi le ministre", never "said the talks failed" or "said Thursday"; `withRole` reads a trailing ", role". */
function invertedSubject(grammar: Grammar, sentence: AnalysedSentence, from: number, withRole = true): Subject | null {
  const { tokens } = sentence;
  let start = from;
  while (grammar.timeWords.has(tokens[start]?.lower ?? '') && isWord(tokens[start + 1])) start++;
  const main = clauseSubject(grammar, tokens, start)?.main;
  if (!main || quoted(sentence, main)) return null;
  // "said the officials", "said Joe Carbone", "said officials": never "said tenants want shorter leases".
  const bareHead = { from: main.to, to: main.to };
  if (!isArticle(grammar, tokens, main.from) && !isCapitalised(tokens[main.from]) && !isSpeakerHead(grammar, tokens, bareHead)) return null;
  const next = tokens[main.to + 1];
  if (next && isWord(next) && !grammar.clauseWords.has(next.lower) && !grammar.timeWords.has(next.lower) && !grammar.relativePronouns.has(next.lower)) return null;
  const role = withRole ? trailingRole(grammar, tokens, main.to) : undefined;
  return role ? { main, apposition: role, inverted: true } : { main, inverted: true };
}

/** The source after "according to", "selon", "nach Angaben der": data nouns and their "from"/"de" are skipped. */
function sourceAfterPreposition(grammar: Grammar, sentence: AnalysedSentence, cue: Cue): Subject | null {
  const { tokens } = sentence;
  let i = cue.to;
  if (isArticle(grammar, tokens, i) && grammar.dataNouns.has(tokens[i + 1]?.lower ?? '')) i++;
  let skipped = i;
  while (grammar.dataNouns.has(tokens[skipped]?.lower ?? '')) skipped++;
  if (skipped > i && /^(?:from|of|by|de|del|des|du|di|dei|della|do|da|dos|der|von)$/.test(tokens[skipped]?.lower ?? '')) i = skipped + 1;
  const main = clauseSubject(grammar, tokens, i)?.main;
  if (!main || quoted(sentence, main)) return null;
  const role = trailingRole(grammar, tokens, main.to);
  return role && isCapitalised(tokens[role.from]) ? { main, apposition: role, inverted: true } : { main, inverted: true };
}

/** The sentence's opening subject, with its apposition: "Ruritania's Defence Minister, Ivo Sandor, issued …". */
function clauseOpening(grammar: Grammar, sentence: AnalysedSentence, start: number): Subject | null {
  const { tokens } = sentence;
  const own = clauseSubject(grammar, tokens, start);
  if (!own || quoted(sentence, own.main) || !isSpeakerHead(grammar, tokens, own.main)) return null;
  if (isWord(tokens[own.main.to + 1])) return { main: own.main };
  if (tokens[own.main.to + 1]?.text !== ',') return null;
  const apposition = phraseAfter(grammar, tokens, own.main.to + 2);
  const closed = apposition && tokens[apposition.to + 1]?.text === ',' && isNominal(grammar, tokens, apposition);
  return closed ? { main: own.main, apposition } : null;
}

/** "both military and civilian", "most of them elderly", "young and old": an aside that describes the group before it (ReportingVocabulary.groupAsideOpeners). */
function describesGroup(grammar: Grammar, tokens: readonly Token[], aside: Phrase): boolean {
  if (grammar.groupAsideOpeners.has(tokens[aside.from]!.lower)) return true;
  const [a, and, b] = [tokens[aside.from]!, tokens[aside.from + 1], tokens[aside.from + 2]];
  const lowerWord = (token: Token | undefined) => isWord(token) && token!.text === token!.lower;
  return aside.to === aside.from + 2 && lowerWord(a) && grammar.coordinators.has(and?.lower ?? '') && lowerWord(b);
}

/** A comma-enclosed aside before the cue's comma at `comma`: ", the clinic's director," or ", speaking from …,". */
function subjectWithAside(grammar: Grammar, sentence: AnalysedSentence, comma: number): Subject | null {
  const { tokens } = sentence;
  let open = comma - 1;
  while (open >= 0 && comma - open <= MAX_ASIDE && tokens[open]!.text !== ',' && !/^[;:"“”«»]$/.test(tokens[open]!.text)) open--;
  if (open <= 0 || tokens[open]!.text !== ',' || open + 1 >= comma) return null;
  const aside: Phrase = { from: open + 1, to: comma - 1 };
  if (quoted(sentence, aside)) return null;
  const subject = subjectBefore(grammar, sentence, open - 1);
  if (!subject || !isSpeakerHead(grammar, tokens, subject.main)) return null;
  const first = tokens[aside.from]!;
  const skipped = PARTICIPLE.test(first.lower) || grammar.relativePronouns.has(first.lower) || grammar.pronouns.has(first.lower) ||
    grammar.objectPrepositions.has(first.lower) || describesGroup(grammar, tokens, aside);
  const nominal = isNominal(grammar, tokens, aside);
  if (skipped || (subject.cut && nominal)) return subject.apposition ? subject : { main: subject.main };
  return nominal ? { main: subject.main, apposition: aside } : null;
}

/** "the officials, who added …", "Senator Lankford, an Oklahoma Republican who warned …": the phrase before the relative pronoun at `relative`. */
function antecedent(grammar: Grammar, sentence: AnalysedSentence, relative: number): Subject | null {
  const { tokens } = sentence;
  const end = tokens[relative - 1]?.text === ',' ? relative - 2 : relative - 1;
  const phrase = phraseBefore(grammar, tokens, end);
  if (!phrase || quoted(sentence, phrase)) return null;
  const name = tokens[phrase.from - 1]?.text === ',' ? phraseBefore(grammar, tokens, phrase.from - 2) : null;
  return name && !quoted(sentence, name) && opensClause(grammar, tokens, name.from - 1) ? { main: name, apposition: phrase } : { main: phrase };
}

/** "A senior official who asked not to be named said …": the phrase before a relative clause that ends at `end`. */
function relativeHead(grammar: Grammar, sentence: AnalysedSentence, end: number): Subject | null {
  const { tokens } = sentence;
  for (let k = end; k > 0 && end - k <= MAX_ASIDE; k--) {
    const token = tokens[k]!;
    if (!isWord(token) || grammar.verbs.has(token.lower)) return null;
    if (grammar.relativePronouns.has(token.lower)) {
      const head = antecedent(grammar, sentence, k);
      return head && isSpeakerHead(grammar, tokens, head.main) ? head : null;
    }
  }
  return null;
}

/** "has been described as “heartbreaking” by the conservation department": the agent of a passive cue. */
function passiveAgent(grammar: Grammar, sentence: AnalysedSentence, cue: Cue): Subject | null {
  const { tokens } = sentence;
  for (let i = cue.to; i < tokens.length && i - cue.to <= AGENT_REACH; i++) {
    if (tokens[i]!.lower === 'by' && !isQuoted(sentence, tokens[i]!.start)) {
      const agent = clauseSubject(grammar, tokens, i + 1)?.main;
      return agent && !quoted(sentence, agent) ? { main: agent, inverted: true, passive: true } : null;
    }
  }
  return null;
}

/** Who speaks through the cue: before it, after it, or the subject of the clause it continues; `earlier` counts the sentence's speakers so far. */
export function resolveSubject(grammar: Grammar, sentence: AnalysedSentence, cue: Cue, earlier: number): Subject | null {
  const { tokens } = sentence;
  if (cue.preposition) return sourceAfterPreposition(grammar, sentence, cue);
  const participle = PARTICIPLE.test(tokens[cue.to - 1]!.lower);
  let j = cue.from - 1;
  for (; j >= 0; j--) {
    const token = tokens[j]!;
    // "are insisting" is progressive, "was described" passive.
    if (grammar.passives.has(token.lower) && !participle) return passiveAgent(grammar, sentence, cue);
    const open = parenthesisStart(tokens, j);
    if (open >= 0) j = open;
    else if (!grammar.auxiliaries.has(token.lower) && !grammar.passives.has(token.lower) && !isAdverb(grammar, tokens, j)) break;
  }
  const before = tokens[j];
  if (before && grammar.modals.has(before.text)) return null;
  if (isWord(before) && !isQuoted(sentence, before!.start)) {
    if (grammar.relativePronouns.has(before!.lower)) return antecedent(grammar, sentence, j);
    if (grammar.clauseOpeners.has(before!.lower) && !grammar.coordinators.has(before!.lower) && !participle) {
      // "comme l'a souligné l'Arcep", "como señaló el ministro": the speaker follows the cue.
      const inverted = invertedSubject(grammar, sentence, cue.to, false);
      return inverted && { ...inverted, subordinate: true };
    }
    // A past participle after "with" and its object is passive: "With 360 districts declared, …".
    if (!participle && absoluteObject(grammar, tokens, j)) return null;
    if (!grammar.coordinators.has(before!.lower)) return subjectBefore(grammar, sentence, j) ?? relativeHead(grammar, sentence, j);
    // "… toured the plant and said": the clause's subject, unless the sentence's speaker already says this part.
    return earlier ? null : clauseOpening(grammar, sentence, clauseStart(grammar, tokens, j));
  }
  const afterComma = before?.text === ',';
  const aside = afterComma ? subjectWithAside(grammar, sentence, j) : null;
  if (aside) return aside;
  if (!participle && before && (afterComma || QUOTE_CLOSE.test(before.text) || /^[—–:-]$/.test(before.text))) {
    const inverted = invertedSubject(grammar, sentence, cue.to);
    if (inverted || !afterComma) return inverted;
  }
  if (!afterComma || !participle) return null;
  // "The council voted it down, saying …": the subject of the clause before the comma, unless a speaker is already named.
  return earlier ? null : clauseOpening(grammar, sentence, clauseStart(grammar, tokens, j - 1)) ?? clauseOpening(grammar, sentence, 0);
}
