"""Fixtures of the performance tests: a site of every page type with `count` items each."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import SiteTexts
from home.models import AccessibilityStatus, ContentPage
from tests import factories

TINY = (32, 32)  # renditions of a demo-size image take seconds (AVIF): these take milliseconds


@pytest.fixture
def queries_of(client):
    """``queries_of(url)``: the SQL queries of a second anonymous GET of `url` (the first one makes
    the renditions and fills Wagtail's caches), after checking it answers 200."""

    def count(url):
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        return len(captured)

    return count


@pytest.fixture
def communes(db):
    """Two communes of the official reference, one a member of the programme."""
    from communes.models import Commune, Membership
    from communes.reference import import_reference

    import_reference(codes={"76057", "22203"})
    Membership.objects.create(commune_id="76057")
    return list(Commune.objects.filter(pk__in=["76057", "22203"]))


@pytest.fixture
def directory(home_page):
    """The directory of communes, whose pages the issues link to."""
    from communes.models import CommuneDirectoryPage

    page = CommuneDirectoryPage(title="Les communes du programme", slug="communes")
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def world(home_page, lettre_index, library, partner_index, agenda, communes, directory):
    """``world(count)``: `count` of everything each page type lists or an issue chooses, with a
    32×32 image wherever a page shows one; returns the pages to read."""

    def build(count):
        SiteTexts.objects.get_or_create(locale=home_page.locale)  # the site's words in French
        for n in range(count):  # legal pages of the footer, whose labels may name a statement's status
            status = AccessibilityStatus.NON_COMPLIANT
            legal = ContentPage(title=f"Page légale {n}", slug=f"legale-{n}", accessibility_status=status)
            home_page.add_child(instance=legal)
            legal.save_revision().publish()
        soon = timezone.now() + datetime.timedelta(days=3)
        long_ago = timezone.now() - datetime.timedelta(days=300)
        partners = [
            factories.PartnerFactory(
                parent=partner_index,
                title=f"Partenaire {n}",
                logo=factories.ImageFactory(size=TINY, title=f"Logo {n}"),
            )
            for n in range(count)
        ]
        resources = [
            factories.ResourceFactory(
                parent=library,
                title=f"Guide {n}",
                partner=partners[n],
                image=factories.ImageFactory(size=TINY, title=f"Couverture {n}"),
            )
            for n in range(count)
        ]
        events = [
            factories.EventFactory(
                parent=agenda,
                title=f"Webinaire {n}",
                organiser=partners[0],
                start=(soon if n % 2 else long_ago) + datetime.timedelta(hours=n),
            )
            for n in range(count)
        ]
        for n in range(count):
            factories.IssueFactory(
                parent=lettre_index,
                number=200 + n,
                issue_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
                hero=factories.ImageFactory(size=TINY),
            )
        link = f'<p>Voir <a linktype="page" id="{events[0].pk}">le webinaire</a>.</p>'
        issue = factories.IssueFactory(
            parent=lettre_index,
            number=100,
            title="La lettre de mai",
            hero=factories.ImageFactory(size=TINY, title="Une"),
            body=[
                ("rubrique", {"title": "L'agenda", "anchor": ""}),
                ("agenda", {"title": "", "items": [{"page": event, "text": link} for event in events]}),
                (
                    "recommandations",
                    {
                        "title": "",
                        "groups": [
                            {
                                "heading": "Ressources",
                                "items": [{"page": resource} for resource in resources],
                            },
                        ],
                    },
                ),
                (
                    "actualites",
                    {
                        "title": "",
                        "items": [
                            {
                                "title": f"Actualité {n}",
                                "image": factories.ImageFactory(size=TINY),
                                "text": link,
                                "link": {"label": "", "page": resources[n], "document": None, "url": ""},
                                "communes": communes,
                            }
                            for n in range(count)
                        ],
                    },
                ),
            ],
        )
        return {
            "issue": issue.url,
            "archive": lettre_index.url,
            "home": home_page.url,
            "library": library.url,
            "library filtered": f"{library.url}?partner={partners[0].slug}&year=2021",
            "agenda": agenda.url,
            "event": events[1].url,
            "partners": partner_index.url,
            "partner": partners[0].url,
        }

    return build
