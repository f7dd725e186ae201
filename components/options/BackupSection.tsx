// Options: export the settings as a JSON file, import one (all or nothing), and reset to the defaults.
import { useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { SETTINGS_FILE_NAME, parseSettingsJson, settingsToJson, type ImportProblem } from '../../lib/settings/settings-io';
import { t } from '../i18n';
import { saveErrorText } from '../popup/save-error';

export interface BackupSectionProps {
  settings: Settings;
  /** Replaces every setting; rejects when storage refuses the value. */
  onReplace: (settings: Settings) => Promise<void>;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

function problemText(problem: ImportProblem, file: string): string {
  switch (problem.kind) {
    case 'notJson':
      return t('optionsImportNotJson', file);
    case 'notSettings':
      return t('optionsImportNotSettings', file);
    case 'unknownField':
      return t('optionsImportUnknownField', file, problem.field);
    case 'badField':
      return t('optionsImportBadField', file, problem.field);
  }
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function BackupSection({ settings, onReplace }: BackupSectionProps) {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);

  const replace = (next: Settings, done: string) =>
    onReplace(next).then(
      () => setStatus({ tone: 'ok', text: done }),
      (error: unknown) => setStatus({ tone: 'error', text: saveErrorText(error) }),
    );

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = parseSettingsJson(await file.text());
    if (!result.ok) setStatus({ tone: 'error', text: problemText(result.problem, file.name) });
    else await replace(result.settings, t('optionsImported', file.name));
  };

  const reset = async () => {
    setConfirming(false);
    await replace({ ...DEFAULT_SETTINGS, disabledSites: [], customLabels: [] }, t('optionsResetDone'));
  };

  return (
    <section class="card" aria-labelledby="options-backup">
      <h2 id="options-backup">{t('optionsBackup')}</h2>
      <p class="hint">{t('optionsBackupHint')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => download(settingsToJson(settings), SETTINGS_FILE_NAME)}>
          {t('optionsExport')}
        </button>
        <label class="button file-button">
          {t('optionsImport')}
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            data-testid="import-file"
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
        <span class="actions__spacer" />
        {!confirming && (
          <button type="button" class="button button--danger" onClick={() => setConfirming(true)}>
            {t('optionsReset')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="options-reset-question">
          <p id="options-reset-question">{t('optionsResetConfirm')}</p>
          <div class="actions">
            <button type="button" class="button button--danger button--primary" onClick={() => void reset()}>
              {t('optionsResetYes')}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)} autoFocus>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p class={`status status--${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
