// Attribution shapes per family and per language, read from tests/fixtures/text/attribution (format in its README).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/text/analysis';
import { findAttributions } from '../../../lib/text/attribution';
import { analyseParagraphs } from '../../../lib/text/document';
import { mergeSources } from '../../../lib/text/sources';

const FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'text', 'attribution');

interface Block {
  paragraphs: string[];
  /** "name | role | cue" or "name = source | role | cue", as written. */
  expected: string[] | null;
  none: boolean;
  notNames: string[];
  /** "~> text": the attributions' claims, in order. */
  claims: string[];
  figures: [number, string][];
}

function readBlocks(file: string): { locale: string; blocks: Block[] } {
  const text = readFileSync(join(FOLDER, file), 'utf8');
  const locale = /^@locale\s+(\S+)/.exec(text)?.[1] ?? 'en';
  const blocks = text.split(/\n\s*\n/).map((chunk): Block => {
    const block: Block = { paragraphs: [], expected: null, none: false, notNames: [], claims: [], figures: [] };
    for (const line of chunk.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('@'))) {
      const figure = /^figure\s+([\d.]+)\s+=>\s+(.+)$/.exec(line);
      if (figure) block.figures.push([Number(figure[1]), figure[2]!]);
      else if (line === '=> none') block.none = true;
      else if (line.startsWith('!=>')) block.notNames.push(line.slice(3).trim());
      else if (line.startsWith('~>')) block.claims.push(line.slice(2).trim());
      else if (line.startsWith('=>')) (block.expected ??= []).push(line.slice(2).trim());
      else block.paragraphs.push(line);
    }
    return block;
  });
  return { locale, blocks: blocks.filter((block) => block.paragraphs.length) };
}

const files = readdirSync(FOLDER).filter((file) => file.endsWith('.txt'));

describe.each(files)('attribution shapes in %s', (file) => {
  const { locale, blocks } = readBlocks(file);
  it.each(blocks.map((block) => [block.paragraphs.join(' / '), block] as const))('%s', (_, block) => {
    const attributions = findAttributions(analyseParagraphs(block.paragraphs, locale));
    const { sources, sourceOf } = mergeSources(attributions, locale);
    const described = attributions.map((attribution, i) => {
      const source = sourceOf[i] === null || sourceOf[i] === undefined ? '(none)' : sources[sourceOf[i]!]!.name;
      const name = source === attribution.name ? attribution.name : `${attribution.name} = ${source}`;
      return `${name} | ${attribution.role ?? '-'} | ${attribution.verb}`;
    });
    if (block.none) expect(described).toEqual([]);
    // A line without "= source" does not check the merged source.
    if (block.expected) expect(described.map((line, i) => (block.expected![i]?.includes(' = ') ? line : line.replace(/ = [^|]+ \|/, ' |')))).toEqual(block.expected);
    if (block.claims.length) expect(attributions.map((attribution) => attribution.claim)).toEqual(block.claims);
    for (const words of block.notNames) {
      for (const attribution of attributions) expect(attribution.name.toLowerCase()).not.toContain(words.toLowerCase());
    }
    if (block.figures.length) {
      const analysis = analyzeText([{ kind: 'facts', paragraphs: block.paragraphs }], { locale });
      for (const [value, source] of block.figures) {
        const figure = analysis.figures.find((f) => f.value === value);
        expect(figure, `figure ${value}`).toBeDefined();
        expect(figure!.source ?? '-').toBe(source);
      }
    }
  });
});
