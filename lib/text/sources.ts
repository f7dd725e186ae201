// Merges attributions into sources, one per speaker, counting claims: surnames, roles and pronouns join the source they refer to.

import type { Source } from '../types';
import type { Attribution } from './attribution';
import { grammarFor } from './phrases';
import type { SourceName } from './source-names';

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
  kind?: SourceName['kind'];
  gender?: SourceName['gender'];
  sentences: Set<number>;
  lastSeen: number;
}

const key = (name: string) => name.toLowerCase().replace(/’/g, "'").replace(/^the\s+/, '').trim();
const lastWord = (text: string | undefined) => (text ? key(text).split(/\s+/).pop() ?? '' : '');
const isPersonName = (name: string) => /^(?:\p{Lu}[\p{L}\p{M}'.-]*\s+)+\p{Lu}[\p{L}\p{M}'-]*$/u.test(name);

/** key(name), kept in `keys`. */
function keyOf(keys: Map<string, string>, name: string): string {
  let found = keys.get(name);
  if (found === undefined) keys.set(name, (found = key(name)));
  return found;
}

function latest(entries: Entry[]): Entry | undefined {
  return entries.reduce<Entry | undefined>((best, entry) => (!best || entry.lastSeen > best.lastSeen ? entry : best), undefined);
}

/** "Asif" after "Khawaja Asif", "Dr. Ruiz" after "Dr. Ana Ruiz": a lone surname that ends a person's full name seen before. */
function bySurname(entries: Entry[], mention: Attribution, titles: ReadonlySet<string>): Entry | undefined {
  const bare = mention.name.split(/\s+/).filter((word) => !titles.has(word.toLowerCase().replace(/\.$/, ''))).join(' ');
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
  // "Environmental Protection officials" is not "Con Edison officials": capitalised words must be the same body's.
  const proper = mention.name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map(key);
  return latest(
    entries.filter((entry) => {
      const words = new Set(key(`${entry.name} ${entry.role ?? ''}`).split(/\s+/));
      return (
        (lastWord(entry.role) === head || lastWord(entry.name) === head) &&
        proper.every((word) => words.has(word)) &&
        (!mention.affiliation || entry.affiliation === mention.affiliation)
      );
    }),
  );
}

/**
 * "Mayor Jane Doe" after an anonymous "the mayor", "Port Calloway's harbour board" after "the board" (a body's
 * lower-case name that ends the new one): the earlier mention gets its name.
 */
function namedLater(entries: Entry[], mention: Attribution, organisations: ReadonlySet<string>): Entry | undefined {
  if (mention.roleOnly) return undefined;
  if (!mention.role) {
    const name = key(mention.name);
    if (!/^\p{Lu}/u.test(mention.name) || !organisations.has(lastWord(name))) return undefined;
    return latest(entries.filter((entry) => /^\p{Ll}/u.test(entry.name) && name.endsWith(` ${key(entry.name)}`)));
  }
  const head = lastWord(mention.role);
  return latest(entries.filter((entry) => entry.roleOnly && lastWord(entry.name) === head));
}

/**
 * The source a pronoun refers to. "she": the latest woman named (a title or role says so), else the latest person of
 * unknown gender, since reports mark women ("Ms.", "spokeswoman") far more often than men; "he": the latest person
 * not known to be a woman. "it": the latest body not named in the plural, else the latest such source not known to be a person; "they": the latest body or group, else the latest source.
 * Undefined when nothing fits.
 */
function referent(entries: Entry[], mention: Attribution, previous: Entry | undefined): Entry | undefined {
  const refers = mention.refers;
  if (refers === 'm' || refers === 'f') {
    const people = entries.filter((entry) => entry.kind !== 'body');
    const unknown = people.filter((entry) => entry.gender === undefined);
    if (refers === 'f') return latest(people.filter((entry) => entry.gender === 'f')) ?? latest(unknown);
    return latest(people.filter((entry) => entry.gender !== 'f'));
  }
  if (refers === 'thing') {
    const single = entries.filter((entry) => !/^\p{Ll}+s$/u.test(entry.name.split(/\s+/).pop() ?? ''));
    return latest(single.filter((entry) => entry.kind === 'body')) ?? latest(single.filter((entry) => entry.kind === undefined));
  }
  return latest(entries.filter((entry) => entry.kind === 'body')) ?? previous;
}

/** Sources of the attributions, in order of first mention, claims counted once per sentence; `locale` picks the titles ignored in surnames. */
export function mergeSources(attributions: readonly Attribution[], locale = 'en'): MergedSources {
  const grammar = grammarFor(locale);
  const titles = new Set(grammar.vocabulary.honorifics);
  const entries: Entry[] = [];
  const sourceOf: (number | null)[] = [];
  let previous: Entry | undefined;
  // Each name's key made once, not once per earlier source it is compared with.
  const keys = new Map<string, string>();
  attributions.forEach((mention, order) => {
    let entry: Entry | undefined;
    if (mention.pronoun) {
      entry = referent(entries, mention, previous);
    } else {
      const mentionKey = keyOf(keys, mention.name);
      entry =
        entries.find((candidate) => keyOf(keys, candidate.name) === mentionKey) ??
        bySurname(entries, mention, titles) ??
        byRole(entries, mention);
      const upgraded = entry ? undefined : namedLater(entries, mention, grammar.organisations);
      if (upgraded) Object.assign(upgraded, { name: mention.name, role: mention.role ?? upgraded.role, roleOnly: false });
      entry ??= upgraded;
      if (!entry) {
        entry = { name: mention.name, roleOnly: Boolean(mention.roleOnly), sentences: new Set(), lastSeen: order };
        entries.push(entry);
      }
      entry.role ??= mention.role;
      entry.affiliation ??= mention.affiliation;
      entry.kind ??= mention.kind;
      entry.gender ??= mention.gender;
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
