// Names a source from its subject phrase: name, role, affiliation, and what a later pronoun may take it for.

import type { PronounKind } from '../vocabulary/reporting';
import { SMALL_NUMBER_WORDS } from '../vocabulary/units';
import type { Grammar } from './phrases';

/** How a source is named in one mention. Names drop a leading article and use straight apostrophes ("the Taliban" → "Taliban"). */
export interface SourceName {
  /** "Attaullah Tarar", "Afghan media", "Fair Fares Coalition". */
  name: string;
  role?: string;
  /** The owner in a possessive role or name: "Pakistan" for "Pakistan's Information Minister". */
  affiliation?: string;
  /** Named only by a role ("the mayor"), so possibly someone named earlier. */
  roleOnly?: boolean;
  /** A pronoun ("he said"), referring to an earlier source; `refers` says to what kind. */
  pronoun?: boolean;
  refers?: PronounKind;
  /** A person ("Ana Ruiz", "the mayor") or a body ("the ministry", "officials"), when the words tell; "he"/"she" take persons, "it"/"they" bodies. */
  kind?: 'person' | 'body';
  /** Told by a title or role ("Mrs.", "spokeswoman"), or learnt from a pronoun that referred to it. */
  gender?: 'm' | 'f';
}

const NUMBER_WORDS = new Set([...Object.keys(SMALL_NUMBER_WORDS.en), ...Object.keys(SMALL_NUMBER_WORDS.es)]);
const CONTRACTION = /\p{L}['’](?:re|m|ve|ll|d)\b|n['’]t\b/iu;
const ELIDED = /^([LlDd]['’])(?=\p{L})/u;

function stripArticle(grammar: Grammar, text: string): string {
  const elided = text.replace(ELIDED, '');
  if (elided !== text) return elided;
  const [first, ...rest] = text.split(' ');
  return rest.length && grammar.articles.has(first!.toLowerCase()) ? rest.join(' ') : text;
}

const wordsOf = (text: string) => text.toLowerCase().split(/\s+/).map((word) => word.replace(/\.$/, ''));
const hasRoleNoun = (grammar: Grammar, text: string) => wordsOf(text).some((word) => grammar.roles.has(word) || grammar.roles.has(`${word}.`));
/** A phrase that names only a role: lower-case ("the board's finance director") or ending in a role noun ("Police spokesperson"). */
const isRoleOnly = (grammar: Grammar, text: string) => /^\p{Ll}/u.test(text) || grammar.roles.has(wordsOf(text).pop() ?? '');
const possessor = (text: string) => /^([\p{Lu}][\p{L}\p{M}.-]*(?: [\p{Lu}][\p{L}\p{M}.-]*)*)'s\s/u.exec(text)?.[1];

/** Person or body, and gender, from the words of a name and its role. */
function describe(grammar: Grammar, name: string, role: string | undefined): Pick<SourceName, 'kind' | 'gender'> {
  const words = wordsOf(`${role ?? ''} ${name}`).filter(Boolean);
  const last = wordsOf(name).pop() ?? '';
  const gender = words.some((word) => grammar.feminine.has(word)) ? 'f' : words.some((word) => grammar.masculine.has(word)) ? 'm' : undefined;
  const plural = /^\p{Ll}+s$/u.test(name.split(' ').pop() ?? '');
  const body = grammar.roles.has(last) ? plural : plural || wordsOf(name).some((word) => grammar.organisations.has(word));
  // Two capitalised words may be a firm ("Halden Foods"): only a title, a role or a gendered word makes a person.
  const person = !body && (gender !== undefined || words.some((word) => grammar.honorifics.has(word)) || grammar.roles.has(last) || grammar.roles.has(words[0] ?? ''));
  const described: Pick<SourceName, 'kind' | 'gender'> = {};
  if (body || person) described.kind = body ? 'body' : 'person';
  if (gender) described.gender = gender;
  return described;
}

/**
 * Whether a subject names no one: a single letter ("o" of "-o add.js"), a lower-case subject pronoun with more words
 * ("it MAY"), an object pronoun ("le" of Spanish "le dijo"), or one lower-case adjective ("continuous", "careful",
 * "endless"). Closed-class words ("every", "far") are the vocabulary's nonSources.
 */
function notAName(grammar: Grammar, name: string): boolean {
  const words = name.split(' ');
  if (/^\p{L}$/u.test(name)) return true;
  if (words.length > 1) return grammar.pronouns.has(words[0]!.toLowerCase()) && words[0] === words[0]!.toLowerCase();
  const lower = name.toLowerCase();
  if (name !== lower || grammar.pronouns.has(lower) || grammar.roles.has(lower) || grammar.spokesRoles.has(lower) || grammar.organisations.has(lower)) return false;
  return grammar.objectPronouns.has(lower) || /^\p{Ll}{3,}(?:ous|ful|less)$/u.test(lower);
}

/**
 * Name and role of a subject phrase and its apposition: split by apposition, or at the last role noun
 * ("Police spokesperson | Maria Okafor"); null when the phrase names no source (a number, a time word, "this").
 */
export function nameSource(grammar: Grammar, phrase: string, apposition?: string): SourceName | null {
  const main = stripArticle(grammar, phrase.replace(/’/g, "'").replace(/\s+/g, ' ').trim());
  let name = main;
  let role: string | undefined;
  if (apposition) {
    const other = stripArticle(grammar, apposition.replace(/’/g, "'").replace(/\s+/g, ' ').trim());
    const [mainRole, otherRole] = [isRoleOnly(grammar, main), isRoleOnly(grammar, other)];
    // The side that names only a role is the role ("organisers, the Fair Fares Coalition"); of two roles, the one with a role noun.
    const mainIsRole = mainRole !== otherRole ? mainRole : mainRole && hasRoleNoun(grammar, main) && !hasRoleNoun(grammar, other);
    [name, role] = mainIsRole ? [other, main] : [main, other];
  }
  // A title before a name is a role too: "Senator Mark Warner" → "Mark Warner", role "Senator".
  const words = name.split(' ');
  const lastRole = words.reduce((found, word, index) => (grammar.roles.has(word.toLowerCase()) ? index : found), -1);
  const rest = words.slice(lastRole + 1);
  if (lastRole >= 0 && rest.length && rest.every((word) => /^\p{Lu}/u.test(word))) {
    const title = words.slice(0, lastRole + 1).join(' ');
    role = role ? `${title}; ${role}` : title;
    name = rest.join(' ');
  }
  // "No group claimed responsibility": a negated subject reports nothing; "We're told", "Aren't those" are no names.
  if (grammar.modals.has(phrase.trim().split(/\s+/)[0]!.toLowerCase()) || CONTRACTION.test(phrase)) return null;
  const lower = name.toLowerCase();
  const last = lower.split(' ').pop()!;
  const isNumber = /^[\d.,]+$/.test(lower) || NUMBER_WORDS.has(lower);
  if (!name || isNumber || grammar.nonSources.has(lower) || grammar.nonSources.has(last) || grammar.timeWords.has(last)) return null;
  if (/(?:'s|s')$/.test(name) || grammar.clauseWords.has(last)) return null;
  if (notAName(grammar, name)) return null;
  const refers = grammar.pronouns.get(lower);
  if (refers) return { name, pronoun: true, refers };
  const source: SourceName = { name };
  if (role) source.role = role;
  const affiliation = possessor(role ?? name);
  if (affiliation) source.affiliation = affiliation;
  if (!role && grammar.roles.has(last)) source.roleOnly = true;
  return Object.assign(source, describe(grammar, name, role));
}
