"""English listings (archive, library, agenda) show English pages only, never the French ones."""

import datetime

from tests.html import page


def test_the_english_archive_lists_only_english_issues(client, issue_factory, translate, english_home):
    translated = issue_factory(number=4, title="Lettre d'information n°4")
    issue_factory(number=5, title="Lettre d'information n°5")
    translate(translated, title="Newsletter #4")

    english = page(client.get("/en/lettres/")).get_text()
    assert "Newsletter #4" in english
    assert "n°5" not in english and "n°4" not in english
    french = page(client.get("/lettres/")).get_text()
    assert "Lettre d'information n°4" in french and "Lettre d'information n°5" in french
    assert "Newsletter #4" not in french


def test_the_english_library_lists_only_english_resources(client, resource_factory, translate, english_home):
    guide = resource_factory("Le guide des tiers-lieux")
    resource_factory("La fiche sur les halles")
    translate(guide, title="The third places guide", summary="How to open one.")

    english = page(client.get("/en/ressources/")).get_text()
    assert "The third places guide" in english
    assert "halles" not in english and "tiers-lieux" not in english


def test_the_english_agenda_lists_only_english_events(client, event_factory, translate, english_home):
    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=10)
    webinar = event_factory("Webinaire sur le commerce", start=soon)
    event_factory("Atelier sur la mobilité", start=soon)
    translate(webinar, title="Webinar on local shops")

    english = page(client.get("/en/agenda/")).get_text()
    assert "Webinar on local shops" in english
    assert "mobilité" not in english and "Webinaire" not in english
