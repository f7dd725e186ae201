// The small "Remove" button of a row in the options page's lists, named for what it removes.
import { t } from '../i18n';

export function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  return (
    <button type="button" class="button button--small" aria-label={name} onClick={onRemove}>
      {t('optionsRemove')}
    </button>
  );
}
