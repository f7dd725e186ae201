// Page type from the page's own signals (JSON-LD, meta tags, og:title, URL) and its labelled sections.
import type { ArticleReport, PageKind, SectionKind } from '../types';
import { SCHEMA_TYPES, SECTION_NAMES, TITLE_PREFIX, URL_SEGMENTS } from '../vocabulary/page-signals';

type SignalKind = 'news' | 'opinion' | 'analysis';

export interface PageSignal {
  kind: SignalKind;
  evidence: string;
}

/** Signals from the page's own markup and URL; links to other pages are never read. */
export function readPageSignals(document: Document, url: string | null): PageSignal[] {
  const signals: PageSignal[] = [];
  const add = (kind: SignalKind | undefined, evidence: string) => {
    if (kind && !signals.some((signal) => signal.evidence === evidence)) signals.push({ kind, evidence });
  };
  // Only the schema's own names are evidence: `toString` or `__proto__` is not a type.
  for (const type of jsonLdTypes(document)) if (Object.hasOwn(SCHEMA_TYPES, type)) add(SCHEMA_TYPES[type], `JSON-LD @type ${type}`);
  for (const [key, value] of metaValues(document)) {
    if (key === 'article:opinion') {
      const flag = value.toLowerCase();
      if (flag === 'true') add('opinion', 'meta article:opinion = true');
      else if (flag === 'false') add('news', 'meta article:opinion = false');
    } else if (key === 'og:title') {
      add(titleKind(value), `og:title "${value.slice(0, 60)}"`);
    } else {
      add(SECTION_NAMES[value.trim().toLowerCase()], `meta ${key} = "${value.trim()}"`);
    }
  }
  if (url) {
    for (const segment of pathSegments(url)) add(URL_SEGMENTS[segment], `URL path /${segment}/`);
  }
  return signals;
}

const META_KEYS = new Set(['article:section', 'article:opinion', 'og:title', 'tone', 'genre', 'articleSection']);

function metaValues(document: Document): [string, string][] {
  const values: [string, string][] = [];
  // Metadata lives in the head; reading only there keeps this cheap on pages with huge bodies. The live tag
  // collection and a look at each meta's name cost less than an attribute-selector query (measured in Chromium).
  const metas = (document.head ?? document).getElementsByTagName('meta');
  for (let index = 0; index < metas.length; index += 1) {
    const meta = metas[index]!;
    // The first of property, name and itemprop names the meta: <meta property="og:type" name="tone"> is not a tone.
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    const content = key !== null && META_KEYS.has(key) ? meta.getAttribute('content') : null;
    if (content !== null) values.push([key!, content]);
  }
  return values;
}

function titleKind(title: string): SignalKind | undefined {
  const prefix = TITLE_PREFIX.exec(title);
  return prefix?.[1] ? SECTION_NAMES[prefix[1].toLowerCase()] : undefined;
}

/** An absolute URL's path, without parsing the whole URL: this runs on every page. */
const URL_PATH = /^[a-z][a-z\d+.-]*:(?:\/\/[^/?#]*)?([^?#]*)/i;
/** No URL segment that is a signal is longer than this. */
const LONGEST_SEGMENT = Math.max(...Object.keys(URL_SEGMENTS).map((segment) => encodeURIComponent(segment).length));

/** The URL's path segments that can be signals, decoded and in lower case. */
function pathSegments(url: string): string[] {
  const path = URL_PATH.exec(url)?.[1] ?? '';
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment.length > LONGEST_SEGMENT) continue;
    try {
      segments.push((segment.includes('%') ? decodeURIComponent(segment) : segment).toLowerCase());
    } catch {
      // A malformed escape is not a signal.
    }
  }
  return segments;
}

/** Every @type named by the page's JSON-LD, through arrays and @graph, each once; linear in the JSON's size. */
export function jsonLdTypes(document: Document): string[] {
  const types = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    for (const name of Array.isArray(type) ? type : [type]) {
      if (typeof name === 'string') types.add(name);
    }
    visit(record['@graph'], depth + 1);
  };
  for (const script of document.scripts) {
    if (script.type !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is simply not evidence.
    }
  }
  return [...types];
}

/** The page kind: sections of both facts and opinion make it mixed; else markup decides, else the sections. */
export function classifyPage(signals: PageSignal[], sectionKinds: SectionKind[]): ArticleReport['pageType'] {
  const evidence = signals.map((signal) => signal.evidence);
  const has = (kind: SectionKind) => sectionKinds.includes(kind);
  const signalled = (kind: SignalKind) => signals.some((signal) => signal.kind === kind);
  const result = (kind: PageKind, extra?: string) => ({ kind, evidence: extra ? [...evidence, extra] : evidence });
  if (has('opinion') && (has('facts') || has('analysis'))) {
    return result('mixed', `sections: ${[...new Set(sectionKinds)].join(', ')}`);
  }
  if (signalled('opinion')) return result('opinion');
  if (signalled('analysis')) return result('analysis');
  if (has('opinion')) return result('opinion', 'sections: opinion');
  if (has('analysis')) return result('analysis', 'sections: analysis');
  if (signalled('news')) return result('news');
  if (has('facts')) return result('news', 'sections: facts');
  return result('unknown');
}
