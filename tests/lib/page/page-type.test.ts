import { describe, expect, it } from 'vitest';
import { classifyPage, jsonLdTypes, readPageSignals } from '../../../lib/page/page-type';
import { fixtureDocument, parseHtml } from '../../helpers/fixtures';

const pageType = (document: Document, url: string | null, sections: ('facts' | 'opinion' | 'analysis')[] = []) =>
  classifyPage(readPageSignals(document, url), sections);

describe('page type', () => {
  it('reads JSON-LD types through @graph and arrays, ignoring broken JSON-LD', () => {
    const document = fixtureDocument('opinion-jsonld.html');
    expect(jsonLdTypes(document)).toEqual(['WebPage', 'OpinionNewsArticle', 'Article']);
    expect(pageType(document, null)).toEqual({ kind: 'opinion', evidence: ['JSON-LD @type OpinionNewsArticle'] });
  });

  it('reads NYT-style tone and genre and a NewsArticle type; menu links to /opinion/ are not evidence', () => {
    expect(pageType(fixtureDocument('news-meta.html'), 'https://paper.example/2026/metro/harbour.html')).toEqual({
      kind: 'news',
      evidence: ['JSON-LD @type NewsArticle', 'meta tone = "news"', 'meta genre = "News"'],
    });
  });

  it('reads an og:title prefix', () => {
    expect(pageType(fixtureDocument('analysis-og.html'), null)).toEqual({
      kind: 'analysis',
      evidence: ['og:title "Analysis | What the election result means"'],
    });
  });

  it('reads article:opinion', () => {
    expect(pageType(fixtureDocument('opinion-meta.html'), null).kind).toBe('opinion');
  });

  it('reads section metas by the attribute that names them, and no other metas', () => {
    const page = (metas: string) => parseHtml(`<html><head>${metas}</head><body><p>x</p></body></html>`);
    expect(pageType(page('<meta itemprop="articleSection" content="Opinion">'), null).evidence).toEqual(['meta articleSection = "Opinion"']);
    expect(pageType(page('<meta name="article:section" content="Commentary">'), null).kind).toBe('opinion');
    expect(pageType(page('<meta property="og:type" name="tone" content="opinion">'), null).kind).toBe('unknown');
    expect(pageType(page('<meta name="description" content="opinion"><meta name="tone">'), null).kind).toBe('unknown');
    expect(pageType(page('<link property="article:section" content="Opinion">'), null).kind).toBe('unknown');
  });

  it.each([
    ['https://www.heraldsun.example/news/opinion/some-column/story-1', 'opinion', 'URL path /opinion/'],
    ['https://www.theguardian.example/commentisfree/2026/jan/01/x', 'opinion', 'URL path /commentisfree/'],
    ['https://www.washingtonpost.example/posteverything/2026/x', 'opinion', 'URL path /posteverything/'],
    ['https://www.reuters.example/breakingviews/x', 'opinion', 'URL path /breakingviews/'],
    ['https://paper.example/op-ed/x', 'opinion', 'URL path /op-ed/'],
    ['https://paper.example/editorial/x', 'opinion', 'URL path /editorial/'],
    ['https://paper.example/analysis/x', 'analysis', 'URL path /analysis/'],
    ['https://diario.example/opini%C3%B3n/x', 'opinion', 'URL path /opinión/'],
    ['https://zeitung.example/MEINUNG/x?page=2#top', 'opinion', 'URL path /meinung/'],
    ['http://127.0.0.1:8123/news/Opinion/', 'opinion', 'URL path /opinion/'],
  ])('reads the URL path %s', (url, kind, evidence) => {
    expect(pageType(parseHtml('<p>x</p>'), url)).toEqual({ kind, evidence: [evidence] });
  });

  it('does not read opinion into URLs that merely contain the word', () => {
    expect(pageType(parseHtml('<p>x</p>'), 'https://paper.example/news/opinion-poll-shows-lead').kind).toBe('unknown');
    expect(pageType(parseHtml('<p>x</p>'), 'https://paper.example/news/x?section=opinion#opinion').kind).toBe('unknown');
    expect(pageType(parseHtml('<p>x</p>'), 'https://opinion.example/news/x').kind).toBe('unknown');
    expect(pageType(parseHtml('<p>x</p>'), 'https://paper.example/%E0%A4%A/opinion%/x').kind).toBe('unknown');
    expect(pageType(parseHtml('<p>x</p>'), '/opinion/relative').kind).toBe('unknown');
  });

  it('calls a page with facts and opinion sections mixed, whatever its markup says', () => {
    expect(pageType(fixtureDocument('news-meta.html'), null, ['facts', 'opinion'])).toMatchObject({
      kind: 'mixed',
      evidence: expect.arrayContaining(['sections: facts, opinion']),
    });
  });

  it('falls back to the sections, then to unknown', () => {
    expect(pageType(parseHtml('<p>x</p>'), null, ['analysis']).kind).toBe('analysis');
    expect(pageType(parseHtml('<p>x</p>'), null, ['facts']).kind).toBe('news');
    expect(pageType(parseHtml('<p>x</p>'), null, []).kind).toBe('unknown');
  });
});
