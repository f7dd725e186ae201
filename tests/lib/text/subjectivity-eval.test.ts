import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHECKTHAT_DIR, evaluateSubjectivity, HELD_OUT_2_SENTENCES, HELD_OUT_SENTENCES, loadCheckThat, loadLabelledSentences, score,
} from '../../../scripts/evaluate-subjectivity';

// Quality floors: the figures measured when the lists and patterns were last changed, minus a margin, so a
// change that makes the classifier worse fails here. They are regression floors, not targets to tune towards.
// Measured: development F1 0.919, precision 1, Spanish F1 0.857; held-out F1 0.605, precision 1;
// held-out 2 F1 0.568, precision 1 (0.600 before "we", "you", "?" and "!" became light cues that do not flag a
// sentence alone: issue #15, first-person plural narration; before the widened lexicon and patterns: 0.842, 0.378, 0.434).
describe('sentence classifier quality', () => {
  const development = evaluateSubjectivity();
  const heldOut = evaluateSubjectivity(loadLabelledSentences(HELD_OUT_SENTENCES));
  const heldOut2 = evaluateSubjectivity(loadLabelledSentences(HELD_OUT_2_SENTENCES));

  it('runs over a balanced labelled set of at least 240 sentences with a Spanish share', () => {
    const opinions = development.rows.filter((row) => row.opinion).length;
    expect(development.rows.length).toBeGreaterThanOrEqual(240);
    expect(opinions * 2).toBe(development.rows.length);
    expect(development.rows.filter((row) => row.language === 'es').length).toBeGreaterThanOrEqual(40);
  });

  it('has a second balanced held-out set of at least 120 sentences, 30 of them Spanish', () => {
    const opinions = heldOut2.rows.filter((row) => row.opinion).length;
    expect(heldOut2.rows.length).toBeGreaterThanOrEqual(120);
    expect(opinions * 2).toBe(heldOut2.rows.length);
    expect(heldOut2.rows.filter((row) => row.language === 'es').length).toBeGreaterThanOrEqual(30);
  });

  it('stays above the development-set floor', () => {
    expect(development.overall.f1).toBeGreaterThanOrEqual(0.88);
    expect(development.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(development.byLanguage.es!.f1).toBeGreaterThanOrEqual(0.82);
  });

  it('keeps its precision, and the recall it gained, on sentences it was never tuned on', () => {
    for (const set of [heldOut, heldOut2]) {
      expect(set.overall.precision).toBeGreaterThanOrEqual(0.9);
      expect(set.overall.f1).toBeGreaterThanOrEqual(0.52);
    }
  });
});

describe('the evaluation’s measures', () => {
  it('gives macro-F1 over both classes and the share of facts flagged', () => {
    // 3 opinion (2 found), 5 facts (1 flagged): opinion P 2/3, R 2/3; fact P 4/5, R 4/5.
    const rows = [
      ...[true, true, false].map((predicted) => ({ opinion: true, predicted })),
      ...[true, false, false, false, false].map((predicted) => ({ opinion: false, predicted })),
    ];
    const scores = score(rows);
    expect(scores).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 4, flaggedFacts: 0.2 });
    expect(scores.macroF1).toBeCloseTo((2 / 3 + 4 / 5) / 2, 10);
  });

  it('reads CheckThat!’s columns, skipping the header and rows without a label', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checkthat-'));
    writeFileSync(join(dir, 'sample.tsv'), [
      'sentence_id\tsentence\tlabel\tsolved_conflict',
      'a1\tThe ferry left at noon.\tOBJ\tFalse',
      'a2\tThis timetable is a farce.\tSUBJ\tTrue',
      'a3\tNo label here.',
    ].join('\n'));
    expect(loadCheckThat('sample.tsv', dir).map((row) => [row.opinion, row.sentence])).toEqual([
      [false, 'The ferry left at noon.'],
      [true, 'This timetable is a farce.'],
    ]);
  });
});

// CheckThat! 2025 English (read in place, never copied): the word lists are tuned on train only; dev is only scored.
// Measured on dev: every flag P 0.808, R 0.333, macro-F1 0.583, facts flagged 8.6%; strong tier P 0.730, facts flagged 4.5%.
// The strong-tier bounds are issue #15's requirement for the ⚠ warning, not floors under a measurement.
describe.skipIf(!existsSync(join(CHECKTHAT_DIR, 'dev_en.tsv')))('on news sentences labelled by annotators (CheckThat! 2025)', () => {
  const load = (file: string) => (existsSync(join(CHECKTHAT_DIR, file)) ? loadCheckThat(file) : []);
  const train = evaluateSubjectivity(load('train_en.tsv'));
  const dev = evaluateSubjectivity(load('dev_en.tsv'));

  it('reads both splits whole', () => {
    expect([train.rows.length, dev.rows.length]).toEqual([830, 462]);
  });

  it('warns (strong tier) on at most 5% of objective dev sentences, and at least 70% of its warnings are opinion', () => {
    expect(dev.strong.flaggedFacts).toBeLessThanOrEqual(0.05);
    expect(dev.strong.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('stays above the organisers’ baseline (macro-F1 about 0.54) on dev, and above its floors on train', () => {
    expect(dev.overall.macroF1).toBeGreaterThanOrEqual(0.55);
    expect(train.overall.macroF1).toBeGreaterThanOrEqual(0.66);
    expect(train.strong.flaggedFacts).toBeLessThanOrEqual(0.02);
  });
});
