/*
 * The page chooser opens in the language of the page being edited (core/page_chooser.py on the server).
 *
 * Wagtail's page chooser sends no language: a chooser with no page chosen yet opened at the root, with
 * the French and the English trees side by side. Every page chooser of the admin now sends the locale
 * of the page (or translated snippet) being edited, which Wagtail's admin puts in its configuration.
 */
document.addEventListener('DOMContentLoaded', () => {
  const Modal = window.PageChooserModal;
  const locale = window.wagtailConfig && window.wagtailConfig.ACTIVE_CONTENT_LOCALE;
  if (!Modal || !locale) return;
  const { getURLParams } = Modal.prototype;
  Modal.prototype.getURLParams = function getURLParamsWithLocale(opts) {
    return { ...getURLParams.call(this, opts), locale };
  };
});
