"""Fixtures of the editors' month: the last published issue (#4 of 12 May 2021) with its standing
rubriques, and events and resources inside and outside the next issue's windows."""

import datetime

import pytest

from tests.factories import paris
from tests.i18n.conftest import english, english_home, translate  # noqa: F401 - the English tree's fixtures


@pytest.fixture
def chosen_resource(resource_factory):
    """Recommended by issue #4 already: never proposed again."""
    return resource_factory("Guide déjà recommandé", publication_date=datetime.date(2021, 5, 12))


@pytest.fixture
def last_issue(issue_factory, event_factory, chosen_resource):
    old_event = event_factory("Webinaire de mai 2021", start=paris(2021, 5, 20, 14, 0))
    return issue_factory(
        number=4,
        title="La lettre de mai",
        slug="lettre-4-mai-2021",
        issue_date=datetime.date(2021, 5, 12),
        body=[
            ("rubrique", {"title": "3 questions à", "anchor": ""}),
            ("texte", "<p>Entretien.</p>"),
            ("rubrique", {"title": "Les rendez-vous du Club", "anchor": "rendez-vous"}),
            ("agenda", {"title": "", "items": [{"page": old_event}]}),
            ("rubrique", {"title": "Les recommandations du mois", "anchor": ""}),
            (
                "recommandations",
                {"title": "", "groups": [{"heading": "Ressources", "items": [{"page": chosen_resource}]}]},
            ),
        ],
    )


@pytest.fixture
def december_world(last_issue, event_factory, resource_factory):
    """Events around December 2026 and resources around issue #4's date; the names say which the
    preparation of #5 (dated 1 December 2026) must take."""
    events = {
        "in_first": event_factory("Dedans : matinée du 1er décembre", start=paris(2026, 12, 1, 9, 0)),
        "in_last": event_factory("Dedans : soirée du 31 décembre", start=paris(2026, 12, 31, 23, 0)),
        "out_before": event_factory("Dehors : veille au soir", start=paris(2026, 11, 30, 23, 30)),
        "out_after": event_factory("Dehors : 1er janvier à minuit", start=paris(2027, 1, 1, 0, 0)),
        "out_draft": event_factory(
            "Dehors : brouillon de décembre", start=paris(2026, 12, 10, 10, 0), publish=False
        ),
    }
    resources = {
        "in_same_day": resource_factory(
            "Dedans : fiche du 12 mai 2021", publication_date=datetime.date(2021, 5, 12)
        ),
        "in_later": resource_factory("Dedans : guide de 2024", publication_date=datetime.date(2024, 3, 1)),
        "out_before": resource_factory(
            "Dehors : fiche du 11 mai 2021", publication_date=datetime.date(2021, 5, 11)
        ),
        "out_draft": resource_factory(
            "Dehors : brouillon", publication_date=datetime.date(2025, 1, 1), publish=False
        ),
    }
    return events, resources
