"""The small print ending an issue (credits, contact, privacy notice) is set at one small size: the
privacy notice, written in rich text, is not bigger than the lines above it (it was, at 320 px)."""

import pytest

from lettre.models import LettrePage

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 320])
def test_the_privacy_notice_is_no_bigger_than_the_credits(page, demo_site, width):
    issue = LettrePage.objects.live().get(number=4, locale__language_code="fr")
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(issue.url)

    def size(selector: str) -> float:
        return page.locator(selector).first.evaluate("node => parseFloat(getComputedStyle(node).fontSize)")

    assert size(".pvd-gdpr p") <= size(".pvd-credits li")
