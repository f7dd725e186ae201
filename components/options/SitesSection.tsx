// Options: the sites where Opinion Lens stays off, each with a remove button, and a field to add one.
import { useState } from 'preact/hooks';
import { siteToDisable } from '../../lib/settings/settings';
import { t } from '../i18n';
import type { SectionProps } from './GeneralSection';
import { RemoveButton } from './RemoveButton';

export function SitesSection({ settings, onChange }: SectionProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const sites = settings.disabledSites;

  const add = async (event: Event) => {
    event.preventDefault();
    const result = siteToDisable(sites, draft);
    if ('problem' in result) {
      setError(result.problem === 'invalid' ? t('optionsSiteInvalid', draft.trim()) : t('optionsSiteDuplicate', result.host));
      return;
    }
    setError(null);
    // What was typed stays in the field until the site is saved.
    const problem = await onChange((current) => ({ disabledSites: [...current.disabledSites, result.host] }));
    setError(problem);
    if (!problem) setDraft('');
  };

  return (
    <section class="card" aria-labelledby="options-sites">
      <h2 id="options-sites">{t('optionsSites')}</h2>
      {sites.length === 0 ? (
        <p class="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul class="rows" aria-labelledby="options-sites">
          {sites.map((host) => (
            <li key={host} class="row">
              <span class="row__main">{host}</span>
              <RemoveButton
                name={t('optionsSiteRemove', host)}
                onRemove={() => void onChange((current) => ({ disabledSites: current.disabledSites.filter((site) => site !== host) }))}
              />
            </li>
          ))}
        </ul>
      )}
      <form class="add-form" onSubmit={(event) => void add(event)} noValidate>
        <label class="field">
          <span class="field__label">{t('optionsSiteField')}</span>
          <input
            type="text"
            value={draft}
            placeholder={t('optionsSitePlaceholder')}
            spellcheck={false}
            autocomplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? 'options-site-error' : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="button">
          {t('optionsSiteAdd')}
        </button>
        {error && (
          <p id="options-site-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
