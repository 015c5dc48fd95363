"""The directory of communes and its map in Chromium: a visitor goes from the map to a commune and to
an issue that mentions it; the pages pass axe-core in both themes; the map works with the keyboard."""

import re

from playwright.sync_api import expect

from .a11y import axe_violations, format_violations, page_problems

PLOEUC = "Plœuc-L'Hermitage"


def test_from_the_map_a_department_its_communes_one_commune_then_an_issue_that_mentions_it(page, demo_site):
    page.goto("/communes/carte/")

    page.locator('svg a[data-department="22"]').click()

    expect(page).to_have_url(re.compile(r"/communes/\?department=22#resultats$"))
    expect(page.locator("#resultats h2")).to_have_text("1 commune membre")
    page.get_by_role("link", name=PLOEUC, exact=True).click()

    expect(page).to_have_url(re.compile(r"/communes/22203/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(PLOEUC)
    issue = page.get_by_role("link", name=re.compile("^Formation des chefs de projet"))
    issue.click()

    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("^Formation des chefs de projet"))
    expect(page.locator(".pvd-commune-links").get_by_role("link", name=PLOEUC)).to_be_visible()


def test_the_directory_the_map_and_a_commune_pass_axe_in_both_themes(page, demo_site):
    pages = {
        "directory": "/communes/",
        "directory filtered": "/communes/?region=24&q=saint",
        "map": "/communes/carte/",
        "commune": "/communes/22203/",
    }
    problems = []
    for name, url in pages.items():
        page.goto(url)
        problems += [f"{name}: {problem}" for problem in page_problems(page)]
    page.add_init_script("window.localStorage.setItem('scheme', 'dark')")
    for name, url in pages.items():
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("data-fr-theme", "dark")
        violations = axe_violations(page)
        if violations:
            problems.append(f"{name}, dark theme:\n{format_violations(violations)}")
    assert not problems, "\n".join(problems)


def test_the_map_is_usable_with_the_keyboard(page, demo_site):
    page.goto("/communes/carte/")
    skip = page.get_by_role("link", name="Passer la carte : aller au tableau")
    department = page.locator('svg a[data-department="22"]')

    for _ in range(120):  # the skip link first, then each department that has members
        page.keyboard.press("Tab")
        if department.evaluate("(element) => element === document.activeElement"):
            break
    expect(department).to_be_focused()
    stroke = department.locator("path").evaluate("(path) => getComputedStyle(path).strokeWidth")
    assert stroke == "3px", f"the focused department is not outlined (stroke-width {stroke})"

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"department=22"))
    expect(page.get_by_role("link", name=PLOEUC, exact=True)).to_be_visible()

    page.goto("/communes/carte/")
    skip.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#tableau-departements")).to_be_focused()
    page.keyboard.press("Tab")
    # The first department with members in the table: Rhône (69), in Auvergne-Rhône-Alpes.
    expect(page.locator(":focus")).to_have_attribute("data-department", "69")
