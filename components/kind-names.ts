// The message keys that name page kinds and section kinds, shared by badges, panel and popup.
import type { PageKind, SectionKind } from '../lib/types';
import type { MessageKey } from './i18n';

export const PAGE_KIND_MESSAGE: Record<PageKind, MessageKey> = {
  news: 'pageKindNews',
  opinion: 'pageKindOpinion',
  analysis: 'pageKindAnalysis',
  mixed: 'pageKindMixed',
  unknown: 'pageKindUnknown',
};

/** The upper-case pill text: FACTS, OPINION, ANALYSIS, CONTEXT, OTHER VIEWS, FURTHER READING. */
export const SECTION_KIND_MESSAGE: Record<SectionKind, MessageKey> = {
  facts: 'badgeFacts',
  opinion: 'badgeOpinion',
  analysis: 'badgeAnalysis',
  context: 'badgeContext',
  perspectives: 'badgePerspectives',
  reading: 'badgeReading',
};

/** The reader's name of a section kind, in sentence case: Facts, Opinion, Other views. */
export const SECTION_KIND_NAME: Record<SectionKind, MessageKey> = {
  facts: 'kindFacts',
  opinion: 'kindOpinion',
  analysis: 'kindAnalysis',
  context: 'kindContext',
  perspectives: 'kindPerspectives',
  reading: 'kindReading',
};

/** One sentence saying what a section of the kind holds, from whose voice: "Other people's views, not the writer's." */
export const SECTION_KIND_HINT: Record<SectionKind, MessageKey> = {
  facts: 'kindHintFacts',
  opinion: 'kindHintOpinion',
  analysis: 'kindHintAnalysis',
  context: 'kindHintContext',
  perspectives: 'kindHintPerspectives',
  reading: 'kindHintReading',
};
