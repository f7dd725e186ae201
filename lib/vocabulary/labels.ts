// Section-label vocabulary: the words that head Facts, Opinion and Analysis sections, by language.
import type { SectionKind } from '../types';

/** Labels after normalisation (lower case, no leading article, no trailing colon). */
export const SECTION_LABELS: Record<string, Partial<Record<SectionKind, readonly string[]>>> = {
  en: {
    facts: ['facts', 'fact', 'key facts'],
    opinion: ['opinion', 'commentary', 'editorial', 'op-ed', 'viewpoint', 'point of view'],
    analysis: ['analysis', 'news analysis'],
  },
  es: {
    facts: ['hechos'],
    opinion: ['opinión', 'editorial', 'punto de vista'],
    analysis: ['análisis'],
  },
  fr: {
    facts: ['faits'],
    opinion: ['opinion', 'avis', 'point de vue', 'éditorial', 'tribune'],
    analysis: ['analyse', 'décryptage'],
  },
  de: {
    facts: ['fakten', 'tatsachen'],
    opinion: ['meinung', 'kommentar', 'standpunkt', 'leitartikel'],
    analysis: ['analyse'],
  },
  pt: {
    facts: ['fatos', 'factos'],
    opinion: ['opinião', 'editorial', 'ponto de vista'],
    analysis: ['análise'],
  },
  it: {
    facts: ['fatti'],
    opinion: ['opinione', 'commento', 'editoriale', 'punto di vista'],
    analysis: ['analisi'],
  },
};

/** Leading words dropped before a label is looked up ("The Facts", "Our opinion", "Los hechos", "L'analyse"). */
export const LEADING_ARTICLES: readonly string[] = [
  'the', 'our', 'my', 'a',
  'los', 'las', 'el', 'la', 'nuestra', 'nuestro', 'mi',
  'les', 'le', "l'", 'l’', 'notre', 'mon',
  'die', 'der', 'das', 'unsere', 'unser', 'meine',
  'os', 'as', 'o', 'a', 'nossa', 'nosso',
  'i', 'il', 'lo', 'gli', "l'", 'la', 'nostra', 'nostro',
];
