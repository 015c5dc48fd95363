"""Fixtures of every test: the page tree, factories bound to their section, an editor, and two
rules: French is the language of every test (the site's), and ``postgres_only`` tests are skipped,
with the reason, on SQLite."""

import functools

import psycopg
import pytest
from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import querydict_from_html

from core import visibility
from core.cache.keys import bump_generation
from home.models import HomePage
from tests import factories

# The browser fixtures (one Playwright driver and one Chromium for the whole run), shared by
# tests/browser and the readers' checks in tests/readers.
pytest_plugins = ["tests.browser.fixtures"]


def pytest_collection_modifyitems(items):
    engine = settings.DATABASES["default"]["ENGINE"]
    if "postgresql" in engine:
        return
    vendor = engine.rsplit(".", 1)[-1]
    skip = pytest.mark.skip(reason=f"needs PostgreSQL (DATABASE_URL); this run uses {vendor}")
    for item in items:
        if item.get_closest_marker("postgres_only"):
            item.add_marker(skip)


DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences", "django_db_serialized_rollback"}


def uses_database(item) -> bool:
    """Whether pytest-django sets up a test database for `item` (its marker or one of its fixtures)."""
    return bool(item.get_closest_marker("django_db")) or bool(
        DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
    )


@pytest.fixture(scope="session", autouse=True)
def migrations_data(request, django_db_setup, django_db_blocker) -> str:
    """The rows the migrations created (root page, locales, home page, groups…), serialized before any
    test runs. Tests with ``serialized_rollback`` (and the browser tests) put them back after the
    flush of a transactional test; the copy pytest-django keeps can be empty ("[]", seen on SQLite),
    which left every later test without a root page."""
    with django_db_blocker.unblock():
        if not any(uses_database(item) for item in request.session.items):
            return ""  # pytest-django made no test database (a browser file run alone): nothing to read
        state = getattr(connection, "_test_serialized_contents", None)
        if not state or state == "[]":
            state = connection.creation.serialize_db_to_string()
            connection._test_serialized_contents = state
        return state


@pytest.fixture(autouse=True)
def forget_restrictions():
    """The cached paths of restricted pages (core.visibility) belong to the test that made them: its
    database is rolled back without the signals that would forget them."""
    visibility.forget_restrictions()
    yield
    visibility.forget_restrictions()


@pytest.fixture(autouse=True)
def new_cache_generation():
    """Values kept per generation (core.cache.memo: site texts, translations) belong to the test
    that read them: its database is rolled back without the purge that would start a new one."""
    bump_generation()


@pytest.fixture(autouse=True)
def french():
    """Every test starts in French, whatever a request made before it activated."""
    with translation.override("fr"):
        yield


@pytest.fixture
def home_page(db):
    """The home page the migrations created, the root of the default site."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Club des Petites villes de demain", slug="accueil"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


@pytest.fixture
def lettre_index(home_page):
    return factories.LettreIndexPageFactory(parent=home_page)


@pytest.fixture
def library(home_page):
    return factories.ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def partner_index(home_page):
    return factories.PartnerIndexPageFactory(parent=home_page)


@pytest.fixture
def agenda(home_page):
    return factories.EventIndexPageFactory(parent=home_page)


@pytest.fixture
def issue_factory(lettre_index):
    """``issue_factory(number=4, body=[("texte", "<p>…</p>")], publish=False)``: an issue of the archive."""
    return functools.partial(factories.IssueFactory, parent=lettre_index)


@pytest.fixture
def resource_factory(library):
    """``resource_factory("Guide", [theme], date, partner=…)``: a resource of the library."""

    def make(title=None, themes=(), publication_date=None, **fields):
        if title:
            fields["title"] = title
        if publication_date:
            fields["publication_date"] = publication_date
        return factories.ResourceFactory(parent=library, themes=list(themes), **fields)

    return make


@pytest.fixture
def partner_factory(partner_index):
    """``partner_factory("Cerema", acronym=…)``: a partner page."""

    def make(title=None, **fields):
        return factories.PartnerFactory(parent=partner_index, **({"title": title} if title else {}), **fields)

    return make


@pytest.fixture
def event_factory(agenda):
    """``event_factory("Webinaire", start=…, duration=…, organiser=…)``: an event of the agenda."""

    def make(title=None, **fields):
        return factories.EventFactory(parent=agenda, **({"title": title} if title else {}), **fields)

    return make


@pytest.fixture
def theme_factory(db):
    return lambda name: factories.ThemeFactory(name=name)


@pytest.fixture
def image_factory(db):
    """``image_factory("Une", alt="…", size=(1600, 900))``: an image of the library."""
    return lambda title="Photo", **params: factories.ImageFactory(title=title, **params)


@pytest.fixture
def document_factory(db):
    """``document_factory("Vademecum", "vademecum.pdf", size=3000)``: a PDF of the library."""

    def make(title="Guide", name="guide.pdf", size=2048):
        return factories.DocumentFactory(title=title, name=name, size=size)

    return make


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of the communication team logged in to the admin."""
    user = django_user_model.objects.create_superuser("redaction", "redaction@example.org", "motdepasse")
    client.force_login(user)
    return client


@pytest.fixture
def add_page_form(editor_client):
    """``url, data = add_page_form(EventPage, agenda, title=…)``: the admin's form to add a page
    under ``parent`` as the editor gets it, with ``values`` typed in, ready to post."""

    def form(model, parent, **values):
        args = (model._meta.app_label, model._meta.model_name, parent.pk)
        url = reverse("wagtailadmin_pages:add", args=args)
        data = querydict_from_html(editor_client.get(url).content.decode(), form_id="page-edit-form")
        data.update(values)
        return url, data

    return form


@pytest.fixture
def throwaway_database_url(tmp_path):
    """A database of its own (an empty SQLite file, or a new PostgreSQL database on the server of
    this test run), so that migrating back and forth leaves the tests' database alone."""
    database = settings.DATABASES["default"]
    if "postgresql" not in database["ENGINE"]:
        yield f"sqlite:///{tmp_path / 'migrations.sqlite3'}"
        return
    name = f"{database['NAME']}_migrations"
    server = {"host": database["HOST"] or "127.0.0.1", "port": database["PORT"] or 5432,
              "user": database["USER"], "password": database["PASSWORD"]}
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"postgres://{server['user']}:{server['password']}@{server['host']}:{server['port']}/{name}"
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
