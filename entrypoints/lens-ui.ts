// Unlisted script: the page UI, imported by the content script only on pages with something to show.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createLensUi } from '../components/page/lens-ui';
import { LENS_UI_GLOBAL } from '../components/page/lens-ui-global';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[LENS_UI_GLOBAL] = createLensUi;
});
