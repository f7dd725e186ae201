// What the popup and the options page say when a settings change could not be saved, in the reader's language.
import { SYNC_ITEM_MAX_BYTES, SettingsTooLargeError } from '../../lib/settings/settings-storage';
import { t } from '../i18n';

/** A too-large change names the limit in KB; any other refusal quotes the browser's reason. */
export function saveErrorText(error: unknown): string {
  if (error instanceof SettingsTooLargeError) return t('settingsTooLarge', Math.floor(SYNC_ITEM_MAX_BYTES / 1024));
  return t('optionsSaveFailed', String((error as Error)?.message ?? error));
}
