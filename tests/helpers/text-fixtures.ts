// Loads plain-text article fixtures: a "# facts" / "# opinion" / "# analysis" line opens a section, blank lines separate paragraphs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SectionText } from '../../lib/text/analysis';

const HERE = dirname(fileURLToPath(import.meta.url));
const TEXT_FIXTURES = join(HERE, '..', 'fixtures', 'text');
/** The shared seed article, beside the project: ../shared/seed/article.txt. */
export const SEED_PATH = join(HERE, '..', '..', '..', 'shared', 'seed', 'article.txt');
export const SEED_PRESENT = existsSync(SEED_PATH);

const KINDS = new Set(['facts', 'opinion', 'analysis']);

/** Sections of a fixture; text before the first marker is a section of kind null. */
export function readTextFixture(name: string): SectionText[] {
  const sections: SectionText[] = [];
  let current: SectionText | null = null;
  for (const block of readFileSync(join(TEXT_FIXTURES, name), 'utf8').split(/\n\s*\n/)) {
    for (const line of block.split('\n')) {
      const marker = /^#\s*(\w+)\s*$/.exec(line);
      if (marker && KINDS.has(marker[1]!)) {
        current = { kind: marker[1] as SectionText['kind'], paragraphs: [] };
        sections.push(current);
      }
    }
    const text = block.split('\n').filter((line) => !/^#\s/.test(line)).join(' ').trim();
    if (!text) continue;
    if (!current) sections.push((current = { kind: null, paragraphs: [] }));
    current.paragraphs.push(text);
  }
  return sections;
}

/** The seed article's "The Facts:" and "Opinion:" sections, one paragraph per line. */
export function readSeedSections(): SectionText[] {
  const sections: SectionText[] = [];
  for (const line of readFileSync(SEED_PATH, 'utf8').split('\n').map((l) => l.trim())) {
    if (/^(?:the\s+)?facts:$/i.test(line)) sections.push({ kind: 'facts', paragraphs: [] });
    else if (/^opinion:$/i.test(line)) sections.push({ kind: 'opinion', paragraphs: [] });
    else if (line && sections.length) sections[sections.length - 1]!.paragraphs.push(line);
  }
  return sections;
}
