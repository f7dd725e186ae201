// Where the shared corpus of real pages lives (CORPUS_DIR, default ../shared/corpus) and what it holds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusEntry {
  page: string;
  bytes: number;
  title: string | null;
  site: string | null;
  lang: string | null;
  url: string | null;
}

export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus'));

/** The corpus index, or null with a printed notice when the folder is absent. */
export function loadCorpus(): CorpusEntry[] | null {
  const index = join(CORPUS_DIR, 'index.json');
  if (!existsSync(index)) {
    console.log(`notice: no corpus at ${CORPUS_DIR} (set CORPUS_DIR); corpus checks skipped.`);
    return null;
  }
  return JSON.parse(readFileSync(index, 'utf8')) as CorpusEntry[];
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;

/** The page as saved, minus its scripts: nothing of the page's own runs, so its layout is the same every load. */
export function withoutScripts(file: string): () => string {
  return () => readFileSync(file, 'utf8').replace(SCRIPT, '');
}

export function corpusPath(entry: CorpusEntry): string {
  return join(CORPUS_DIR, entry.page);
}
