// Vocabulary for attribution, one data module per language (reporting-en, -es, -fr, -de, -it, -pt), and the word lists other annotators share.

import { ENGLISH } from './reporting-en';
import { SPANISH } from './reporting-es';
import { FRENCH } from './reporting-fr';
import { GERMAN } from './reporting-de';
import { ITALIAN } from './reporting-it';
import { PORTUGUESE } from './reporting-pt';

/** What a pronoun subject can refer to: a man, a woman, a group or body ("they"), an organisation or document ("it"). */
export type PronounKind = 'm' | 'f' | 'plural' | 'thing';

/** The words attribution reads in one language. Every list is lower case and matched against whole tokens. */
export interface ReportingVocabulary {
  /** Single-word cues in their inflections; the subject stands before them or, after a quotation or a comma, after them. */
  verbs: readonly string[];
  /** Cue forms that are also nouns or adjectives ("claims", "estimates", "cifra"): cues only before a clause, a number or a noun phrase. */
  nounLikeVerbs: readonly string[];
  /** Cues only before "that", a quotation or a colon ("maintains that", never "maintains 4,300 miles of mains"). */
  clauseVerbs?: readonly string[];
  /**
   * Clause verbs of finding out ("found that"): a report when a study, a body or a role finds ("the inquiry found
   * that …"), a discovery when a person named by name alone does ("Hicks found that many people …"), which the
   * annotation rules of ../shared/gold leave out with beliefs and feelings. Each must also be in clauseVerbs.
   */
  findingVerbs?: readonly string[];
  /** Cues only beside a quotation ("“Don't get nervous,” instructed …", "“…,” Yoon continued"). */
  quoteVerbs?: readonly string[];
  /** Cue forms that are no cue before these words ("adding to the challenges"). */
  notBefore?: Readonly<Record<string, readonly string[]>>;
  /** Cues read only when one of the listed words follows within a few words ("put … at", "fijaron en"). */
  particleVerbs: Readonly<Record<string, readonly string[]>>;
  /** Multi-word cues whose subject comes before them ("told reporters", "sprach von"). */
  phrases: readonly string[];
  /** Phrases whose source follows them ("according to", "selon", "nach Angaben"). */
  sourcePrepositions: readonly string[];
  /** Nouns for data or counts between a source preposition and its source ("according to figures from"). */
  dataNouns: readonly string[];
  /** Articles and possessives: they open a noun phrase and are dropped from a source's name. */
  articles: readonly string[];
  /** Demonstratives and quantity words: a cue form right after them is a noun ("these estimates", "esta cifra"). */
  determiners: readonly string[];
  /** Words that end a source's noun phrase. */
  clauseWords: readonly string[];
  /** "and" in "toured the plant and said": the clause's subject speaks. */
  coordinators: readonly string[];
  /** "that" after a cue: the claim starts after it. */
  complementizers: readonly string[];
  /** "who", "which": the speaker is the noun phrase before them. */
  relativePronouns: readonly string[];
  /** "of", "de": a role's or body's complement stays in its name ("comité de huelga", "deputy head of the command"). */
  joiningPrepositions: readonly string[];
  /**
   * Words that open an aside describing the group before it, never naming it ("Many people, both military and
   * civilian, told her …", "The farmers, most of them elderly, said …"): the aside is passed over, not made a role.
   * A bare pair of lower-case words joined by a coordinator ("young and old") is such an aside in every language.
   */
  groupAsideOpeners?: readonly string[];
  /** "&" and "and" inside an organisation's name between capitalised words ("World Travel & Tourism Council"). */
  nameConjunctions?: readonly string[];
  /** "with" in "With 360 districts declared": before a past participle, the noun phrase after it is no speaker. */
  absolutePrepositions?: readonly string[];
  /** A noun phrase right after one of these is its object, never a speaker. */
  objectPrepositions: readonly string[];
  /** Cues whose object is the person told ("told the inspector", "assured residents"): the content follows the object. */
  objectCues?: readonly string[];
  /** "to" in "told residents to leave": after an object cue's object it makes an order, not a report. */
  infinitiveMarkers?: readonly string[];
  /** Pronouns that may be the object of such a cue ("told her that"). */
  objectPronouns?: readonly string[];
  /** Prepositions of adverbials between a cue and its content besides the object prepositions ("by phone", "with a smile"). */
  adverbialPrepositions?: readonly string[];
  /** Prepositions whose phrase tells a time whatever its words ("after Yoon's address", "during the hearing"). */
  timePrepositions?: readonly string[];
  /** Words that join a time word into a time phrase ("late Thursday", "earlier this week", "two days ago"). */
  timeModifiers?: readonly string[];
  /** Before a cue these make it a demand, a future or a possibility, not a report ("must reject", "would add"). */
  modals: readonly string[];
  /** Auxiliaries and adverbs skipped between a subject and its cue ("has", "also", "still", "a" in "a déclaré"). */
  auxiliaries: readonly string[];
  /** Forms of "be" before a cue make it passive: the subject is not a speaker. */
  passives: readonly string[];
  pronouns: Readonly<Record<string, PronounKind>>;
  /** Nouns that name a role rather than a person or body: they split "Police spokesperson Maria Okafor" into role and name. */
  roleNouns: readonly string[];
  /** Roles that speak for a body: in "a spokesman for the ministry" the ministry is the source. */
  spokesRoles: readonly string[];
  /** Head nouns of bodies: "it" refers to them, and their "of"/"de" complement stays in the name. */
  organisationNouns: readonly string[];
  /** "a number of", "a wide range of": the speaker is the noun after "of". */
  quantityNouns: readonly string[];
  /** Subjects that look like noun phrases but never name a source. */
  nonSources: readonly string[];
  /** Days and time words: never a speaker ("…," Rep. Lund said Thursday). */
  timeWords: readonly string[];
  /** Titles before a name ("Dr.", "Sen."), kept in the name and dropped when matching a surname. */
  honorifics: readonly string[];
  /** Titles and role nouns that tell a woman or a man, for "she" and "he". */
  feminine: readonly string[];
  masculine: readonly string[];
  /** Endings of verb forms that end a noun phrase ("toured", "visiting"), where the language marks them so. */
  verbEndings?: readonly string[];
  /** Nouns are written with a capital (German): a source's phrase ends at the first lower-case word after its noun. */
  capitalisedNouns?: boolean;
}

/** Vocabulary by primary language subtag; other languages read as English. */
export const REPORTING_BY_LANGUAGE: Readonly<Record<string, ReportingVocabulary>> = {
  en: ENGLISH, es: SPANISH, fr: FRENCH, de: GERMAN, it: ITALIAN, pt: PORTUGUESE,
};

const ALL = Object.values(REPORTING_BY_LANGUAGE);
const union = (pick: (vocabulary: ReportingVocabulary) => readonly string[]) => [...new Set(ALL.flatMap(pick))];

/** Single-word reporting verbs of every language, as whole words: figures and contested groups stop at them. */
export const REPORTING_VERBS: readonly string[] = union((v) => [...v.verbs, ...v.nounLikeVerbs, ...(v.clauseVerbs ?? []), ...(v.quoteVerbs ?? [])]);
/** Phrases whose source follows them, every language. */
export const SOURCE_PREPOSITIONS: readonly string[] = union((v) => v.sourcePrepositions);
/** Words that end a source's noun phrase, English and Spanish (the opinion-language annotator's subjects). */
export const CLAUSE_WORDS: readonly string[] = [...new Set([...ENGLISH.clauseWords, ...SPANISH.clauseWords])];
