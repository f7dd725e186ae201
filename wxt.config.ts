import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** WXT's content script context announces itself to the page; ours does not (components/page/page-context.ts). */
const QUIET_CONTEXT = fileURLToPath(new URL('./components/page/page-context.ts', import.meta.url));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // The page UI is imported by the content script only on pages with something to label. Chromium serves it at
    // a per-session URL only (use_dynamic_url), so no page can probe for it; Firefox's URLs carry a per-install UUID.
    web_accessible_resources: [
      {
        resources: ['lens-ui.js'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'opinion-lens@opinion-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142, two versions after desktop's 140 ESR.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['artifacts/**', 'docs/screenshots/**', '*.png', 'web-ext-artifacts/**', 'coverage/**'] },
  vite: () => ({
    plugins: [preact()],
    resolve: { alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: QUIET_CONTEXT }] },
  }),
});
