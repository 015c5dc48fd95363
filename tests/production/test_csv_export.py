"""The export of visitors' searches: what a visitor typed never runs as a spreadsheet formula."""

import csv
import io

from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from core.spreadsheet import neutralise_formula


def test_search_terms_typed_as_formulas_are_exported_as_plain_text(editor_client):
    for text in ("=HYPERLINK(\"http://evil.example\",\"Cliquez\")", "+33 1 23", "-2+3", "@SUM(A1)",
                 "revitalisation"):
        Query.get(text).add_hit()

    response = editor_client.get(reverse("search_terms_report") + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    terms = {row[0] for row in rows[1:]}

    assert "'=hyperlink(\"http://evil.example\",\"cliquez\")" in terms  # search terms are kept lowercased
    assert {"'+33 1 23", "'-2+3", "'@sum(a1)", "revitalisation"} <= terms
    assert not any(term.startswith(("=", "+", "-", "@")) for term in terms)


def test_only_text_that_starts_like_a_formula_changes():
    assert neutralise_formula("=1+1") == "'=1+1"
    assert neutralise_formula("\t=1") == "'\t=1"
    assert neutralise_formula("centre-ville") == "centre-ville"
    assert neutralise_formula(12) == "12"
