// Page type from the page's own signals (JSON-LD, meta tags, og:title, URL) and its labelled sections.
import type { ArticleReport, PageKind, SectionKind } from './types';
import { SCHEMA_TYPES, SECTION_NAMES, TITLE_PREFIX, URL_SEGMENTS } from './vocabulary/page-signals';

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
  for (const type of jsonLdTypes(document)) add(SCHEMA_TYPES[type], `JSON-LD @type ${type}`);
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

const META_KEYS = ['article:section', 'article:opinion', 'og:title', 'tone', 'genre', 'articleSection'];

function metaValues(document: Document): [string, string][] {
  const values: [string, string][] = [];
  // Metadata lives in the head; reading only there keeps this cheap on pages with huge bodies.
  for (const meta of (document.head ?? document).querySelectorAll('meta[content]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop');
    if (key && META_KEYS.includes(key)) values.push([key, meta.getAttribute('content') ?? '']);
  }
  return values;
}

function titleKind(title: string): SignalKind | undefined {
  const prefix = TITLE_PREFIX.exec(title);
  return prefix?.[1] ? SECTION_NAMES[prefix[1].toLowerCase()] : undefined;
}

function pathSegments(url: string): string[] {
  try {
    return new URL(url).pathname.split('/').map((segment) => decodeURIComponent(segment).toLowerCase());
  } catch {
    return [];
  }
}

/** Every @type named by the page's JSON-LD, through arrays and @graph. */
export function jsonLdTypes(document: Document): string[] {
  const types: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    for (const name of Array.isArray(type) ? type : [type]) {
      if (typeof name === 'string' && !types.includes(name)) types.push(name);
    }
    visit(record['@graph'], depth + 1);
  };
  for (const script of Array.from(document.scripts).filter((element) => element.type === 'application/ld+json')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is simply not evidence.
    }
  }
  return types;
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
