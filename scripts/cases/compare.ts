// Compares an ArticleReport with a fault case's expected.json entry, every key as ../shared/cases/README.md defines it.
import type { ArticleReport } from '../../lib/types';

/** One page's entry in expected.json (cases/README.md, "expected.json"); values as the report gives them (£640m is 640000000). */
export interface CaseExpectation {
  kind?: string;
  /** The report's sections in order, [kind, label, paragraphs]; a null count is not checked. */
  sections?: [string, string, number | null][];
  /** Page types a correct report may give. */
  pageType?: string[];
  /** Each must appear in some source's name and role taken together (case ignored, ’ = '). */
  sources?: string[];
  /** No source name may contain this as whole words (case ignored). */
  notSources?: string[];
  /** Groups that must exist: `must` values, `sources[i]` a case-insensitive regex for the source of `must[i]`. */
  contested?: { must: number[]; sources?: string[]; mustNot?: number[] }[];
  noContested?: boolean;
  figures?: number[];
  notFigures?: number[];
  /** [value, regex]: a figure with this value given to a matching source. */
  figureSources?: [number, string][];
  /** Outside Opinion sections, no opinion-language cue on a sentence containing this text. */
  notOpinion?: string[];
}

const fold = (text: string) => text.replace(/[’‘]/g, "'").toLowerCase();
const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
const wholeWords = (needle: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${fold(needle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The ways `report` falls short of `expected`, as readable lines; an empty list means the page passes.
 * Never throws on a well-formed report; an invalid regex in `expected` is reported as a problem.
 */
export function checkCase(report: ArticleReport, expected: CaseExpectation): string[] {
  const problems: string[] = [];
  if (expected.sections) {
    const got = report.sections.map((s) => [s.kind, s.label, s.paragraphs] as const);
    const same =
      got.length === expected.sections.length &&
      expected.sections.every(([kind, label, paragraphs], i) => {
        const [gotKind, gotLabel, gotParagraphs] = got[i] ?? [];
        return gotKind === kind && fold(gotLabel ?? '') === fold(label) && (paragraphs === null || gotParagraphs === paragraphs);
      });
    if (!same) problems.push(`sections ${JSON.stringify(got)}, expected ${JSON.stringify(expected.sections)}`);
  }
  if (expected.pageType && !expected.pageType.includes(report.pageType.kind)) {
    problems.push(`page type ${report.pageType.kind}, expected ${expected.pageType.join(' or ')}`);
  }
  const sourceTexts = report.sources.map((s) => fold(`${s.name} ${s.role ?? ''}`));
  for (const wanted of expected.sources ?? []) {
    if (!sourceTexts.some((text) => text.includes(fold(wanted)))) problems.push(`no source "${wanted}"`);
  }
  for (const unwanted of expected.notSources ?? []) {
    const pattern = wholeWords(unwanted);
    const hit = report.sources.find((s) => pattern.test(fold(s.name)));
    if (hit) problems.push(`"${hit.name}" listed as a source`);
  }
  for (const group of expected.contested ?? []) {
    const ok = report.contested.some((found) => groupMatches(found.claims, group));
    if (!ok) problems.push(`no contested group ${JSON.stringify(group.must)}${group.sources ? ` from ${group.sources.join(' / ')}` : ''}`);
  }
  if (expected.noContested && report.contested.length > 0) {
    problems.push(`contested groups found: ${report.contested.map((g) => g.claims.map((c) => c.value).join(' vs ')).join('; ')}`);
  }
  const values = report.figures.map((f) => f.value);
  for (const value of expected.figures ?? []) if (!values.some((v) => sameValue(v, value))) problems.push(`no figure ${value}`);
  for (const value of expected.notFigures ?? []) if (values.some((v) => sameValue(v, value))) problems.push(`figure ${value} listed`);
  for (const [value, source] of expected.figureSources ?? []) {
    const pattern = new RegExp(source, 'iu');
    const givers = report.figures.filter((f) => sameValue(f.value, value)).map((f) => f.source ?? '(none)');
    if (!givers.some((giver) => pattern.test(giver))) problems.push(`figure ${value} from ${givers.join(', ') || 'nowhere'}, expected /${source}/`);
  }
  for (const text of expected.notOpinion ?? []) {
    const flagged = report.cues.find((cue) => report.sections[cue.section]?.kind !== 'opinion' && fold(cue.sentence).includes(fold(text)));
    if (flagged) problems.push(`"${text}" flagged as opinion language (${flagged.kind}: ${flagged.words.join(', ')})`);
  }
  return problems;
}

function groupMatches(claims: ArticleReport['contested'][number]['claims'], group: NonNullable<CaseExpectation['contested']>[number]) {
  const holdsEvery = group.must.every((value, i) => {
    const pattern = group.sources?.[i] === undefined ? null : new RegExp(group.sources[i], 'iu');
    return claims.some((claim) => sameValue(claim.value, value) && (pattern === null || pattern.test(claim.source)));
  });
  const holdsNone = (group.mustNot ?? []).every((value) => !claims.some((claim) => sameValue(claim.value, value)));
  return holdsEvery && holdsNone;
}
