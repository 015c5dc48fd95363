"""The demo site, built from the two real issues of the newsletter (see ``seeds/``).

One module per concern: ``images`` (Pillow placeholders and PDFs), ``pages`` (idempotent writes),
``site`` (page tree, settings, admin account), ``themes``, ``partners``, ``resources``, ``events``,
``issue_01`` and ``issue_04`` (every section of each seed mapped to a block), ``loader``
(``load_demo_content()``, run by the command of the same name).
"""
