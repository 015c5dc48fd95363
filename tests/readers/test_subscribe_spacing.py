"""The subscription box (home page, end of every issue): its introduction does not touch the form's
first label (they were 0 px apart, the label read as the end of the sentence)."""

import pytest

from lettre.models import LettrePage

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 320])
def test_the_subscription_box_leaves_room_between_its_text_and_its_form(page, demo_site, width):
    issue = LettrePage.objects.live().get(number=4, locale__language_code="fr")
    page.set_viewport_size({"width": width, "height": 900})
    for url in ("/", issue.url):
        page.goto(url)
        text = page.locator(".pvd-subscribe .fr-callout__text").bounding_box()
        label = page.locator(".pvd-subscribe form label").first.bounding_box()
        gap = label["y"] - (text["y"] + text["height"])
        assert gap >= 12, f"{url} at {width} px: {gap:.0f} px between the introduction and the form"
