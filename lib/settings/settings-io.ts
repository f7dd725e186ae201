// Settings files: the JSON a reader exports, and the checks an imported file must pass before it replaces anything.
import { KINDS, MAX_LABEL_LENGTH, THEMES, isRecord, normaliseHost, sanitiseSettings, type Settings } from './settings';

export const SETTINGS_FILE_NAME = 'opinion-lens-settings.json';

export type ImportProblem =
  | { kind: 'notJson' }
  | { kind: 'notSettings' }
  | { kind: 'unknownField'; field: string }
  | { kind: 'badField'; field: keyof Settings };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problem: ImportProblem };

type Check = (value: unknown) => boolean;

/** Longest piece of a file's own text that a message quotes. */
export const EXCERPT_MAX_LENGTH = 40;

/** A file's text as a message may quote it: controls and runs of spaces made one space, cut to a short excerpt. */
export function excerpt(text: string, maxLength = EXCERPT_MAX_LENGTH): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\s]+/g, ' ').trim();
  return clean.length <= maxLength ? clean : `${clean.slice(0, maxLength - 1)}…`;
}

const isBoolean: Check = (value) => typeof value === 'boolean';

function isLabel(value: unknown): boolean {
  if (!isRecord(value) || typeof value.text !== 'string') return false;
  const text = value.text.trim();
  return text.length > 0 && text.length <= MAX_LABEL_LENGTH && KINDS.includes(value.kind as never);
}

// A Record over every key, so a new Settings field cannot be forgotten here.
const FIELD_CHECKS: Record<keyof Settings, Check> = {
  enabled: isBoolean,
  disabledSites: (value) => Array.isArray(value) && value.every((host) => normaliseHost(host) !== null),
  badges: isBoolean,
  sectionMarker: isBoolean,
  panelAutoOpen: isBoolean,
  highlightFigures: isBoolean,
  opinionEstimate: isBoolean,
  highlightCues: isBoolean,
  theme: (value) => THEMES.includes(value as never),
  customLabels: (value) => Array.isArray(value) && value.every(isLabel),
};

function isField(name: string): name is keyof Settings {
  return Object.hasOwn(FIELD_CHECKS, name);
}

/** The file's text: every field, readable and stable so two exports of the same settings are identical. */
export function settingsToJson(settings: Settings): string {
  return `${JSON.stringify(sanitiseSettings(settings), null, 2)}\n`;
}

/**
 * Reads an exported file. All or nothing: one unknown field or one value of the wrong kind refuses the whole
 * file, because a half-applied import would leave settings the reader never chose. Fields the file leaves out
 * take their defaults, as the file is meant to replace the settings.
 */
export function parseSettingsJson(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (!isRecord(value)) return { ok: false, problem: { kind: 'notSettings' } };
  const names = Object.keys(value);
  const unknown = names.find((name) => !isField(name));
  if (unknown !== undefined) return { ok: false, problem: { kind: 'unknownField', field: excerpt(unknown) } };
  if (names.length === 0) return { ok: false, problem: { kind: 'notSettings' } };
  const bad = names.filter(isField).find((name) => !FIELD_CHECKS[name](value[name]));
  if (bad !== undefined) return { ok: false, problem: { kind: 'badField', field: bad } };
  return { ok: true, settings: sanitiseSettings(value) };
}
