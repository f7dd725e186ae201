// Page-level signals of what kind of piece a page is: schema.org types, section names, URL paths, title prefixes.
import type { PageKind } from '../types';

type SignalKind = Extract<PageKind, 'news' | 'opinion' | 'analysis'>;

export const SCHEMA_TYPES: Record<string, SignalKind> = {
  OpinionNewsArticle: 'opinion',
  ReviewNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  BackgroundNewsArticle: 'analysis',
  ReportageNewsArticle: 'news',
  NewsArticle: 'news',
};

/** Values of article:section, tone and genre metadata, lower case. */
export const SECTION_NAMES: Record<string, SignalKind> = {
  opinion: 'opinion',
  opinions: 'opinion',
  'op-ed': 'opinion',
  oped: 'opinion',
  editorial: 'opinion',
  editorials: 'opinion',
  commentary: 'opinion',
  'comment is free': 'opinion',
  commentisfree: 'opinion',
  columnists: 'opinion',
  opinión: 'opinion',
  opinião: 'opinion',
  meinung: 'opinion',
  opinione: 'opinion',
  'news analysis': 'analysis',
  analysis: 'analysis',
  análisis: 'analysis',
  analyse: 'analysis',
  news: 'news',
  reportage: 'news',
};

/** Path segments that file a page under opinion or analysis. */
export const URL_SEGMENTS: Record<string, SignalKind> = {
  opinion: 'opinion',
  opinions: 'opinion',
  commentisfree: 'opinion',
  editorial: 'opinion',
  editorials: 'opinion',
  'op-ed': 'opinion',
  oped: 'opinion',
  posteverything: 'opinion',
  breakingviews: 'opinion',
  opinión: 'opinion',
  meinung: 'opinion',
  analysis: 'analysis',
};

/** "Opinion | …", "Opinion: …", "ANALYSIS – …" at the start of a title. */
export const TITLE_PREFIX = /^\s*(opinion|op-ed|editorial|analysis|news analysis|opinión|análisis|meinung|analyse)\s*[|:–—-]\s*\S/i;
