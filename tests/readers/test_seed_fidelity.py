"""The demo issues hold the source's words once: inside every block of an issue (section headings, news,
articles, call to action, interviews, agenda, recommendations, image of the month, free text), every piece
of text a reader sees is in the seed issue, apart from what the page gives structurally (dates,
organiser, links, communes, credits of a picture). A chosen page contributes its title, dates, place,
organiser and links; its summary lives on its own page."""

import re

import pytest

from lettre.email.render import render_issue_email
from tests.html import parse
from tests.seeds import SEED_FILES, SEEDS, letters_only, normalise

# Every block of the body; the footer and the subscription form after it are the site's, not the issue's.
BLOCKS = ".pvd-issue__body > :not(footer):not(.pvd-subscribe)"
# What the page gives structurally: links made by the site (buttons, “Lire la suite”, registration,
# replay, slides), dates, organiser, the title of a chosen page (linked to it), the communes mentioned.
STRUCTURE = (
    ".pvd-item-links, .pvd-date, .pvd-organiser, time, a[href^='/'], a.fr-link, a.fr-btn, "
    ".pvd-commune-links, .fr-sr-only"
)
PIECES = ["p", "h2", "h3", "h4", "h5", "h6", "strong", "li", "figcaption", "blockquote", "dt", "dd"]


def seed_text(number: int) -> str:
    """The seed as letters and digits: capitals in the e-mail drop accents and break headings in two."""
    return letters_only(normalise(" ".join((SEEDS / SEED_FILES[number]).read_text(encoding="utf-8").split())))


def invented_pieces(number: int, html: str) -> list[str]:
    seed = seed_text(number)
    invented = []
    blocks = parse(html).select(BLOCKS)
    assert blocks, "the issue's blocks were found"
    for block in blocks:
        for structural in block.select(STRUCTURE):
            structural.decompose()
        for piece in block.find_all(PIECES):
            if piece.find(PIECES):
                continue  # its pieces are checked one by one
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(piece.get_text().split())):
                words = letters_only(normalise(sentence))
                if words and words not in seed:
                    invented.append(f"#{number}: “{sentence}”")
    return invented


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_every_block_shows_only_the_seeds_words(client, demo_issues, number):
    invented = invented_pieces(number, client.get(demo_issues[number].url).content.decode())
    assert not invented, "Text in blocks that the seed does not have:\n" + "\n".join(invented)



@pytest.mark.django_db
@pytest.mark.parametrize("block", [
    ".pvd-rubrique", ".pvd-news-item", ".pvd-appel", ".pvd-article", ".pvd-interview", ".pvd-agenda",
    ".pvd-recommandations", ".pvd-image-du-mois",
])
def test_a_sentence_added_to_any_block_is_reported(client, demo_issues, block):
    soup = parse(client.get(demo_issues[4].url).content.decode())
    soup.select_one(block).append(parse("<p>Une phrase que la source n'a jamais écrite.</p>"))
    assert invented_pieces(4, str(soup)) == ["#4: “Une phrase que la source n'a jamais écrite.”"]


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_the_e_mail_recommends_with_the_source_s_words_once_as_the_web_page_does(demo_issues, number):
    """A recommendation's text names its organiser and date already (“Centre-Ville en Mouvement, “…”,
    1er décembre 2020”): the e-mail adds no line of its own for them, as the web page adds none."""
    issue = demo_issues[number]
    lines = {" ".join(line.split()) for line in render_issue_email(issue).text.splitlines()}
    added = []
    for block in issue.body:
        if block.block_type == "recommandations":
            for _heading, items in block.value.shown_groups:
                for item in items:
                    added += [part for part in (item.organisation_name, item.date_label)
                              if part and " ".join(part.split()) in lines]
    assert not added, f"#{number}: lines the e-mail adds to recommendations: {added}"
