// The reader's settings: their shape, defaults, and the repair of corrupt or partial stored values.
import type { SectionKind } from '../types';
import type { CustomLabel } from '../page/labels';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  enabled: boolean;
  /** Host names where the extension stays off. */
  disabledSites: string[];
  badges: boolean;
  sectionMarker: boolean;
  panelAutoOpen: boolean;
  highlightFigures: boolean;
  /** Pages without section headings: estimate how much reads as opinion (off by default). */
  opinionEstimate: boolean;
  /** Highlight opinion-language cue words in the page (off by default). */
  highlightCues: boolean;
  theme: Theme;
  customLabels: CustomLabel[];
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  badges: true,
  sectionMarker: true,
  panelAutoOpen: false,
  highlightFigures: false,
  opinionEstimate: false,
  highlightCues: false,
  theme: 'auto',
  customLabels: [],
});

export const KINDS: readonly SectionKind[] = ['facts', 'opinion', 'analysis', 'context', 'perspectives', 'reading'];
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const MAX_LABEL_LENGTH = 60;

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function booleanOr(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A host name as stored: lower case, no scheme, port or path; null when it is not one. */
export function normaliseHost(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const host = value.trim().toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/[/:?#].*$/, '');
  return /^[a-z0-9.-]+$/.test(host) && /[a-z0-9]/.test(host) ? host : null;
}

/** Custom labels compare without regard to case or spacing: "Our  Take" and "our take" are one label. */
export function labelKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function sanitiseLabels(value: unknown): CustomLabel[] {
  if (!Array.isArray(value)) return [];
  const labels: CustomLabel[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    if (!isRecord(item) || typeof item.text !== 'string' || !KINDS.includes(item.kind as SectionKind)) continue;
    const text = item.text.replace(/\s+/g, ' ').trim();
    const key = labelKey(text);
    if (!text || text.length > MAX_LABEL_LENGTH || seen.has(key)) continue;
    seen.add(key);
    labels.push({ text, kind: item.kind as SectionKind });
  }
  return labels;
}

/** Field by field: every valid stored field is kept, every corrupt or missing one takes its default. */
export function sanitiseSettings(value: unknown): Settings {
  const stored = isRecord(value) ? value : {};
  const hosts = Array.isArray(stored.disabledSites) ? stored.disabledSites.map(normaliseHost) : [];
  return {
    enabled: booleanOr(stored.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: [...new Set(hosts.filter((host): host is string => host !== null))],
    badges: booleanOr(stored.badges, DEFAULT_SETTINGS.badges),
    sectionMarker: booleanOr(stored.sectionMarker, DEFAULT_SETTINGS.sectionMarker),
    panelAutoOpen: booleanOr(stored.panelAutoOpen, DEFAULT_SETTINGS.panelAutoOpen),
    highlightFigures: booleanOr(stored.highlightFigures, DEFAULT_SETTINGS.highlightFigures),
    opinionEstimate: booleanOr(stored.opinionEstimate, DEFAULT_SETTINGS.opinionEstimate),
    highlightCues: booleanOr(stored.highlightCues, DEFAULT_SETTINGS.highlightCues),
    theme: THEMES.includes(stored.theme as Theme) ? (stored.theme as Theme) : DEFAULT_SETTINGS.theme,
    customLabels: sanitiseLabels(stored.customLabels),
  };
}

/** Why a label typed by the reader cannot join the list, or null when it can. */
export function customLabelProblem(labels: readonly CustomLabel[], text: string): 'empty' | 'tooLong' | 'duplicate' | null {
  const key = labelKey(text);
  if (!key) return 'empty';
  if (key.length > MAX_LABEL_LENGTH) return 'tooLong';
  return labels.some((label) => labelKey(label.text) === key) ? 'duplicate' : null;
}

/** The host a typed site becomes, or why it cannot join the disabled-sites list. */
export function siteToDisable(
  sites: readonly string[],
  text: string,
): { host: string } | { problem: 'invalid' } | { problem: 'duplicate'; host: string } {
  const host = normaliseHost(text);
  if (!host) return { problem: 'invalid' };
  return sites.includes(host) ? { problem: 'duplicate', host } : { host };
}

/** True when the extension should run on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host.toLowerCase());
}

/** Deep equality of stored JSON values, whatever the order of object keys (Chrome returns them sorted). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return a === b;
}

/**
 * True when a stored value needs no repair: it holds every field of `settings` (its sanitised form), each equal to
 * it field by field. Key order and fields Settings does not know (a newer version's) do not count.
 */
export function isCleanSettings(stored: unknown, settings: Settings): boolean {
  if (!isRecord(stored)) return false;
  return (Object.keys(settings) as (keyof Settings)[]).every((key) => Object.hasOwn(stored, key) && sameValue(stored[key], settings[key]));
}

/** The fields of a stored value that Settings does not know (a newer version's), to be written back untouched. */
export function unknownSettingsFields(stored: unknown): Record<string, unknown> {
  if (!isRecord(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !Object.hasOwn(DEFAULT_SETTINGS, key)));
}
