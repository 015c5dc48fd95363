/*
 * Rich text typed just before saving is kept.
 *
 * Wagtail's Draftail editor writes what is typed into the form's hidden field 250 ms after the editor
 * last changed (a timer of Wagtail 8's comment-aware Draftail wrapper, not configurable, restarted by
 * every change of the editor, its focus and selection included). A form submitted before that write —
 * Ctrl+S right after typing, or a quick click on “Save draft” — sent the field's previous content: the
 * text was lost.
 *
 * When a form is submitted, each rich text field of the form is compared with its editor: while one of
 * them has not received the editor's text yet, the submission is held, then made again with the same
 * button once Wagtail has written every field (checked every POLL_MS, MAX_WAIT_MS at most). Nothing is
 * guessed from the time of the last key press: the hold ends when the field holds the text.
 */
(() => {
  const POLL_MS = 25;
  const MAX_WAIT_MS = 3000;

  /* Text and type of each block: what Wagtail's serialisation must carry (it drops comment highlights). */
  const blocksOf = (raw) => (raw && raw.blocks ? raw.blocks.map((block) => `${block.type}\u0000${block.text}`) : []);

  const isBehind = (field) => {
    const editorState = field.draftailEditor && field.draftailEditor.getEditorState();
    if (!editorState || !window.Draftail) return false;
    const typed = blocksOf(window.Draftail.serialiseEditorStateToRaw(editorState));
    let saved = field.rawContentState;
    if (saved === undefined) {
      try {
        saved = JSON.parse(field.value);
      } catch {
        saved = null;
      }
    }
    return typed.join('\u0001') !== blocksOf(saved).join('\u0001');
  };

  const fieldsBehind = (form) =>
    Array.from(form.querySelectorAll('input[type="hidden"]')).filter(
      (field) => field.draftailEditor && isBehind(field),
    );

  const resubmit = (form, submitter) => {
    let carrier = null;
    if (submitter && submitter.name) {
      // A disabled button (Wagtail marks the clicked one as in progress) is left out of the form's data.
      carrier = document.createElement('input');
      carrier.type = 'hidden';
      carrier.name = submitter.name;
      carrier.value = submitter.value;
      form.append(carrier);
    }
    form.dataset.draftailSaved = 'true';
    try {
      form.requestSubmit();
    } finally {
      delete form.dataset.draftailSaved;
      if (carrier) window.setTimeout(() => carrier.remove(), 0);
    }
  };

  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || form.dataset.draftailSaved) return;
      if (fieldsBehind(form).length === 0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const { submitter } = event;
      const started = Date.now();
      const wait = () => {
        if (fieldsBehind(form).length === 0 || Date.now() - started >= MAX_WAIT_MS) {
          resubmit(form, submitter);
        } else {
          window.setTimeout(wait, POLL_MS);
        }
      };
      window.setTimeout(wait, POLL_MS);
    },
    true,
  );
})();
