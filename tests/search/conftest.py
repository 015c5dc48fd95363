"""Fixtures of the search tests: a small site to search (``search_site``).

``postgres_only`` tests are skipped on SQLite with the reason they give.
"""

import datetime
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_tasks import task_backends

from agenda.models import EventIndexPage, EventPage
from ressources.models import PartnerIndexPage, PartnerPage, ResourceIndexPage, ResourcePage, Theme


@pytest.fixture(autouse=True)
def skip_postgres_only_on_sqlite(request):
    marker = request.node.get_closest_marker("postgres_only")
    if marker and connection.vendor != "postgresql":
        pytest.skip(marker.kwargs.get("reason", "needs PostgreSQL"))


def publish(parent, page, themes=()):
    parent.add_child(instance=page)
    if themes:
        page.themes.set(themes)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class SiteBuilder:
    """The site's sections under the home page, and small factories for the searched content."""

    def __init__(self, home, lettre_index):
        self.home = home
        self.lettres = lettre_index
        self.library = home.add_child(instance=ResourceIndexPage(title="Ressourcerie", slug="ressources"))
        self.partners = home.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
        self.agenda = home.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
        self.count = 0

    def slug(self, prefix):
        self.count += 1
        return f"{prefix}-{self.count}"

    def theme(self, name):
        return Theme.objects.create(name=name)

    def partner(self, title, acronym="", description=""):
        page = PartnerPage(title=title, slug=self.slug("partenaire"), acronym=acronym,
                           description=description)
        return publish(self.partners, page)

    def resource(self, title, summary="Une ressource.", *, themes=(), partner=None,
                 date=datetime.date(2021, 5, 12), live=True, body="", parent=None):
        page = ResourcePage(title=title, slug=self.slug("ressource"), summary=summary, body=body,
                            partner=partner, publication_date=date, external_url="https://example.org/doc")
        parent = parent or self.library
        if live:
            return publish(parent, page, themes)
        page.live = False
        parent.add_child(instance=page)
        return page

    def event(self, title, summary="", *, start=None, themes=(), organiser=None):
        start = start or timezone.make_aware(datetime.datetime(2021, 6, 3, 10))
        page = EventPage(title=title, slug=self.slug("evenement"), summary=summary, start=start,
                         end=start + datetime.timedelta(hours=2), organiser=organiser)
        return publish(self.agenda, page, themes)


@pytest.fixture
def search_site(home_page, lettre_index):
    """The site's sections, with small factories for the content the search finds."""
    return SiteBuilder(home_page, lettre_index)


@pytest.fixture
def waiting_tasks():
    """``with waiting_tasks() as queue:`` a task queue whose worker has not run yet: django-tasks'
    dummy backend keeps what is enqueued (``queue.results``) and runs nothing, as the database
    backend does until ``db_worker`` picks a task. Outside the block, tasks run at once."""

    @contextmanager
    def waiting():
        with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}):
            yield task_backends["default"]

    return waiting
