"""The sommaire of each demo issue lists every section of its seed, and each section's title is said once."""

import pytest

from lettre.email.render import render_issue_email
from tests.html import headings, page, text, texts

# Sections of the seeds beside their section headings (“rubriques”): #4 gives the survey a section of its
# own (“## L'enquête de co-construction du Club”), #1 the welcome pack.
OWN_SECTIONS = {4: "L'enquête de co-construction du Club", 1: "Le pack de bienvenue"}


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(OWN_SECTIONS))
def test_the_sommaire_lists_the_seeds_own_sections_once(client, demo_issues, number):
    soup = page(client.get(demo_issues[number].url))
    title = OWN_SECTIONS[number]
    assert title in texts(soup.select(".pvd-toc a"))
    said = [text for _level, text in headings(soup.main) if text == title]
    assert said == [title], f"“{title}” is a heading {len(said)} times"


@pytest.mark.django_db
def test_an_interview_does_not_repeat_the_words_of_its_section_heading(client, demo_issues):
    soup = page(client.get(demo_issues[1].url))
    said = [text for _level, text in headings(soup.main) if "3 questions à" in text]
    assert said == ["3 questions à"]
    assert "Jacqueline Gourault" in texts(soup.select(".pvd-interview h3"))
    for interview in soup.select(".pvd-interview"):  # the heading names the person, the portrait does not
        name = text(interview.select_one("h3"))
        assert text(interview).count(name) == 1, f"“{name}” is said twice"
    lines = [line for line in render_issue_email(demo_issues[1]).text.splitlines() if "3 questions à" in line]
    assert len(lines) == 1, lines
