"""Every page type of the demo site passes axe-core's WCAG 2.1 A/AA rules and the RGAA checks of a11y.py.

The pages are visited in one test (the demo content is loaded once): a failure lists the problems of
every page, not only of the first, and leaves a screenshot of each failing page in test-artifacts/.
"""

import re

from playwright.sync_api import expect

from tests.public_pages import public_pages

from .a11y import ARTIFACTS_DIR, axe_violations, format_violations, page_problems

# Problems this test found in templates or content owned by other areas, each with its fix. The test
# tolerates them (and prints them) but fails on any other problem, and on an entry that no longer
# happens: delete the entry once its fix has landed. (page name, text of the problem) -> the fix.
KNOWN_PROBLEMS: dict = {}


def pages_to_check() -> dict[str, str]:
    """Name → address of every public page type of the demo site (the shared list)."""
    return public_pages()


def dark_theme_problems(page) -> list[str]:
    """Colours are what changes in the dark theme: axe-core's rules again, contrasts included."""
    violations = axe_violations(page)
    return (
        [f"{len(violations)} axe-core violation(s):\n{format_violations(violations)}"] if violations else []
    )


def test_every_listed_page_passes_axe_in_both_themes_and_the_rgaa_checks(page, demo_site):
    report, checked, known_seen = [], [], set()

    def check(name: str, url: str, problems: list[str]) -> None:
        unexpected = []
        for problem in problems:
            known = [key for key in KNOWN_PROBLEMS if key[0] == name and key[1] in problem]
            if known:
                known_seen.update(known)
                print(f"KNOWN, to fix: {name}: {problem}\n  fix: {KNOWN_PROBLEMS[known[0]]}")
            else:
                unexpected.append(problem)
        checked.append(f"{name:<48} {url:<64} {len(unexpected)} problem(s)")
        if unexpected:
            ARTIFACTS_DIR.mkdir(exist_ok=True)
            slug = re.sub(r"[^a-z0-9]+", "-", name)
            page.screenshot(path=str(ARTIFACTS_DIR / f"a11y-{slug}.png"), full_page=True)
            report.append(f"== {name} ({url})\n" + "\n".join(f"- {problem}" for problem in unexpected))

    pages = pages_to_check()
    for name, url in pages.items():
        response = page.goto(url)
        expected_status = 404 if "404" in name else 200
        assert response.status == expected_status, f"{name}: {url} answered {response.status}"
        check(name, url, page_problems(page))

    page.add_init_script("window.localStorage.setItem('scheme', 'dark')")  # the DSFR display setting
    for name, url in pages.items():
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("data-fr-theme", "dark")
        check(f"{name}, dark theme", url, dark_theme_problems(page))

    print("\n".join(checked))
    report += [
        f"== fixed, remove it from KNOWN_PROBLEMS: {key}" for key in KNOWN_PROBLEMS.keys() - known_seen
    ]
    assert not report, "Accessibility problems:\n" + "\n".join(report)


def test_the_footer_links_to_the_accessibility_statement_and_the_legal_pages(page, demo_site):
    page.goto("/")
    footer = page.locator("footer#pied-de-page, footer.fr-footer").first
    for title in ("Accessibilité : non conforme", "Mentions légales", "Données personnelles"):
        expect(footer.get_by_role("link", name=title, exact=True)).to_be_visible()
    footer.get_by_role("link", name="Accessibilité : non conforme", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibilité")
