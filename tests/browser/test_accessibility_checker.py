"""The checkers must fail on a page that breaks the rules, or a green accessibility run proves nothing."""

import pytest

from .a11y import (
    ambiguous_link_problems,
    assert_no_axe_violations,
    assert_page_accessible,
    axe_violations,
    focus_problems,
    h1_problems,
    heading_level_problems,
    image_alt_problems,
    lang_problems,
)

BROKEN_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Page cassée</title>
<style>a:focus, a:focus-visible { outline: none; box-shadow: none; }</style></head>
<body>
  <main>
    <h1>Première</h1>
    <h1>Deuxième</h1>
    <h4>Niveau sauté</h4>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
    <form><input type="text" name="nom"></form>
    <a href="#ici">Un lien sans contour</a>
    <p><a class="fr-btn" href="https://example.org/a">Je m'inscris</a>
       <a class="fr-btn" href="https://example.org/b">Je m'inscris</a></p>
  </main>
</body>
</html>"""

CLEAN_PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Page correcte</title></head>
<body>
  <main>
    <h1>Titre</h1>
    <h2>Section</h2>
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
    <form><label for="nom">Nom</label> <input type="text" id="nom" name="nom"></form>
    <p><a href="#ici">Un lien</a></p>
  </main>
</body>
</html>"""


def test_axe_finds_the_missing_alt_and_the_missing_label(blank_page):
    blank_page.set_content(BROKEN_PAGE)
    rule_ids = {violation["id"] for violation in axe_violations(blank_page)}
    assert {"image-alt", "label"} <= rule_ids


def test_assert_no_axe_violations_fails_and_names_the_rules(blank_page, capsys):
    blank_page.set_content(BROKEN_PAGE)
    with pytest.raises(AssertionError) as failure:
        assert_no_axe_violations(blank_page)
    message = str(failure.value)
    assert "image-alt" in message
    assert "label" in message
    assert '<input type="text" name="nom">' in message
    assert "image-alt" in capsys.readouterr().out


def test_the_other_checkers_find_each_deliberate_problem(blank_page):
    blank_page.set_content(BROKEN_PAGE)
    assert h1_problems(blank_page) == ["expected exactly one visible h1, found 2: ['Première', 'Deuxième']"]
    assert heading_level_problems(blank_page) == ["h4 “Niveau sauté” follows h1 (level skipped)"]
    assert len(image_alt_problems(blank_page)) == 1
    assert lang_problems(blank_page) == ['<html lang="en">, expected lang="fr"']
    assert ambiguous_link_problems(blank_page) == [
        "2 links named “Je m'inscris” lead to different pages: "
        "['https://example.org/a', 'https://example.org/b']"
    ]
    assert focus_problems(blank_page)[0].startswith("no visible focus indicator")
    with pytest.raises(AssertionError):
        assert_page_accessible(blank_page)


def test_a_correct_page_passes_every_check(blank_page):
    blank_page.set_content(CLEAN_PAGE)
    assert_page_accessible(blank_page)
