import { describe, expect, it } from 'vitest';
import { jsonLdTypes, readPageSignals } from '../../../lib/page/page-type';
import { parseHtml } from '../../helpers/fixtures';

const withJsonLd = (json: unknown) =>
  parseHtml(`<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(json)}</script></head><body><p>Text.</p></body></html>`);

describe('JSON-LD types as page signals', () => {
  it('counts only the schema’s own type names: toString, constructor and __proto__ are not evidence', () => {
    const document = withJsonLd({ '@graph': [{ '@type': 'toString' }, { '@type': ['constructor', '__proto__', 'hasOwnProperty'] }] });
    expect(jsonLdTypes(document)).toEqual(['toString', 'constructor', '__proto__', 'hasOwnProperty']);
    expect(readPageSignals(document, null)).toEqual([]);
  });

  it('lists each of 60,000 distinct types once, and a real type among them is still evidence', () => {
    const graph = Array.from({ length: 60_000 }, (_, index) => ({ '@type': [`Thing${index}`, 'Thing0'] }));
    graph.push({ '@type': ['OpinionNewsArticle'] });
    const document = withJsonLd({ '@graph': graph });
    const types = jsonLdTypes(document);
    expect(types).toHaveLength(60_001);
    expect(new Set(types).size).toBe(types.length);
    expect(readPageSignals(document, null)).toEqual([{ kind: 'opinion', evidence: 'JSON-LD @type OpinionNewsArticle' }]);
  });
});
