// Popup entrypoint: mounts the popup in the reader's language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { t } from '../../components/i18n';
import '../../components/popup/base.css';
import '../../components/popup/popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('extName');
render(<PopupApp />, document.getElementById('app')!);
