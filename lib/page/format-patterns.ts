// Compiles publisher-format name patterns ("{Name}'s view", "The View From {Place}") into the label matcher's tests.
import { escapeRegExp } from '../regexp';

/** One capitalised word of a name: "Okafor", "O'Neill", "Al-Amin", "J.". */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,3}`;
const PLACE = `(?:[Tt]he )?${NAME}`;
/** A literal part of a pattern: letters in either case, spaces as one space, both apostrophes. */
function literal(text: string): string {
  return [...text]
    .map((char) => {
      if (char === "'" || char === '’') return "['’]";
      if (char === ' ') return ' ';
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower === upper ? escapeRegExp(char) : `[${lower}${upper}]`;
    })
    .join('');
}

/**
 * The regex for a pattern such as "{Name}'s view" or "The View From {Place}" (see lib/vocabulary/formats.ts), tested
 * on the printed label (spaces collapsed, edge punctuation trimmed): the whole label, the name capitalised.
 */
export function compileFormatPattern(pattern: string): RegExp {
  const source = pattern
    .split(/(\{Name\}|\{Place\})/)
    .map((part) => (part === '{Name}' ? NAME : part === '{Place}' ? PLACE : literal(part)))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

/**
 * The prefilter's forms of a pattern, for the text nodes it may stand in: `start`, a regex source for a pattern that
 * opens with a literal ("The View From "), case ignored; else `end`, the literal that closes it ("'s view"), lower
 * case. A pattern has at least one of them (the vocabulary's patterns all do).
 */
export function patternEdges(pattern: string): { start?: string; end?: string } {
  const parts = pattern.split(/(\{Name\}|\{Place\})/);
  const first = parts[0] ?? '';
  if (first !== '') return { start: escapeRegExp(first).replace(/'/g, "['’]").replace(/ /g, '\\s+') };
  return { end: (parts[parts.length - 1] ?? '').toLowerCase() };
}

/** Characters a label may end with after its text: spaces and the separators normalisation trims. */
const TRAILING = new Set([...' \t\n\r\u00a0:：.-–—|»>›*'].map((char) => char.charCodeAt(0)));

/** The lower-case code of one UTF-16 unit, with the curly apostrophe read as "'" (ASCII letters without a string). */
function lowerCode(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  if (code === 0x2019) return 39;
  return text.charAt(index).toLowerCase().charCodeAt(0);
}

/**
 * A test of whether a text, its trailing spaces and separators ignored, ends with one of `literals` (lower case;
 * "'" matches "’" too). It reads only the last characters and makes no string for ASCII text: it runs on every
 * short text node of every page. A last character that no literal ends with rules the text out at once.
 */
export function endingTest(literals: readonly string[]): (text: string) => boolean {
  const ends = literals.filter((literal) => literal.length > 0);
  const lastCodes = new Set(ends.map((literal) => lowerCode(literal, literal.length - 1)));
  // ASCII codes read from tables: a text node ending in spaces or a full stop steps back over them cheaply.
  const trailing = Uint8Array.from({ length: 128 }, (_, code) => (TRAILING.has(code) ? 1 : 0));
  const mayEnd = Uint8Array.from({ length: 128 }, (_, code) => (!trailing[code] && lastCodes.has(code >= 65 && code <= 90 ? code + 32 : code) ? 1 : 0));
  return (text) => {
    let end = text.length - 1;
    let code = text.charCodeAt(end);
    while (end >= 0 && (code < 128 ? trailing[code] === 1 : TRAILING.has(code))) code = text.charCodeAt(--end);
    if (end < 0 || (code < 128 ? mayEnd[code] === 0 : !lastCodes.has(lowerCode(text, end)))) return false;
    return ends.some((literal) => {
      if (literal.length > end + 1) return false;
      for (let offset = literal.length - 1, index = end; offset >= 0; offset -= 1, index -= 1) {
        if (lowerCode(text, index) !== lowerCode(literal, offset)) return false;
      }
      return true;
    });
  };
}
