import { describe, expect, it } from 'vitest';
import { analysisWarmUp, buildArticleReport } from '../../../lib/report';
import { fixtureDocument } from '../../helpers/fixtures';

describe('analysisWarmUp', () => {
  it('splits the one-time work into many steps, once per language, and changes no result', () => {
    const before = buildArticleReport(fixtureDocument('demo-article.html'), { url: null });
    const steps = [...analysisWarmUp('en')];
    expect(steps.length).toBeGreaterThan(10);
    expect([...analysisWarmUp('en')]).toEqual([]);
    expect([...analysisWarmUp('es')].length).toBeGreaterThan(10);
    expect(buildArticleReport(fixtureDocument('demo-article.html'), { url: null })).toEqual(before);
  });

  it('can stop between steps and finish later', () => {
    const steps = analysisWarmUp('en-GB');
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(false);
    let rest = 0;
    while (!steps.next().done) rest += 1;
    expect(rest).toBeGreaterThan(0);
    expect([...analysisWarmUp('en-GB')]).toEqual([]);
  });

  it('leaves the patterns for later when asked, and compiles them on a later full warm-up', () => {
    const lists = [...analysisWarmUp('de', { patterns: false })].length;
    const full = [...analysisWarmUp('de')].length;
    expect(full).toBeGreaterThan(lists + 10);
    expect([...analysisWarmUp('de', { patterns: false })]).toEqual([]);
    expect([...analysisWarmUp('de')]).toEqual([]);
  });
});
