// The global the lazily loaded UI script registers its factory under (in the content script's own isolated world).
export const LENS_UI_GLOBAL = '__opinionLensUi';
