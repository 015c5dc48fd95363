"""The header of the admin listings this site adds (subscribers, member communes, themes, site
texts) shows its title whole at 1280 px: the subscribers' import and export buttons and counts cut
it to « Abo »."""

import pytest
from django.urls import reverse

from tests.browser.test_editor_journey import log_in

pytestmark = pytest.mark.browser

# How many pixels of the element an ancestor that clips its overflow hides on the right.
CUT_OFF = """node => {
    const right = node.getBoundingClientRect().right;
    let hidden = Math.max(0, node.scrollWidth - node.clientWidth);
    for (let box = node.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX !== "visible") {
            hidden = Math.max(hidden, right - box.getBoundingClientRect().right);
        }
    }
    return hidden;
}"""

LISTINGS = [
    "abonnes:index",
    "wagtailsnippets_communes_membership:list",
    "wagtailsnippets_ressources_theme:list",
    "wagtailsnippets_core_sitetexts:list",
]


def test_each_listing_shows_its_title_whole(page, migrated_db, django_user_model):
    django_user_model.objects.create_superuser("chef", "chef@anct.gouv.fr", "motdepasse-assez-long")
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, "chef", "motdepasse-assez-long")
    cut = {}
    for name in LISTINGS:
        page.goto(reverse(name))
        title = page.locator("header .w-breadcrumbs li:last-child").first
        hidden = title.evaluate(CUT_OFF)
        if hidden > 1:
            cut[name] = f"{title.inner_text()!r}: {hidden:.0f} px hidden"
    assert cut == {}
