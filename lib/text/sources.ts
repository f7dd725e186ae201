// Names a source from its subject phrase (name, role, affiliation) and merges attributions into sources, one per speaker, counting claims.

import type { Source } from '../types';
import type { Attribution } from './attribution';
import { ARTICLES, HONORIFICS, NON_SOURCES, PRONOUNS, ROLE_NOUNS } from '../vocabulary/reporting';
import { SMALL_NUMBER_WORDS } from '../vocabulary/units';

/** How a source is named in one mention. Names drop a leading article and use straight apostrophes ("the Taliban" → "Taliban"). */
export interface SourceName {
  /** "Attaullah Tarar", "Afghan media", "Fair Fares Coalition". */
  name: string;
  role?: string;
  /** The owner in a possessive role or name: "Pakistan" for "Pakistan's Information Minister". */
  affiliation?: string;
  /** Named only by a role ("the mayor"), so possibly someone named earlier. */
  roleOnly?: boolean;
  /** A pronoun ("he said"), referring to an earlier source. */
  pronoun?: boolean;
}

const ARTICLE_SET = new Set(ARTICLES);
const ROLES = new Set(ROLE_NOUNS);
const PRONOUN_SET = new Set(PRONOUNS);
const NON_SOURCE_SET = new Set(NON_SOURCES);
const NUMBER_WORDS = new Set([...Object.keys(SMALL_NUMBER_WORDS.en), ...Object.keys(SMALL_NUMBER_WORDS.es)]);

function stripArticle(text: string): string {
  const [first, ...rest] = text.split(' ');
  return rest.length && ARTICLE_SET.has(first!.toLowerCase()) ? rest.join(' ') : text;
}

const hasRoleNoun = (text: string) => text.toLowerCase().split(/\s+/).some((word) => ROLES.has(word));
const possessor = (text: string) => /^([\p{Lu}][\p{L}\p{M}.-]*(?: [\p{Lu}][\p{L}\p{M}.-]*)*)'s\s/u.exec(text)?.[1];

/**
 * Name and role of a subject phrase and its apposition: split by apposition, or at the last role noun
 * ("Police spokesperson | Maria Okafor"); null when the phrase names no source.
 */
export function nameSource(phrase: string, apposition?: string): SourceName | null {
  const main = stripArticle(phrase.replace(/’/g, "'").replace(/\s+/g, ' '));
  let name = main;
  let role: string | undefined;
  if (apposition) {
    const other = stripArticle(apposition.replace(/’/g, "'").replace(/\s+/g, ' '));
    const [mainRole, otherRole] = [hasRoleNoun(main), hasRoleNoun(other)];
    // Without a role noun on one side, the lowercase side is the role ("organisers, the Fair Fares Coalition").
    const mainIsRole = mainRole !== otherRole ? mainRole : /^\p{Ll}/u.test(main) && /^\p{Lu}/u.test(other);
    [name, role] = mainIsRole ? [other, main] : [main, other];
  } else {
    const words = main.split(' ');
    const lastRole = words.reduce((found, word, index) => (ROLES.has(word.toLowerCase()) ? index : found), -1);
    const rest = words.slice(lastRole + 1);
    if (lastRole >= 0 && rest.length && rest.every((word) => /^\p{Lu}/u.test(word))) {
      role = words.slice(0, lastRole + 1).join(' ');
      name = rest.join(' ');
    }
  }
  const lower = name.toLowerCase();
  const isNumber = /^[\d.,]+$/.test(lower) || NUMBER_WORDS.has(lower);
  if (!name || isNumber || NON_SOURCE_SET.has(lower) || NON_SOURCE_SET.has(lower.split(' ').pop()!) || /(?:'s|s')$/.test(name)) return null;
  const source: SourceName = { name };
  if (role) source.role = role;
  const affiliation = possessor(role ?? name);
  if (affiliation) source.affiliation = affiliation;
  if (!role && hasRoleNoun(name.split(' ').pop()!)) source.roleOnly = true;
  if (PRONOUN_SET.has(lower)) source.pronoun = true;
  return source;
}

