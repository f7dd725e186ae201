// Stored settings of any version, told apart by their shape: version 1's fields become today's, no other field is dropped.
import { isRecord } from './settings';

/**
 * Today's fields from a stored value of any version. A version record kept beside the item would sync separately
 * and may be missing, null or corrupt on a new device, so the value's own shape decides: version 1 stored
 * `showBadges`, `showMarker` (booleans) and `labels` (a heading text → kind map), which become `badges`,
 * `sectionMarker` and entries appended to `customLabels`. A version 1 field is converted, and removed, only where it
 * can be read and today's field is absent (labels are merged); every other field, a newer version's included, is
 * kept as it is. Returns a new record (the input is not changed), or the input itself when it is not a record.
 */
export function upgradeStoredSettings(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const upgraded: Record<string, unknown> = { ...value };
  const rename = (old: string, current: string) => {
    if (typeof upgraded[old] !== 'boolean' || Object.hasOwn(upgraded, current)) return;
    upgraded[current] = upgraded[old];
    delete upgraded[old];
  };
  rename('showBadges', 'badges');
  rename('showMarker', 'sectionMarker');
  const { labels, customLabels } = upgraded;
  if (isRecord(labels) && (customLabels === undefined || Array.isArray(customLabels))) {
    const converted = Object.entries(labels).map(([text, kind]) => ({ text, kind }));
    upgraded.customLabels = [...(customLabels ?? []), ...converted];
    delete upgraded.labels;
  }
  return upgraded;
}
