/*
 * Rich text typed just before saving is kept.
 *
 * Wagtail's Draftail editor copies what is typed into the form's hidden field 250 ms later (a timer in
 * Wagtail 8's comment-aware Draftail wrapper, not configurable). A save within that time — Ctrl+S right
 * after typing, or a quick click on “Save draft” — sent the field's previous content: the text was lost.
 * A form submitted less than HOLD_MS after an edit in a rich text field is held until the copy is done,
 * then submitted again with the same button.
 */
(() => {
  const HOLD_MS = 400;
  let lastEdit = 0;

  const markEdit = (event) => {
    if (event.target instanceof Element && event.target.closest('.Draftail-Editor')) {
      lastEdit = Date.now();
    }
  };
  ['beforeinput', 'input', 'keydown', 'paste', 'cut', 'drop'].forEach((type) =>
    document.addEventListener(type, markEdit, true),
  );

  document.addEventListener(
    'submit',
    (event) => {
      const wait = lastEdit + HOLD_MS - Date.now();
      const form = event.target;
      if (wait <= 0 || !(form instanceof HTMLFormElement)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const { submitter } = event;
      window.setTimeout(() => {
        let carrier = null;
        if (submitter && submitter.name) {
          // A disabled button (Wagtail marks the clicked one as in progress) is left out of the form's data.
          carrier = document.createElement('input');
          carrier.type = 'hidden';
          carrier.name = submitter.name;
          carrier.value = submitter.value;
          form.append(carrier);
        }
        form.requestSubmit();
        if (carrier) window.setTimeout(() => carrier.remove(), 0);
      }, wait);
    },
    true,
  );
})();
