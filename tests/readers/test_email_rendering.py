"""Both demo issues' e-mails as Chromium shows them at 600 px and 375 px: images keep their aspect
ratio (±2 %) and fit the screen, axe-core finds nothing, headings do not skip a level, the preheader
keeps its spaces, a colour-scheme declaration and dark styles are there."""

import pytest

from lettre.email.render import render_issue_email
from lettre.models import LettrePage
from tests.browser.a11y import axe_violations, format_violations, heading_level_problems
from tests.browser.fixtures import _serve_media
from tests.html import parse

pytestmark = pytest.mark.browser

# The image file's own ratio (the files are served from MEDIA_ROOT), against the box Chromium draws.
_RATIOS = """() => Array.from(document.images)
  .map((img) => ({src: img.getAttribute("src").split("/").pop(), loaded: img.naturalWidth > 0,
    expected: img.naturalWidth / img.naturalHeight, shown: img.clientWidth / img.clientHeight,
    size: `${img.clientWidth}×${img.clientHeight}`,
    overflows: img.getBoundingClientRect().right > document.documentElement.clientWidth + 1}))"""


def editions():
    return {issue.number: render_issue_email(issue) for issue in LettrePage.objects.live().order_by("number")}


def test_email_images_keep_their_aspect_ratio_at_600_and_375_px(page, demo_site):
    page.route("**/media/**", _serve_media)
    problems = []
    for number, edition in editions().items():
        for width in (600, 375):
            page.set_viewport_size({"width": width, "height": 900})
            page.set_content(edition.html, wait_until="load")
            for image in page.evaluate(_RATIOS):
                if not image["loaded"]:
                    problems.append(f"#{number}: {image['src']} not loaded")
                    continue
                if abs(image["shown"] / image["expected"] - 1) > 0.02:
                    problems.append(f"#{number} at {width}px: {image['src']} stretched to {image['size']}")
                if image["overflows"]:
                    problems.append(f"#{number} at {width}px: {image['src']} ({image['size']}) overflows")
    assert not problems, "\n".join(problems)


def test_both_emails_pass_axe_and_keep_heading_levels(page, demo_site):
    problems = []
    for number, edition in editions().items():
        page.set_content(edition.html)
        violations = axe_violations(page)
        if violations:
            problems.append(f"#{number}: {format_violations(violations)}")
        problems += [f"#{number}: {problem}" for problem in heading_level_problems(page)]
    assert not problems, "\n".join(problems)


def test_emails_declare_their_colour_schemes_and_keep_the_preheaders_spaces(demo_site):
    for number, edition in editions().items():
        soup = parse(edition.html)
        scheme = soup.find("meta", attrs={"name": "color-scheme"})
        assert scheme is not None and "dark" in scheme["content"], f"#{number}: no color-scheme meta"
        assert "prefers-color-scheme: dark" in edition.html, f"#{number}: no dark styles"
    issue = LettrePage.objects.get(number=4, locale__language_code="fr")
    preheader = render_issue_email(issue).html
    assert "institutionnels.Ce mois-ci" not in preheader
