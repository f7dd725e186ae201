// Options: the reader's own section labels (heading text → a section kind), validated as typed in.
import { useState } from 'preact/hooks';
import { KINDS, MAX_LABEL_LENGTH, customLabelProblem } from '../../lib/settings/settings';
import type { SectionKind } from '../../lib/types';
import { t } from '../i18n';
import type { SectionProps } from './GeneralSection';
import { SECTION_KIND_HINT, SECTION_KIND_MESSAGE, SECTION_KIND_NAME } from '../kind-names';
import { RemoveButton } from './RemoveButton';

export function LabelsSection({ settings, onChange }: SectionProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<SectionKind>('opinion');
  const [error, setError] = useState<string | null>(null);
  const labels = settings.customLabels;

  const add = async (event: Event) => {
    event.preventDefault();
    const clean = text.replace(/\s+/g, ' ').trim();
    const problem = customLabelProblem(labels, text);
    if (problem) {
      setError(
        problem === 'empty'
          ? t('optionsLabelEmpty')
          : problem === 'tooLong'
            ? t('optionsLabelTooLong', MAX_LABEL_LENGTH)
            : t('optionsLabelDuplicate', clean),
      );
      return;
    }
    setError(null);
    // What was typed stays in the field until the label is saved.
    const saveProblem = await onChange((current) => ({ customLabels: [...current.customLabels, { text: clean, kind }] }));
    setError(saveProblem);
    if (!saveProblem) setText('');
  };

  return (
    <section class="card" aria-labelledby="options-labels">
      <h2 id="options-labels">{t('optionsLabels')}</h2>
      <p class="hint">{t('optionsLabelsHint')}</p>
      {labels.length === 0 ? (
        <p class="empty">{t('optionsLabelsEmpty')}</p>
      ) : (
        <ul class="rows" aria-labelledby="options-labels">
          {labels.map((label) => (
            <li key={label.text} class="row">
              <span class="row__main">{label.text}</span>
              <span class={`kind kind--${label.kind}`}>{t(SECTION_KIND_MESSAGE[label.kind])}</span>
              <RemoveButton
                name={t('optionsLabelRemove', label.text)}
                onRemove={() =>
                  void onChange((current) => ({ customLabels: current.customLabels.filter((other) => other.text !== label.text) }))
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form class="add-form" onSubmit={(event) => void add(event)} noValidate>
        <label class="field">
          <span class="field__label">{t('optionsLabelText')}</span>
          <input
            type="text"
            value={text}
            placeholder={t('optionsLabelPlaceholder')}
            autocomplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? 'options-label-error' : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        </label>
        <label class="field field--narrow">
          <span class="field__label">{t('optionsLabelKind')}</span>
          <select value={kind} aria-describedby="options-label-kind-hint" onChange={(event) => setKind(event.currentTarget.value as SectionKind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(SECTION_KIND_NAME[option])}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button">
          {t('optionsLabelAdd')}
        </button>
        <p id="options-label-kind-hint" class="hint add-form__hint">
          {t(SECTION_KIND_NAME[kind])}: {t(SECTION_KIND_HINT[kind])}
        </p>
        {error && (
          <p id="options-label-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
