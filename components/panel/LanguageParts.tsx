// Panel parts that show why text reads as opinion: flagged sentences in Facts sections, and the estimate for unlabelled pages.
import type { CueKind } from '../../lib/text/subjectivity';
import type { ArticleReport, OpinionCue, OpinionEstimate } from '../../lib/types';
import { t, type MessageKey } from '../i18n';
import { formatPercent, shortQuote } from './format';
import type { JumpTarget } from './types';
import { PanelPart } from './PanelPart';
import { useCallback, useMemo } from 'preact/hooks';
import { ShownList } from './ShownList';

type Jump = (target: JumpTarget) => void;

const CUE_KIND: Record<CueKind, MessageKey> = {
  evaluative: 'cueEvaluative',
  prescriptive: 'cuePrescriptive',
  stance: 'cueStance',
  intensifier: 'cueIntensifier',
  absolute: 'cueAbsolute',
  rhetorical: 'cueRhetorical',
};

/** The reader's name for a cue kind; a kind this build does not know is shown as it came. */
function cueKindName(kind: string): string {
  return Object.hasOwn(CUE_KIND, kind) ? t(CUE_KIND[kind as CueKind]) : kind;
}

interface FlaggedSentence {
  sentence: string;
  cues: { kind: string; words: string[] }[];
}

/**
 * The report lists one cue per kind and sentence; the panel shows each sentence once with all its cues, by section
 * index (one pass over the cues). Only strong-tier sentences are warnings (weaker wording is too common in plain
 * reporting); a cue with no tier predates the tiers.
 */
function flaggedSentencesBySection(cues: OpinionCue[]): Map<number, FlaggedSentence[]> {
  const bySection = new Map<number, Map<string, FlaggedSentence>>();
  for (const cue of cues) {
    if (cue.strong === false) continue;
    let bySentence = bySection.get(cue.section);
    if (!bySentence) bySection.set(cue.section, (bySentence = new Map()));
    const entry = bySentence.get(cue.sentence) ?? { sentence: cue.sentence, cues: [] };
    entry.cues.push({ kind: cue.kind, words: cue.words });
    bySentence.set(cue.sentence, entry);
  }
  return new Map([...bySection].map(([section, bySentence]) => [section, [...bySentence.values()]]));
}

function CueChips({ cues }: { cues: FlaggedSentence['cues'] }) {
  return (
    <span class="cues">
      {cues.map((cue) => (
        <span key={cue.kind} class="cue">
          {cue.words.length > 0 ? t('panelCueWords', cueKindName(cue.kind), cue.words.join(', ')) : cueKindName(cue.kind)}
        </span>
      ))}
    </span>
  );
}

function SentenceButton({ sentence, cues, onJump }: FlaggedSentence & { onJump: () => void }) {
  return (
    <button type="button" class="jump" onClick={onJump}>
      <q class="sentence" dir="auto">{shortQuote(sentence)}</q>
      <CueChips cues={cues} />
    </button>
  );
}

interface FactsWarning {
  label: string;
  index: number;
  sentences: FlaggedSentence[];
}

export function OpinionLanguagePart({ sections, cues, onJump }: Pick<ArticleReport, 'sections' | 'cues'> & { onJump: Jump }) {
  const { facts, warned } = useMemo(() => {
    const flagged = flaggedSentencesBySection(cues);
    const factsSections = sections.flatMap((section, index) => (section.kind === 'facts' ? [{ section, index }] : []));
    return {
      facts: factsSections.length,
      warned: factsSections.flatMap(({ section, index }) => {
        const sentences = flagged.get(index) ?? [];
        return sentences.length > 0 ? [{ label: section.label, index, sentences }] : [];
      }),
    };
  }, [sections, cues]);
  const warning = useCallback(
    ({ label, index, sentences }: FactsWarning) => (
      <div class="warning" key={index}>
        <h4>
          <span aria-hidden="true">⚠</span>
          {t('panelLanguageInFacts', label)}
        </h4>
        <ul class="claims">
          {sentences.map((flagged) => (
            <li key={flagged.sentence}>
              <SentenceButton {...flagged} onJump={() => onJump({ sentence: flagged.sentence, section: index })} />
            </li>
          ))}
        </ul>
      </div>
    ),
    [onJump],
  );
  return (
    <PanelPart
      id="ol-language"
      title={t('panelLanguage')}
      empty={warned.length === 0 ? t(facts === 0 ? 'panelNoFactsSection' : 'panelNoLanguageInFacts') : null}
    >
      <ShownList items={warned} item={warning} />
    </PanelPart>
  );
}

export function OpinionEstimatePart({ estimate, onJump }: { estimate: OpinionEstimate; onJump: Jump }) {
  return (
    <PanelPart id="ol-estimate" title={t('panelEstimate')}>
      <p class="note">
        {t('panelEstimateShare', formatPercent(estimate.share), estimate.opinionSentences, estimate.sentences)}{' '}
        {t('panelEstimateCaveat')}
      </p>
      {estimate.top.length === 0 ? (
        <p class="empty">{t('panelEstimateNone')}</p>
      ) : (
        <ul class="claims" aria-label={t('panelEstimateTop')}>
          {estimate.top.map((top, index) => (
            <li key={index}>
              <SentenceButton
                sentence={top.sentence}
                cues={top.kinds.map((kind) => ({ kind, words: [] }))}
                onJump={() => onJump({ sentence: top.sentence })}
              />
            </li>
          ))}
        </ul>
      )}
    </PanelPart>
  );
}
