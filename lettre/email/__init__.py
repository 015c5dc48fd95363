"""The e-mail edition of an issue.

- `render.render_issue_email(page)` → `EmailEdition(subject, html, text, language)`: the block
  templates of templates/lettre/email/ (MJML, one per block) assembled by `layout.mjml`, compiled
  by mrml into table-based HTML (600px, inline styles), every address absolute, plus the plain
  text. Render once per issue, then `edition.for_recipient(RecipientLinks(...))` per subscriber
  fills the unsubscribe / manage placeholders (placeholders.py); `edition.as_sample()` fills
  them with marked, non-working sample links (preview, test send).
- `preview.EmailPreviewMixin`: the “E-mail” preview modes of LettrePage.
- `proof`: the “Send a test” form and the `send_proof` task the worker runs, recorded in the page
  history; `views`: its admin view (lettre/wagtail_hooks.py adds the menu entries and the log actions).
- Commands: `render_lettre NUMBER --html FILE --text FILE`, `bench_email [--runs N]`.
"""
