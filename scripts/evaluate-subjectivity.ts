// Evaluates the sentence classifier of lib/text/subjectivity: on the project's labelled sets (development, two held-out) and on CheckThat! 2025 English (train, dev), for every flagged sentence and for the strong tier.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseSentence } from '../lib/text/subjectivity';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'subjectivity');
/** The development set: the word lists were tuned while reading its errors, so its figure is optimistic. */
export const LABELLED_SENTENCES = join(FIXTURES, 'sentences.tsv');
/** Written after the first word lists and never tuned on. Once tuned on, fold it into the development set and write a new one. */
export const HELD_OUT_SENTENCES = join(FIXTURES, 'sentences-heldout.tsv');
/** Written before the lexicon and patterns were widened, scored once before and once after, never tuned on or read for errors. */
export const HELD_OUT_2_SENTENCES = join(FIXTURES, 'sentences-heldout-2.tsv');

export interface LabelledSentence { opinion: boolean; language: string; topic: string; sentence: string }

/** Rows of label<TAB>topic<TAB>sentence; the topic may carry a language prefix ("es:politics"), English otherwise. Other lines (header, comments) are skipped. */
export function loadLabelledSentences(path = LABELLED_SENTENCES): LabelledSentence[] {
  return readFileSync(path, 'utf8').split('\n').flatMap((line) => {
    const [label, topic = '', sentence = ''] = line.split('\t');
    if ((label !== 'opinion' && label !== 'fact') || !sentence.trim()) return [];
    const [language, name] = topic.includes(':') ? topic.split(':', 2) as [string, string] : ['en', topic];
    return [{ opinion: label === 'opinion', language, topic: name, sentence: sentence.trim() }];
  });
}

/** CheckThat! 2025 Task 1 English (see its README): read in place through CHECKTHAT_DIR, never copied into the project. */
export const CHECKTHAT_DIR = resolve(process.env.CHECKTHAT_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'checkthat'));

/** Rows of sentence_id<TAB>sentence<TAB>SUBJ|OBJ[<TAB>solved_conflict] after a header row; English. */
export function loadCheckThat(file: string, dir = CHECKTHAT_DIR): LabelledSentence[] {
  return readFileSync(join(dir, file), 'utf8').split('\n').slice(1).flatMap((line) => {
    const [, sentence = '', label] = line.split('\t');
    if ((label !== 'SUBJ' && label !== 'OBJ') || !sentence.trim()) return [];
    return [{ opinion: label === 'SUBJ', language: 'en', topic: 'checkthat', sentence: sentence.trim() }];
  });
}

/**
 * Counts and figures for the opinion class; `macroF1` is the mean of the F1 of opinion and of fact (CheckThat!'s
 * measure); `flaggedFacts` is the share of fact sentences predicted opinion (what a reader sees as a false warning).
 */
export interface Scores {
  n: number; tp: number; fp: number; fn: number; tn: number;
  precision: number; recall: number; f1: number; accuracy: number; macroF1: number; flaggedFacts: number;
}

const f1Of = (precision: number, recall: number) => (precision + recall ? (2 * precision * recall) / (precision + recall) : 0);

export function score(rows: readonly { opinion: boolean; predicted: boolean }[]): Scores {
  const count = (opinion: boolean, predicted: boolean) => rows.filter((row) => row.opinion === opinion && row.predicted === predicted).length;
  const [tp, fp, fn, tn] = [count(true, true), count(false, true), count(true, false), count(false, false)];
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = f1Of(precision, recall);
  const factF1 = f1Of(tn + fn ? tn / (tn + fn) : 0, tn + fp ? tn / (tn + fp) : 0);
  return {
    n: rows.length, tp, fp, fn, tn, precision, recall, f1, accuracy: rows.length ? (tp + tn) / rows.length : 0,
    macroF1: (f1 + factF1) / 2, flaggedFacts: fp + tn ? fp / (fp + tn) : 0,
  };
}

/**
 * Classifies every sentence with its labelled language and scores the whole set and each language; `strong` scores
 * the strong tier alone (the sentences a Facts section is warned about).
 */
export function evaluateSubjectivity(sentences = loadLabelledSentences()) {
  const rows = sentences.map((row) => {
    const { opinion, strong } = analyseSentence(row.sentence, row.language);
    return { ...row, predicted: opinion, strong };
  });
  const languages = [...new Set(rows.map((row) => row.language))];
  return {
    rows,
    overall: score(rows),
    strong: score(rows.map((row) => ({ opinion: row.opinion, predicted: row.strong }))),
    byLanguage: Object.fromEntries(languages.map((language) => [language, score(rows.filter((row) => row.language === language))])),
  };
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(6);
const HEADER = `${'set'.padEnd(8)} ${'n'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'macro'.padStart(6)} ${'fact⚠'.padStart(6)}   confusion`;
const line = (name: string, s: Scores) =>
  `${name.padEnd(8)} ${String(s.n).padStart(4)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)} ${percent(s.macroF1)} ${percent(s.flaggedFacts)}`
  + `   TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  TN ${s.tn}`;

function printReport(name: string, sentences: LabelledSentence[], showErrors: boolean): void {
  const { rows, overall, strong, byLanguage } = evaluateSubjectivity(sentences);
  console.log(`\n${name}, class "opinion" (percent; macro = macro-F1 of opinion and fact; fact⚠ = facts flagged)`);
  console.log(HEADER);
  console.log(line('all', overall));
  console.log(line('strong', strong));
  if (Object.keys(byLanguage).length > 1) for (const [language, scores] of Object.entries(byLanguage)) console.log(line(language, scores));
  if (!showErrors) return;
  for (const row of rows.filter((item) => item.opinion !== item.predicted)) {
    const { cues } = analyseSentence(row.sentence, row.language);
    const found = cues.map((cue) => `${cue.kind}: ${cue.words.join(', ')}`).join('; ');
    console.log(`${row.opinion ? 'missed opinion' : 'false opinion '} [${row.language}:${row.topic}] ${row.sentence}${found ? `  {${found}}` : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Errors are listed for the development sets only: reading a held-out set's errors is tuning on it.
  const errors = process.argv.includes('--errors');
  printReport('Development set (tests/fixtures/subjectivity/sentences.tsv)', loadLabelledSentences(LABELLED_SENTENCES), errors);
  printReport('Held-out set (sentences-heldout.tsv)', loadLabelledSentences(HELD_OUT_SENTENCES), false);
  printReport('Held-out set 2 (sentences-heldout-2.tsv)', loadLabelledSentences(HELD_OUT_2_SENTENCES), false);
  if (!existsSync(join(CHECKTHAT_DIR, 'train_en.tsv'))) {
    console.log(`\nCheckThat! 2025: no data at ${CHECKTHAT_DIR} (set CHECKTHAT_DIR); skipped.`);
  } else {
    // Word lists are tuned on train only (its errors with --checkthat-errors); dev is only ever scored.
    printReport('CheckThat! 2025 English train (tuned on)', loadCheckThat('train_en.tsv'), process.argv.includes('--checkthat-errors'));
    printReport('CheckThat! 2025 English dev (never tuned on)', loadCheckThat('dev_en.tsv'), false);
    console.log('\nPublished on this task (English, macro-F1, 2025 test set): organisers\' baseline about 54.0, best system about 80.0.');
  }
}