export interface MergedSources {
  /** In order of first mention. */
  sources: Source[];
  /** For each attribution, the index of its source in `sources`, or null when a pronoun has nobody to refer to. */
  sourceOf: (number | null)[];
}

interface Entry {
  name: string;
  role?: string;
  affiliation?: string;
  roleOnly: boolean;
  sentences: Set<number>;
  lastSeen: number;
}

const key = (name: string) => name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').trim();
const lastWord = (text: string | undefined) => (text ? key(text).split(/\s+/).pop() ?? '' : '');
const TITLES = new Set(HONORIFICS);
const withoutTitle = (name: string) => name.split(/\s+/).filter((word) => !TITLES.has(word.toLowerCase().replace(/\.$/, ''))).join(' ');
const isPersonName = (name: string) => /^(?:\p{Lu}[\p{L}\p{M}'.-]*\s+)+\p{Lu}[\p{L}\p{M}'-]*$/u.test(name);

/** "Asif" after "Khawaja Asif", "Dr. Ruiz" after "Dr. Ana Ruiz": a lone surname that ends a person's full name seen before. */
function bySurname(entries: Entry[], mention: Attribution): Entry | undefined {
  const bare = withoutTitle(mention.name);
  if (!/^\p{Lu}[\p{L}\p{M}'-]+$/u.test(bare)) return undefined;
  const surname = key(bare);
  return latest(entries.filter((entry) => !entry.roleOnly && isPersonName(entry.name) && lastWord(entry.name) === surname));
}

/**
 * "the minister" after "Pakistan's Defense Minister, Khawaja Asif", "the department" after "the regional health
 * department": the latest source whose role or name ends in the same noun.
 */
function byRole(entries: Entry[], mention: Attribution): Entry | undefined {
  if (!mention.roleOnly && !/^\p{Ll}+$/u.test(mention.name)) return undefined;
  const head = lastWord(mention.name);
  return latest(
    entries.filter(
      (entry) =>
        (lastWord(entry.role) === head || lastWord(entry.name) === head) &&
        (!mention.affiliation || entry.affiliation === mention.affiliation),
    ),
  );
}

/** "Mayor Jane Doe" after an anonymous "the mayor": the earlier mention gets its name. */
function namedLater(entries: Entry[], mention: Attribution): Entry | undefined {
  if (mention.roleOnly || !mention.role) return undefined;
  const head = lastWord(mention.role);
  return latest(entries.filter((entry) => entry.roleOnly && lastWord(entry.name) === head));
}

function latest(entries: Entry[]): Entry | undefined {
  return entries.reduce<Entry | undefined>((best, entry) => (!best || entry.lastSeen > best.lastSeen ? entry : best), undefined);
}

/** Sources of the attributions, in order of first mention, claims counted once per sentence. */
export function mergeSources(attributions: readonly Attribution[]): MergedSources {
  const entries: Entry[] = [];
  const sourceOf: (number | null)[] = [];
  let previous: Entry | undefined;
  attributions.forEach((mention, order) => {
    let entry: Entry | undefined;
    if (mention.pronoun) entry = previous;
    else {
      entry =
        entries.find((candidate) => key(candidate.name) === key(mention.name)) ??
        bySurname(entries, mention) ??
        byRole(entries, mention);
      const upgraded = entry ? undefined : namedLater(entries, mention);
      if (upgraded) Object.assign(upgraded, { name: mention.name, role: mention.role, roleOnly: false });
      entry ??= upgraded;
      if (!entry) {
        entry = { name: mention.name, roleOnly: Boolean(mention.roleOnly), sentences: new Set(), lastSeen: order };
        entries.push(entry);
      }
      entry.role ??= mention.role;
      entry.affiliation ??= mention.affiliation;
    }
    if (!entry) {
      sourceOf.push(null);
      return;
    }
    entry.sentences.add(mention.sentence);
    entry.lastSeen = order;
    previous = entry;
    sourceOf.push(entries.indexOf(entry));
  });
  const sources = entries.map(({ name, role, sentences }) => (role ? { name, role, claims: sentences.size } : { name, claims: sentences.size }));
  return { sources, sourceOf };
}
