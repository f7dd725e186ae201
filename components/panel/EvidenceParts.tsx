// Panel parts about what the article cites: sources and their claims, contested figures, single-source figures.
import type { ArticleReport, ContestedFigure, Figure, Source } from '../../lib/types';
import { t } from '../i18n';
import { carriesOwnMarks, formatFigure, formatSpread, shortQuote, withoutEnclosingMarks } from './format';
import type { JumpTarget } from './types';
import { PanelPart } from './PanelPart';
import { useCallback } from 'preact/hooks';
import { ShownList } from './ShownList';

type Jump = (target: JumpTarget) => void;

/** Who said what; where none was found, says whether the labelled sections or the whole article were read. */
export function SourcesPart({ sources, scope, onJump }: Pick<ArticleReport, 'sources' | 'scope'> & { onJump: Jump }) {
  const empty = scope === 'article' ? t('panelNoSourcesArticle') : t('panelNoSources');
  const row = useCallback(
    (source: Source) => (
      <li key={source.name}>
        <h4>
          <bdi>{source.name}</bdi>
          {source.role && <span class="muted"> · <bdi>{source.role}</bdi></span>}
          <span class="count">{source.claims === 1 ? t('panelOneClaim') : t('panelClaims', source.claims)}</span>
        </h4>
        {source.statements && source.statements.length > 0 && (
          <ul class="claims">
            {source.statements.map((statement, index) => (
              <li key={index}>
                <button type="button" class="jump" onClick={() => onJump({ sentence: statement.sentence, section: statement.section })}>
                  <span class="verb" dir="auto">{statement.verb}</span> <ClaimQuote text={shortQuote(withoutEnclosingMarks(statement.quote))} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </li>
    ),
    [onJump],
  );
  return (
    <PanelPart id="ol-sources" title={t('panelSources')} empty={sources.length === 0 ? empty : null}>
      <ul class="sources">
        <ShownList items={sources} item={row} />
      </ul>
    </PanelPart>
  );
}

export function ContestedPart({ contested, onJump }: { contested: ArticleReport['contested']; onJump: Jump }) {
  const group = useCallback(
    (contest: ContestedFigure, index: number) => (
      <div class="contest" key={index}>
        <h4>
          {contest.about}
          <span class="spread">{formatSpread(contest.claims.map((claim) => claim.value), contest.claims[0]?.unit)}</span>
        </h4>
        <ul class="claims">
          {contest.claims.map((claim, claimIndex) => (
            <li key={claimIndex}>
              <button type="button" class="jump" onClick={() => onJump({ sentence: claim.quote, section: claim.section })}>
                <span class="value">{formatFigure(claim.value, claim.unit)}</span>
                <span class="source" dir="auto">{claim.source}</span>
                <span class="quote" dir="auto">{shortQuote(claim.quote, 110)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    ),
    [onJump],
  );
  return (
    <PanelPart id="ol-contested" title={t('panelContested')} empty={contested.length === 0 ? t('panelNoContested') : null}>
      <ShownList items={contested} item={group} />
    </PanelPart>
  );
}

/** Figures that are not part of any contest. */
export function singleSourceFigures(report: ArticleReport): Figure[] {
  const claims = report.contested.flatMap((group) => group.claims);
  return report.figures.filter(
    (figure) => !claims.some((claim) => claim.value === figure.value && figure.sentence.includes(claim.quote)),
  );
}

export function FiguresPart({ figures, onJump }: { figures: Figure[]; onJump: Jump }) {
  const row = useCallback(
    (figure: Figure, index: number) => (
      <li key={index}>
        <button type="button" class="jump" onClick={() => onJump({ sentence: figure.sentence, section: figure.section })}>
          <span class="value" dir="auto">{figure.text}</span>
          <span>{figure.counts ?? ''}</span>
          <span class="source" dir="auto">{figure.source ?? t('panelUnattributed')}</span>
        </button>
      </li>
    ),
    [onJump],
  );
  return (
    <PanelPart id="ol-figures" title={t('panelFigures')} empty={figures.length === 0 ? t('panelNoFigures') : null}>
      <ul class="figures">
        <ShownList items={figures} item={row} />
      </ul>
    </PanelPart>
  );
}

/** A claim in a <q>: its own marks where the text carries some, else the <q>'s. */
function ClaimQuote({ text }: { text: string }) {
  return (
    <q class={carriesOwnMarks(text) ? 'own-marks' : undefined} dir="auto">
      {text}
    </q>
  );
}
