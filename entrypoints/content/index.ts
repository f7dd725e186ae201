// Content script: runs Opinion Lens on every page; all the work is in ./lens.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLens } from './lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startLens(ctx),
});
