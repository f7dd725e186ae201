// The format of subjectivity cue lists and opinion patterns (see subjectivity-en.ts, subjectivity-es.ts); lib/text/cue-matcher.ts runs them.

/** The kinds of opinion cue a sentence can carry. */
export type CueKind = 'evaluative' | 'prescriptive' | 'stance' | 'intensifier' | 'absolute' | 'rhetorical';
export const CUE_KINDS: readonly CueKind[] = ['evaluative', 'prescriptive', 'stance', 'intensifier', 'absolute', 'rhetorical'];

/** One language's word lists (see lib/vocabulary/subjectivity-*.ts). */
export interface SubjectivityVocabulary {
  cues: Record<CueKind, readonly string[]>;
  /** Verbs that, with a subject, report someone else's words; added to the shared reporting verbs. */
  attributionVerbs: readonly string[];
  /** Subjects that make a reporting verb the writer's own ("we insist"). */
  firstPerson: readonly string[];
  /** Words before a verb form that show it is not a reporting verb with a subject ("a warning", "must reject"). */
  notSubjects: readonly string[];
  /** Subjects or listeners that are nobody in particular ("anyone who believes…", "tells you…"): no source is being reported. */
  genericSubjects: readonly string[];
  /** Words skipped between a subject and its verb ("officials had repeatedly warned"). */
  skippable: readonly string[];
  /** Conjunctions that end the clause an attribution covers ("…said the plan works, but it plainly does not"). */
  clauseBreaks: readonly string[];
  /** Frequent function words, for telling the language of unlabelled text. */
  functionWords: readonly string[];
  /**
   * Cue words (entries of `cues`) that count half: common in plain reporting, so they only add to other cues. First-person
   * plural narrates as often as it argues ("our crew reached…", "we reached the town on the second day").
   */
  lightCues: readonly string[];
  /** Phrases that mark a sentence as site boilerplate (subscribe prompts, newsletter sign-ups, share text): never read. */
  boilerplate: readonly string[];
  /** Words that say whose words a short quotation is (a tribunal, a ruling, a report): with one, it is not a scare quote. */
  quotedSources: readonly string[];
}

/**
 * A pattern is a regular expression source, matched case-insensitively over the sentence with quotes blanked,
 * only where it may start (`at`): the sentence start, or each word that opens an entry of the named list. In
 * the source, `\b` is a Unicode word boundary and `{name}` the alternation of the entries of `lists[name]`.
 * Its capture groups, joined by " … ", are the cue words the reader is shown ("sacking … is"); checks that
 * are not shown are lookaheads. Quantifiers are bounded, so each attempt costs at most a few dozen words.
 */
export interface CuePattern { kind: CueKind; name: string; at: 'start' | string; source: string }
/** `ruleContexts`: phrases that show a modal states a rule ("under the new rules", "or face a fine");
 * in their sentence, prescriptive cues are not the writer's demand. */
export interface PatternSet { lists: Record<string, readonly string[]>; patterns: readonly CuePattern[]; ruleContexts: readonly string[] }

/** Where a pattern that starts the sentence may begin: after spaces, opening quotes and brackets, ¿ and ¡. */
export const SENTENCE_START = '[\\s"“\'‘(¿¡]*';
