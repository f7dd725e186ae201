// Vitest global set-up: says once, before any test, that the seed-article tests are skipped when ../shared/seed is absent.
import { existsSync } from 'node:fs';
import { SEED_HTML } from '../../scripts/browser';
import { SEED_PATH } from './text-fixtures';

export default function seedNotice(): void {
  const missing = [SEED_PATH, SEED_HTML].filter((path) => !existsSync(path));
  if (missing.length > 0) console.log(`notice: no seed article at ${missing.join(', ')}; the seed-article tests are skipped.`);
}
