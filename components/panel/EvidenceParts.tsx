// Panel parts about what the article cites: sources and their claims, contested figures, single-source figures.
import type { ArticleReport, Figure } from '../../lib/types';
import { t } from '../i18n';
import { formatFigure, formatSpread, shortQuote } from './format';
import type { JumpTarget } from './types';

type Jump = (target: JumpTarget) => void;

export function SourcesPart({ sources, onJump }: { sources: ArticleReport['sources']; onJump: Jump }) {
  return (
    <section aria-labelledby="ol-sources">
      <h3 id="ol-sources">{t('panelSources')}</h3>
      {sources.length === 0 ? (
        <p class="empty">{t('panelNoSources')}</p>
      ) : (
        <ul class="sources">
          {sources.map((source) => (
            <li key={source.name}>
              <h4>
                {source.name}
                {source.role && <span class="muted"> · {source.role}</span>}
                <span class="count">{source.claims === 1 ? t('panelOneClaim') : t('panelClaims', source.claims)}</span>
              </h4>
              {source.statements && source.statements.length > 0 && (
                <ul class="claims">
                  {source.statements.map((statement, index) => (
                    <li key={index}>
                      <button
                        type="button"
                        class="jump"
                        onClick={() => onJump({ sentence: statement.sentence, section: statement.section })}
                      >
                        <span class="verb">{statement.verb}</span> <q>{shortQuote(statement.quote)}</q>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ContestedPart({ contested, onJump }: { contested: ArticleReport['contested']; onJump: Jump }) {
  return (
    <section aria-labelledby="ol-contested">
      <h3 id="ol-contested">{t('panelContested')}</h3>
      {contested.length === 0 ? (
        <p class="empty">{t('panelNoContested')}</p>
      ) : (
        contested.map((group, index) => (
          <div class="contest" key={index}>
            <h4>
              {group.about}
              <span class="spread">{formatSpread(group.claims.map((claim) => claim.value), group.claims[0]?.unit)}</span>
            </h4>
            <ul class="claims">
              {group.claims.map((claim, claimIndex) => (
                <li key={claimIndex}>
                  <button type="button" class="jump" onClick={() => onJump({ sentence: claim.quote, section: claim.section })}>
                    <span class="value">{formatFigure(claim.value, claim.unit)}</span>
                    <span class="source">{claim.source}</span>
                    <span class="quote">{shortQuote(claim.quote, 110)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
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
  return (
    <section aria-labelledby="ol-figures">
      <h3 id="ol-figures">{t('panelFigures')}</h3>
      {figures.length === 0 ? (
        <p class="empty">{t('panelNoFigures')}</p>
      ) : (
        <ul class="figures">
          {figures.map((figure, index) => (
            <li key={index}>
              <button type="button" class="jump" onClick={() => onJump({ sentence: figure.sentence, section: figure.section })}>
                <span class="value">{figure.text}</span>
                <span>{figure.counts ?? ''}</span>
                <span class="source">{figure.source ?? t('panelUnattributed')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
