// Measures attribution, sources and figures against the hand-annotated gold (GOLD_DIR/gold.json), as its README's "Scoring" defines; prints figures, never fails.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeTexts, attributeTexts } from '../lib/text/analysis';
import { analyseSections } from '../lib/text/document';

interface GoldAttribution { sentence: string; id: string; source: string | null; role?: string; cue: string; kind: string; entity: string; resolvesTo?: string }
interface GoldFigure { sentence: string; id: string; value: number; unit?: string; source: string | null; sourceBy?: string; via?: string; spelled?: boolean }
interface GoldPage { language: string; paragraphs: string[]; sources: string[]; attributions: GoldAttribution[]; figures: GoldFigure[] }
type Span = [number, number];

const GOLD_DIR = resolve(process.env.GOLD_DIR ?? '../shared/gold');
const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? '../shared/corpus');
/** `--misses`: also list the gold speakers missed and the attributions that match no gold one. */
const SHOW_MISSES = process.argv.includes('--misses');
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'mr', 'mrs', 'ms', 'dr', 'le', 'la', 'les', 'l', 'de', 'du', 'des', 'el', 'los', 'las', 'o', 'os', 'as', 'da', 'do', 'del']);

/** Lower-cased content words: ’ → ', "'s" dropped, split on non-letters, articles, prepositions and honorifics left out. */
const words = (text: string | null | undefined): Set<string> =>
  new Set((text ?? '').toLowerCase().replace(/’/g, "'").replace(/'s\b/g, '').split(/[^\p{L}\p{M}]+/u).filter((w) => w && !STOP.has(w)));
const shares = (a: Set<string>, b: Set<string>) => [...a].some((w) => b.has(w));
const normal = (text: string | null | undefined) =>
  (text ?? '').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an|his|her|its|their|our|le|la|les|l'|el|los|las|o|os)\s+/, '').replace(/[.,;:!?]+$/, '');
const overlaps = (a: Span | undefined, b: Span | undefined) => Boolean(a && b && a[0] < b[1] && b[0] < a[1]);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const ratio = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`;

/** Maximum one-to-one matching (augmenting paths), trying `preferred` pairs first. */
function match(left: number, right: number, ok: (l: number, r: number) => boolean, preferred?: (l: number, r: number) => boolean): Map<number, number> {
  const owner = new Map<number, number>();
  const byLeft = new Map<number, number>();
  const augment = (l: number, seen: Set<number>, allowed: (l: number, r: number) => boolean): boolean => {
    for (let r = 0; r < right; r++) {
      if (seen.has(r) || !allowed(l, r)) continue;
      seen.add(r);
      const other = owner.get(r);
      if (other === undefined || augment(other, seen, allowed)) {
        owner.set(r, l);
        byLeft.set(l, r);
        return true;
      }
    }
    return false;
  };
  for (const allowed of preferred ? [(l: number, r: number) => ok(l, r) && preferred(l, r), ok] : [ok]) {
    for (let l = 0; l < left; l++) if (!byLeft.has(l)) augment(l, new Set(), allowed);
  }
  return byLeft;
}

/** Spans of `texts` in `whole`, each searched forward from the one before (from its start when `repeats`: several figures share a sentence). */
function locate(whole: string, texts: string[], repeats = false): (Span | undefined)[] {
  let from = 0;
  return texts.map((text) => {
    const at = whole.indexOf(text, from);
    if (at < 0) return undefined;
    from = repeats ? at : at + text.length;
    return [at, at + text.length];
  });
}

interface Totals { [name: string]: number }
const add = (totals: Totals, name: string, n: number) => (totals[name] = (totals[name] ?? 0) + n);

function scorePage(name: string, page: GoldPage, totals: Totals): string {
  const whole = page.paragraphs.join('\n');
  const starts = page.paragraphs.map((_, p) => page.paragraphs.slice(0, p).reduce((sum, text) => sum + text.length + 1, 0));
  const goldSpan = (id: string, sentence: string): Span | undefined => {
    const p = Number(/^p(\d+)/.exec(id)?.[1]);
    const at = page.paragraphs[p]?.indexOf(sentence) ?? -1;
    return at < 0 ? undefined : [starts[p]! + at, starts[p]! + at + sentence.length];
  };
  const sections = [{ kind: 'facts' as const, paragraphs: page.paragraphs }];
  const texts = analyseSections(sections, page.language);
  const attributed = attributeTexts(texts, page.language);
  const analysis = analyzeTexts(texts);
  const sentenceSpans = locate(whole, attributed.sentences.map((s) => s.text));
  const preds = attributed.attributions.map((a, i) => {
    const merged = attributed.sourceOf[i];
    const mergedName = merged === null || merged === undefined ? '' : attributed.sources[merged]!.name;
    return { a, span: sentenceSpans[a.sentence], names: new Set([...words(a.name), ...words(mergedName)]), mergedName };
  });
  const golds = page.attributions.map((g) => ({ g, span: goldSpan(g.id, g.sentence), names: new Set([...words(g.source), ...words(g.resolvesTo)]) }));
  const ok = (gi: number, pi: number) => overlaps(golds[gi]!.span, preds[pi]!.span) && shares(golds[gi]!.names, preds[pi]!.names);

  // Speaker level: a unit is one entity in one sentence.
  const units = new Map<string, number[]>();
  golds.forEach(({ g }, gi) => units.set(`${g.id}\u0000${g.entity}`, [...(units.get(`${g.id}\u0000${g.entity}`) ?? []), gi]));
  const unitFound = [...units.values()].map((members) => members.some((gi) => preds.some((_, pi) => ok(gi, pi))));
  const precise = preds.filter((_, pi) => golds.some((__, gi) => ok(gi, pi))).length;
  add(totals, 'units', units.size);
  add(totals, 'unitsFound', unitFound.filter(Boolean).length);
  const coreUnits = [...units.values()].map((members, k) => ({ core: members.some((gi) => (golds[gi]!.g as { core?: boolean }).core), found: unitFound[k] }));
  add(totals, 'coreUnits', coreUnits.filter((u) => u.core).length);
  add(totals, 'coreUnitsFound', coreUnits.filter((u) => u.core && u.found).length);
  add(totals, 'preds', preds.length);
  add(totals, 'predsRight', precise);

  // Cue level, source exact match, pronouns and roles.
  const pairs = match(golds.length, preds.length, ok, (gi, pi) => normal(golds[gi]!.g.source) === normal(preds[pi]!.a.name));
  add(totals, 'cues', golds.length);
  add(totals, 'cuesFound', pairs.size);
  for (const [gi, pi] of pairs) {
    const { g } = golds[gi]!;
    const pred = preds[pi]!;
    add(totals, 'exact', normal(g.source) === normal(pred.a.name) ? 1 : 0);
    if (g.kind === 'pronoun') {
      const right = shares(words(pred.mergedName), new Set([...words(g.resolvesTo), ...words(g.entity)]));
      add(totals, 'pronouns', 1);
      add(totals, 'pronounsRight', right ? 1 : 0);
      if (SHOW_MISSES && !right) console.log(`  pronoun ${name} ${g.id}: ${g.source} → ${pred.mergedName}, gold ${g.resolvesTo}`);
    }
    if (g.role) {
      add(totals, 'roles', 1);
      add(totals, 'rolesRight', shares(words(pred.a.role), words(g.role)) ? 1 : 0);
    }
  }

  // Source list: product sources against gold entities.
  const entityNames = page.sources.map((entity) => {
    const names = words(entity);
    for (const { g } of golds) if (g.entity === entity) for (const w of [...(g.kind === 'pronoun' ? [] : words(g.source)), ...words(g.resolvesTo)]) names.add(w);
    return names;
  });
  const sourceMatch = match(page.sources.length, analysis.sources.length, (e, s) => shares(entityNames[e]!, words(analysis.sources[s]!.name)));
  if (SHOW_MISSES) {
    const matched = new Set(sourceMatch.values());
    page.sources.forEach((entity, e) => sourceMatch.has(e) || console.log(`  entity ${name}: ${entity} not listed`));
    analysis.sources.forEach((source, s) => matched.has(s) || console.log(`  listed ${name}: ${source.name} matches no entity`));
  }
  add(totals, 'entities', page.sources.length);
  add(totals, 'sources', analysis.sources.length);
  add(totals, 'sourcesMatched', sourceMatch.size);

  // Figures.
  const figureSpans = locate(whole, analysis.figures.map((f) => f.sentence), true);
  const goldFigures = page.figures.map((f) => ({ f, span: goldSpan(f.id, f.sentence) }));
  const figurePairs = match(goldFigures.length, analysis.figures.length, (gi, pi) =>
    overlaps(goldFigures[gi]!.span, figureSpans[pi]) && Math.abs(goldFigures[gi]!.f.value - analysis.figures[pi]!.value) <= 1e-9 * Math.max(1, Math.abs(goldFigures[gi]!.f.value)));
  add(totals, 'figures', goldFigures.length);
  add(totals, 'digitFigures', goldFigures.filter(({ f }) => !f.spelled).length);
  add(totals, 'productFigures', analysis.figures.length);
  add(totals, 'figuresFound', figurePairs.size);
  for (const [gi, pi] of figurePairs) {
    const { f } = goldFigures[gi]!;
    const product = analysis.figures[pi]!;
    add(totals, 'digitFiguresFound', f.spelled ? 0 : 1);
    add(totals, 'unitAgrees', (f.unit === 'count' || !f.unit ? !product.unit : product.unit === f.unit) ? 1 : 0);
    const sourceAgrees = f.source === null ? !product.source : shares(words(product.source), new Set([...words(f.source), ...words(f.via)]));
    add(totals, 'sourceAgrees', sourceAgrees ? 1 : 0);
    if (SHOW_MISSES && !sourceAgrees) console.log(`  figure ${name} ${f.id}: ${product.text} from ${product.source ?? '(none)'}, gold ${f.source ?? '(none)'} | ${f.sentence}`);
    add(totals, 'cueSourcedRight', f.sourceBy === 'cue' && sourceAgrees ? 1 : 0);
  }
  add(totals, 'cueSourced', goldFigures.filter(({ f }) => f.sourceBy === 'cue').length);
  add(totals, 'contested', analysis.contested.length);
  if (SHOW_MISSES) {
    [...units.values()].forEach((members, k) => {
      if (!unitFound[k]) console.log(`  miss ${name} ${golds[members[0]!]!.g.id}: ${golds[members[0]!]!.g.source} / ${golds[members[0]!]!.g.cue} | ${golds[members[0]!]!.g.sentence}`);
    });
    preds.forEach((pred, pi) => {
      if (!golds.some((_, gi) => ok(gi, pi))) console.log(`  false ${name}: ${pred.a.name} (${pred.mergedName}) / ${pred.a.verb} | ${attributed.sentences[pred.a.sentence]!.text}`);
    });
  }
  const groups = analysis.contested.map((group) => `    ${name}: ${group.about}: ${group.claims.map((c) => `${c.source} ${c.value}`).join(' vs ')}`);

  const row = [
    name.replace(/\.html$/, '').padEnd(26), page.language.padEnd(6),
    String(units.size).padStart(4), String(preds.length).padStart(4), pct(unitFound.filter(Boolean).length, units.size).padStart(7), pct(precise, preds.length).padStart(7),
    String(page.sources.length).padStart(5), String(analysis.sources.length).padStart(4), pct(sourceMatch.size, page.sources.length).padStart(7), pct(sourceMatch.size, analysis.sources.length).padStart(7),
    String(goldFigures.length).padStart(5), String(analysis.figures.length).padStart(4), pct(figurePairs.size, goldFigures.length).padStart(7), pct(figurePairs.size, analysis.figures.length).padStart(7),
    String(analysis.contested.length).padStart(5),
  ].join(' ');
  return [row, ...groups].join('\n');
}

function main(): void {
  const goldFile = join(GOLD_DIR, 'gold.json');
  if (!existsSync(goldFile)) {
    console.log(`eval:text: no gold at ${goldFile} (set GOLD_DIR); nothing measured.`);
    return;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Record<string, GoldPage>;
  const names = Object.keys(gold);
  const inCorpus = names.filter((name) => existsSync(join(CORPUS_DIR, name))).length;
  console.log(`eval:text: ${names.length} gold pages from ${GOLD_DIR}; ${inCorpus} of them in CORPUS_DIR ${CORPUS_DIR} (the text measured is the gold's own paragraphs)\n`);
  console.log('page                       lang   attributions (units)     sources (merged)         figures                  contested');
  console.log('                                  gold pred    rec    prec  gold pred    rec    prec  gold pred    rec    prec  found');
  const totals: Totals = {};
  for (const name of names) console.log(scorePage(name, gold[name]!, totals));
  const t = (name: string) => totals[name] ?? 0;
  console.log(`
Attributions, speaker level: recall ${ratio(t('unitsFound'), t('units'))}, core units ${ratio(t('coreUnitsFound'), t('coreUnits'))}, precision ${ratio(t('predsRight'), t('preds'))}
Attributions, cue level:     recall ${ratio(t('cuesFound'), t('cues'))}, precision ${ratio(t('cuesFound'), t('preds'))}
  source exact match ${ratio(t('exact'), t('cuesFound'))}; pronoun resolved right ${ratio(t('pronounsRight'), t('pronouns'))}; role found ${ratio(t('rolesRight'), t('roles'))}
Source list (micro):         recall ${ratio(t('sourcesMatched'), t('entities'))}, precision ${ratio(t('sourcesMatched'), t('sources'))}
Figures:                     recall ${ratio(t('figuresFound'), t('figures'))}, digits only ${ratio(t('digitFiguresFound'), t('digitFigures'))}, precision ${ratio(t('figuresFound'), t('productFigures'))}
  unit agrees ${ratio(t('unitAgrees'), t('figuresFound'))}; source agrees ${ratio(t('sourceAgrees'), t('figuresFound'))}; cue-sourced figures with their source ${ratio(t('cueSourcedRight'), t('cueSourced'))}
Contested groups: gold 0, product ${t('contested')} (every one a false positive on this set)`);
}

main();
