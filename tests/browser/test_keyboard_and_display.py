"""A visitor who uses only the keyboard, and one who prefers the dark theme."""

import re

import pytest
from playwright.sync_api import expect

from .a11y import assert_no_axe_violations
from .texts import fr


@pytest.fixture
def site(migrated_db, lettre_index):
    """The home page with the archive in the main menu."""
    return lettre_index.get_parent().specific


def test_tab_reaches_the_skip_links_first_and_enter_moves_focus_to_the_content(page, site):
    page.goto("/")
    page.keyboard.press("Tab")
    first = page.locator(":focus")
    expect(first).to_have_attribute("href", "#contenu")
    expect(first).to_have_text(fr("Content"))
    expect(first).to_be_in_viewport()  # a skip link hidden until focused shows up when it gets focus

    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_attribute("href", "#navigation-principale")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_attribute("href", "#pied-de-page")

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#contenu$"))
    expect(page.locator("main#contenu")).to_be_focused()


def test_the_main_menu_is_reachable_and_usable_with_the_keyboard(page, site, lettre_index):
    page.goto("/")
    menu_link = page.locator("#navigation-principale").get_by_role("link", name=lettre_index.title)
    tab_until_focused(page, menu_link)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"{re.escape(lettre_index.url)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(lettre_index.title)
    current = page.locator("#navigation-principale").get_by_role("link", name=lettre_index.title)
    expect(current).to_have_attribute("aria-current", "page")


def open_with_dsfr_ready(page, url: str) -> None:
    """Open a page and wait until the DSFR script has set up its modals and menus."""
    page.goto(url)
    expect(page.locator("html")).to_have_attribute("data-fr-js", "true")


def tab_until_focused(page, locator, max_presses: int = 40) -> None:
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if locator.evaluate("(element) => element === document.activeElement"):
            return
    expect(locator).to_be_focused()  # fails with Playwright's explanation


def test_on_a_phone_the_menu_button_opens_the_main_menu_and_its_links_work_with_the_keyboard(
    page, site, lettre_index
):
    page.set_viewport_size({"width": 375, "height": 740})
    open_with_dsfr_ready(page, "/")
    menu_button = page.locator('header button.fr-btn--menu[aria-controls="modal-menu"]')
    tab_until_focused(page, menu_button)
    page.keyboard.press("Enter")
    menu = page.locator("#modal-menu")
    expect(menu).to_be_visible()
    expect(menu_button).to_have_attribute("data-fr-opened", "true")

    link = menu.locator("#navigation-principale").get_by_role("link", name=lettre_index.title)
    tab_until_focused(page, link)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"{re.escape(lettre_index.url)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(lettre_index.title)


def test_the_display_settings_switch_the_site_to_the_dark_theme_and_remember_it(page, site):
    open_with_dsfr_ready(page, "/")
    html = page.locator("html")
    expect(html).not_to_have_attribute("data-fr-theme", "dark")

    page.locator('header button[aria-controls="fr-theme-modal"]:visible').click()
    dialog = page.locator("#fr-theme-modal")
    expect(dialog).to_be_visible()
    dialog.locator('label[for="fr-radios-theme-dark"]').click()
    expect(html).to_have_attribute("data-fr-theme", "dark")

    dialog.locator(".fr-btn--close").click()
    expect(dialog).to_be_hidden()
    assert_no_axe_violations(page)  # contrasts hold in the dark theme too

    page.reload()
    expect(html).to_have_attribute("data-fr-theme", "dark")
