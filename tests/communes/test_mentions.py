"""The issues, resources and events that mention a commune, found through Wagtail's reference index,
on the commune's page and beside it in the directory; and the links back from them to the commune."""

import pytest
from wagtail.models import PageViewRestriction


@pytest.fixture
def barentin_mentioned(directory, make_members, issue_factory, resource_factory, event_factory,
                       django_capture_on_commit_callbacks):
    from agenda.models import EventCommune
    from communes.models import Commune
    from ressources.models import ResourceCommune

    make_members("76057", "22203")
    barentin = Commune.objects.get(pk="76057")
    with django_capture_on_commit_callbacks(execute=True):
        issue = issue_factory(title="Lancement du programme", body=[("actualites", {"items": [
            {"title": "Le programme est lancé à Barentin", "communes": [barentin]},
        ]})])
        resource = resource_factory("La friche Badin", commune_links=[ResourceCommune(commune=barentin)])
        event = event_factory("Visite à Barentin", commune_links=[EventCommune(commune=barentin)])
        draft = resource_factory("Brouillon sur Barentin", commune_links=[ResourceCommune(commune=barentin)])
        draft.unpublish()
    return {"issue": issue, "resource": resource, "event": event, "draft": draft}


def test_the_commune_page_lists_the_issues_resources_and_events_that_mention_it(barentin_mentioned, soup_of):
    soup = soup_of("/communes/76057/")

    groups = {h3.get_text(strip=True): [a.get_text() for a in h3.find_next("ul").find_all("a")]
              for h3 in soup.select("main h3")}
    assert groups == {
        "Lettres d'information": ["Lancement du programme"],
        "Ressources": ["La friche Badin"],
        "Événements": ["Visite à Barentin"],
    }
    assert soup.find("a", string="Lancement du programme")["href"] == barentin_mentioned["issue"].url
    assert "Aucune lettre" in soup_of("/communes/22203/").get_text()


def test_the_directory_shows_what_mentions_each_commune(barentin_mentioned, soup_of):
    items = soup_of("/communes/").select(".pvd-commune")

    barentin = items[0].select_one(".pvd-mentions").get_text(" ", strip=True)
    assert "Lettres d'information : Lancement du programme" in barentin
    assert "Ressources : La friche Badin" in barentin and "Brouillon" not in barentin
    assert items[1].select_one(".pvd-mentions") is None  # Plœuc-L'Hermitage: nothing yet


def test_a_page_behind_a_view_restriction_is_not_listed(barentin_mentioned, soup_of):
    PageViewRestriction.objects.create(page=barentin_mentioned["event"], restriction_type="login")

    assert "Visite à Barentin" not in soup_of("/communes/76057/").get_text()


def test_issues_resources_and_events_link_to_the_pages_of_the_communes_they_mention(
        barentin_mentioned, soup_of):
    for page in ("issue", "resource", "event"):
        links = soup_of(barentin_mentioned[page].url).select(".pvd-commune-links a")
        assert [(a.get_text(), a["href"]) for a in links] == [("Barentin", "/communes/76057/")], page


def test_a_commune_that_is_not_a_member_is_named_without_a_link(directory, reference, issue_factory, soup_of):
    from communes.models import Commune

    issue = issue_factory(body=[("actualites", {"items": [
        {"title": "Dieppe", "communes": [Commune.objects.get(pk="76217")]},
    ]})])

    mention = soup_of(issue.url).select_one(".pvd-commune-links")
    assert "Dieppe" in mention.get_text() and mention.find("a") is None
