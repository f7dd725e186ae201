// Number and spread formatting for the panel: "2,000", "12%", "$40M", "58 vs 23, 2.5×", shares as "78%".
import { t } from '../i18n';

const CURRENCY_CODE = /^[A-Z]{3}$/;
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

export function formatFigure(value: number, unit?: string, locale?: string): string {
  const currency = unit ? (CURRENCY_SYMBOLS[unit] ?? (CURRENCY_CODE.test(unit) ? unit : null)) : null;
  const compact = Math.abs(value) >= 1_000_000;
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
    ...(compact ? { notation: 'compact' } : {}),
  };
  if (currency) {
    try {
      return numberFormat(locale, { ...options, style: 'currency', currency }).format(value);
    } catch {
      // An unknown currency code is printed as a plain unit below.
    }
  }
  const number = numberFormat(locale, options).format(value);
  if (!unit) return number;
  return unit === '%' || unit === 'percent' ? `${number}%` : `${number} ${unit}`;
}

/** "58 vs 23, 2.5×": the largest and smallest claim and their ratio; no ratio when a value is zero or negative. */
export function formatSpread(values: number[], unit?: string, locale?: string): string {
  if (values.length < 2) return values.map((value) => formatFigure(value, unit, locale)).join('');
  const high = Math.max(...values);
  const low = Math.min(...values);
  const ratio = low > 0 ? numberFormat(locale, { maximumFractionDigits: 1 }).format(high / low) : '–';
  const [first, second] = values[0] === low ? [low, high] : [high, low];
  return t('panelSpread', formatFigure(first, unit, locale), formatFigure(second, unit, locale), ratio);
}

/** A 0..1 share as a whole percentage in the reader's locale: 0.784 → "78%". */
export function formatPercent(share: number, locale?: string): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** One formatter per locale and options: making one costs far more than formatting (a large panel formats hundreds of numbers). */
const formats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat(locale, options), made once; throws as the constructor does (an unknown currency code). */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}\u0000${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const OPENING = '“«„"';
const CLOSING = '”»“"';

/**
 * A quotation's words without the one pair of marks that encloses all of it, nor the comma left before its closing
 * mark ("“We stay,”" → "We stay"), for a <q> that adds its own marks; any other text unchanged, such as two
 * quotations around a cue ("“Go,” she said, “now.”").
 */
export function withoutEnclosingMarks(text: string): string {
  const clean = text.trim();
  const [open, close] = [clean[0] ?? '', clean[clean.length - 1] ?? ''];
  if (clean.length < 2 || !OPENING.includes(open) || !CLOSING.includes(close)) return text;
  let depth = 0;
  for (let at = 0; at < clean.length - 1; at++) {
    if (open === '"' ? clean[at] === '"' : OPENING.includes(clean[at]!) && clean[at] !== '"') depth++;
    else if (open !== '"' && '”»'.includes(clean[at]!)) depth--;
    if (depth === 0 || (open === '"' && depth > 1)) return text;
  }
  return clean.slice(1, -1).replace(/,\s*$/, '').trim();
}

/**
 * Whether a claim's text, once its enclosing pair is dropped (withoutEnclosingMarks), still opens or closes with a
 * quotation mark of its own ("“We must pay attention” in that law", "…the transition period,”"): the <q> showing it
 * must then add no marks, or the reader sees them doubled.
 */
export function carriesOwnMarks(text: string): boolean {
  const clean = text.trim();
  return OPENING.includes(clean[0] ?? '\u0000') || CLOSING.includes(clean[clean.length - 1] ?? '\u0000');
}

/** A claim's quote cut to a readable length at a word boundary. */
export function shortQuote(text: string, maxLength = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
