// Options entrypoint: mounts the settings page in the reader's language.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../components/i18n';
import '../../components/popup/base.css';
import '../../components/options/options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
