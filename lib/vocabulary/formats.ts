// Publisher formats: the part titles of newsletter-style and explainer articles, each mapped to a section kind.
import type { SectionKind } from '../types';

/**
 * A part title. `label` is compared whole, case ignored, after trimming numbering and a trailing colon or dash; unlike
 * SECTION_LABELS its leading article is kept ("The News" is a label, "News" is not). In `pattern`, `{Name}` stands for
 * one to four capitalised words (a person: "Ben Okafor's view") and `{Place}` for one to four capitalised words,
 * optionally after "the" (a place or group: "The View From Lagos", "The View From the Treasury"); the rest of the
 * pattern is compared with case ignored. A pattern matches the whole label only, so a headline that merely starts
 * like one ("Okafor's view on tariffs shifts") is never a label.
 */
export interface FormatLabel {
  label?: string;
  pattern?: string;
  kind: SectionKind;
  /** What the part holds, for the README's table. */
  note: string;
}

export interface PublisherFormat {
  name: string;
  labels: readonly FormatLabel[];
}

/** Source: the part titles Semafor prints on its articles, and common newsletter and explainer labels (issue #11). */
export const PUBLISHER_FORMATS: readonly PublisherFormat[] = [
  {
    name: 'Semafor',
    labels: [
      { label: 'The News', kind: 'facts', note: 'the reported news' },
      { label: 'Know More', kind: 'context', note: 'background' },
      { label: 'Step Back', kind: 'context', note: 'the longer view, background' },
      { pattern: "{Name}'s view", kind: 'analysis', note: "the reporter's own analysis" },
      { label: 'Room for Disagreement', kind: 'perspectives', note: 'a counter-argument' },
      { pattern: 'The View From {Place}', kind: 'perspectives', note: 'how a place or group sees the story' },
      { label: 'Notable', kind: 'reading', note: "other outlets' stories" },
    ],
  },
  {
    name: 'Newsletters and explainers',
    labels: [
      { label: 'My take', kind: 'opinion', note: "the writer's opinion" },
      { label: 'Our view', kind: 'opinion', note: "the publication's opinion" },
      { label: 'Why it matters', kind: 'analysis', note: "the writer's analysis" },
      { label: 'What the left is saying', kind: 'perspectives', note: 'one side of a debate, quoted' },
      { label: 'What the right is saying', kind: 'perspectives', note: 'one side of a debate, quoted' },
      { label: 'The other side', kind: 'perspectives', note: 'a counter-argument' },
    ],
  },
];
