"""The demo issues hold the source's words once: inside block items (agenda, recommendations), every
piece of text a reader sees is in the seed issue, apart from what the page gives structurally (dates,
organiser, links). A chosen page contributes its title, dates, place, organiser and links; its summary
lives on its own page."""

import re

import pytest
from django.core.management import call_command

from lettre.models import LettrePage
from tests.html import parse
from tests.seeds import SEED_FILES, SEEDS, normalise

ITEMS = ".pvd-agenda-item, .pvd-recommendation-list > li"
# What the page gives structurally: links, dates, organiser, and the title of a chosen page (linked to it).
STRUCTURE = ".pvd-item-links, .pvd-date, .pvd-organiser, time, a[href^='/']"
PIECES = ["p", "h3", "h4", "h5", "h6", "strong", "li"]


def seed_text(number: int) -> str:
    return normalise(" ".join((SEEDS / SEED_FILES[number]).read_text(encoding="utf-8").split()))


def invented_pieces(number: int, html: str) -> list[str]:
    seed = seed_text(number)
    invented = []
    for item in parse(html).select(ITEMS):
        for structural in item.select(STRUCTURE):
            structural.decompose()
        for piece in item.find_all(PIECES):
            if piece.find(PIECES):
                continue  # its pieces are checked one by one
            for sentence in re.split(r"(?<=[.!?])\s+", " ".join(piece.get_text().split())):
                if normalise(sentence) and normalise(sentence) not in seed:
                    invented.append(f"#{number}: “{sentence}”")
    return invented


@pytest.mark.django_db
def test_block_items_show_only_the_seeds_words(client):
    call_command("load_demo_content", verbosity=0)
    invented = []
    for number in sorted(SEED_FILES):
        issue = LettrePage.objects.get(number=number, locale__language_code="fr")
        invented += invented_pieces(number, client.get(issue.url).content.decode())
    assert not invented, "Text in block items that the seed does not have:\n" + "\n".join(invented)
