"""DSFR's script reports markup it has to repair (a modal without an accessible name, a missing title)
as a console warning prefixed with “dsfr”: no public page may trigger one, at 320 px where the header's
search and menu become modals."""

import pytest

from tests.public_pages import public_pages

pytestmark = pytest.mark.browser


def test_no_public_page_makes_dsfr_repair_its_markup(page, demo_site):
    messages = []
    page.on("console", lambda message: messages.append((message.type, message.text)))
    page.set_viewport_size({"width": 320, "height": 900})
    problems = []
    for name, url in public_pages().items():
        messages.clear()
        page.goto(url, wait_until="load")
        page.wait_for_timeout(200)  # DSFR's modals check themselves once its script has started
        problems += [
            f"{name}: {text}"
            for kind, text in messages
            if kind in ("warning", "error") and text.lstrip("%c").lower().startswith("dsfr")
        ]
    assert not problems, "DSFR warnings:\n" + "\n".join(problems)
