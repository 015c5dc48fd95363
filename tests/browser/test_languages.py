"""A visitor switches language with the header's selector: issue #4 has an English version, issue #1
has not (the selector goes to the English home page); the English archive lists English issues only."""

import re

import pytest
from playwright.sync_api import expect

from lettre.models import LettrePage

from .a11y import ARTIFACTS_DIR
from .texts import fr

ISSUE_4 = "/lettres/lettre-4-mai-2021/"


def screenshot(page, name: str) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS_DIR / f"languages-{name}.png"), full_page=False)


def choose_language(page, name: str) -> None:
    """Open the selector and follow a language. Right after a navigation, DSFR's script may not be
    bound to the button yet (a click then opens nothing): the button is clicked again until it opens."""
    page.wait_for_load_state("load")
    button = page.get_by_role("button", name=re.compile(r"^FR|^EN")).first
    link = page.locator(".fr-translate").get_by_role("link", name=name)
    for _ in range(5):
        if button.get_attribute("aria-expanded") != "true":
            button.click()
        try:
            expect(link).to_be_visible(timeout=2000)
            break
        except AssertionError:
            continue
    link.click()


@pytest.fixture
def issues(demo_site):
    french = {"locale__language_code": "fr"}
    return {number: LettrePage.objects.get(number=number, **french) for number in (1, 4)}


def test_the_selector_goes_to_the_english_issue_then_to_the_english_home(page, issues):
    page.goto(ISSUE_4)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.get_by_text(fr("Forward, share!"))).to_be_visible()
    choose_language(page, "EN - English")

    expect(page).to_have_url(re.compile(r"/en/lettres/lettre-4-mai-2021/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Project managers' training")
    expect(page.locator("time.pvd-issue__meta")).to_have_text("12 May 2021")
    expect(page.get_by_role("heading", name="Forward, share!")).to_be_visible()
    expect(page.get_by_text("Why did you choose an architect for the post")).to_be_visible()
    screenshot(page, "issue-4-en-1280")
    page.set_viewport_size({"width": 320, "height": 800})
    screenshot(page, "issue-4-en-320")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(issues[1].url)
    choose_language(page, "EN - English")
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")

    choose_language(page, "FR - Français")
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_the_english_archive_lists_only_english_issues(page, issues):
    page.goto("/en/lettres/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    main = page.locator("main")
    expect(main).to_contain_text("Project managers' training")
    expect(main).not_to_contain_text(issues[1].title)
    expect(main).not_to_contain_text(issues[4].title)
    screenshot(page, "archive-en-1280")


def test_a_french_only_page_under_en_is_an_english_404(page, issues):
    response = page.goto(f"/en{issues[1].url}")
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    expect(page.locator("main").get_by_role("link", name="Home page")).to_have_attribute("href", "/en/")
    screenshot(page, "404-en-1280")
