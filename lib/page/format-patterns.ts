// Compiles publisher-format name patterns ("{Name}'s view", "The View From {Place}") into the label matcher's regexes.
import { escapeRegExp } from '../regexp';

/** One capitalised word of a name: "Okafor", "O'Neill", "Al-Amin", "J.". */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,3}`;
const PLACE = `(?:[Tt]he )?${NAME}`;
/** Loose forms for the prefilter, which ignores case: any one to four words. */
const LOOSE_WORD = "[a-z\\u00C0-\\uFFFF][a-z\\u00C0-\\uFFFF.'’-]*";
const LOOSE_NAME = `${LOOSE_WORD}(?:\\s+${LOOSE_WORD}){0,3}`;

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

/** The prefilter's form of a pattern: case ignored, any words for a name, not anchored at the end. */
export function looseFormatPattern(pattern: string): string {
  return pattern
    .split(/(\{Name\}|\{Place\})/)
    .map((part) => (part === '{Name}' || part === '{Place}' ? LOOSE_NAME : escapeRegExp(part).replace(/'/g, "['’]").replace(/ /g, '\\s+')))
    .join('');
}
