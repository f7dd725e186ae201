import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Opinion Lens',
    description: 'Labels reporting, opinion and analysis on news pages. Runs locally: no page text leaves the browser.',
    permissions: ['storage'],
  },
  vite: () => ({ plugins: [preact()] }),
});
