// Evaluates the sentence classifier of lib/text/subjectivity on the labelled sets (development, two held-out): precision, recall and F1 for "opinion", overall and per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export interface Scores { n: number; tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; f1: number; accuracy: number }

export function score(rows: readonly { opinion: boolean; predicted: boolean }[]): Scores {
  const count = (opinion: boolean, predicted: boolean) => rows.filter((row) => row.opinion === opinion && row.predicted === predicted).length;
  const [tp, fp, fn, tn] = [count(true, true), count(false, true), count(true, false), count(false, false)];
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { n: rows.length, tp, fp, fn, tn, precision, recall, f1, accuracy: rows.length ? (tp + tn) / rows.length : 0 };
}

/** Classifies every sentence with its labelled language and scores the whole set and each language. */
export function evaluateSubjectivity(sentences = loadLabelledSentences()) {
  const rows = sentences.map((row) => ({ ...row, predicted: analyseSentence(row.sentence, row.language).opinion }));
  const languages = [...new Set(rows.map((row) => row.language))];
  return {
    rows,
    overall: score(rows),
    byLanguage: Object.fromEntries(languages.map((language) => [language, score(rows.filter((row) => row.language === language))])),
  };
}

function printReport(name: string, path: string, showErrors: boolean): void {
  const { rows, overall, byLanguage } = evaluateSubjectivity(loadLabelledSentences(path));
  const percent = (value: number) => (value * 100).toFixed(1).padStart(6);
  const line = (name: string, s: Scores) =>
    `${name.padEnd(8)} ${String(s.n).padStart(4)} ${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)} ${percent(s.accuracy)}   TP ${s.tp}  FP ${s.fp}  FN ${s.fn}  TN ${s.tn}`;
  console.log(`\n${name}: ${path.split('/').slice(-2).join('/')}, class "opinion" (percent)`);
  console.log(`${'set'.padEnd(8)} ${'n'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'acc'.padStart(6)}   confusion`);
  console.log(line('all', overall));
  for (const [language, scores] of Object.entries(byLanguage)) console.log(line(language, scores));
  if (!showErrors) return;
  for (const row of rows.filter((item) => item.opinion !== item.predicted)) {
    const { cues } = analyseSentence(row.sentence, row.language);
    const found = cues.map((cue) => `${cue.kind}: ${cue.words.join(', ')}`).join('; ');
    console.log(`${row.opinion ? 'missed opinion' : 'false opinion '} [${row.language}:${row.topic}] ${row.sentence}${found ? `  {${found}}` : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Errors are listed for the development set only: reading a held-out set's errors is tuning on it.
  printReport('Development set', LABELLED_SENTENCES, process.argv.includes('--errors'));
  printReport('Held-out set', HELD_OUT_SENTENCES, false);
  printReport('Held-out set 2', HELD_OUT_2_SENTENCES, false);
}
