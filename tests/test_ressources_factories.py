"""Fixtures of the library, partner and agenda tests (imported by their test modules).

Pages are created and published through revisions, as an editor would.
"""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

__all__ = [
    "agenda",
    "document_factory",
    "event_factory",
    "library",
    "partner_factory",
    "partner_index",
    "publish",
    "resource_factory",
    "theme_factory",
]


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def library(home_page):
    from ressources.models import ResourceIndexPage

    return publish(home_page, ResourceIndexPage(title="Bibliothèque de ressources", slug="ressources"))


@pytest.fixture
def partner_index(home_page):
    from ressources.models import PartnerIndexPage

    return publish(home_page, PartnerIndexPage(title="Partenaires", slug="partenaires"))


@pytest.fixture
def agenda(home_page):
    from agenda.models import EventIndexPage

    return publish(home_page, EventIndexPage(title="Agenda", slug="agenda"))


@pytest.fixture
def theme_factory(home_page):
    from ressources.models import Theme

    def make(name):
        return Theme.objects.create(name=name)

    return make


@pytest.fixture
def partner_factory(partner_index):
    from ressources.models import PartnerPage

    def make(title, **fields):
        fields.setdefault("slug", title.lower().replace(" ", "-"))
        return publish(partner_index, PartnerPage(title=title, **fields))

    return make


@pytest.fixture
def document_factory(db):
    def make(title="Guide", name="guide.pdf", size=2048):
        document = get_document_model()(title=title)
        document.file.save(name, ContentFile(io.BytesIO(b"%PDF-1.4 " + b"0" * size).getvalue()), save=False)
        document.save()
        return document

    return make


@pytest.fixture
def resource_factory(library):
    from ressources.models import ResourcePage

    counter = {"n": 0}

    def make(title=None, themes=(), publication_date=datetime.date(2021, 5, 12), **fields):
        counter["n"] += 1
        title = title or f"Ressource {counter['n']}"
        fields.setdefault("summary", f"Résumé de {title}.")
        fields.setdefault("slug", f"ressource-{counter['n']}")
        if not fields.get("document"):
            fields.setdefault("external_url", "https://example.org/ressource")
        resource = ResourcePage(title=title, publication_date=publication_date, **fields)
        resource.themes = list(themes)
        return publish(library, resource)

    return make


@pytest.fixture
def event_factory(agenda):
    from agenda.models import EventPage

    counter = {"n": 0}

    def make(title=None, start=None, duration=datetime.timedelta(hours=1, minutes=30), **fields):
        counter["n"] += 1
        title = title or f"Webinaire {counter['n']}"
        start = start or datetime.datetime(2021, 5, 20, 14, 0, tzinfo=datetime.UTC)
        fields.setdefault("slug", f"evenement-{counter['n']}")
        fields.setdefault("end", start + duration)
        return publish(agenda, EventPage(title=title, start=start, **fields))

    return make
