"""Shared fixtures: the page tree every test starts from, and small factories."""

import datetime
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site


@pytest.fixture
def home_page(db):
    from home.models import HomePage

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
    from lettre.models import LettreIndexPage

    return home_page.add_child(
        instance=LettreIndexPage(title="Les lettres", slug="lettres", show_in_menus=True)
    )


@pytest.fixture
def image_factory(db):
    def make(title="Photo", alt="Une photo de test", size=(800, 450), color=(0, 0, 145)):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, color).save(buffer, "JPEG")
        return get_image_model().objects.create(
            title=title,
            description=alt,
            file=ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg"),
        )

    return make


@pytest.fixture
def issue_factory(lettre_index):
    from lettre.models import LettrePage

    counter = {"n": 100}

    def make(body=(), number=None, issue_date=None, title=None, publish=True, **fields):
        counter["n"] += 1
        number = number or counter["n"]
        issue = LettrePage(
            title=title or f"Lettre numéro {number}",
            slug=f"lettre-{number}",
            number=number,
            issue_date=issue_date or datetime.date(2021, 5, 12),
            body=list(body),
            **fields,
        )
        lettre_index.add_child(instance=issue)
        revision = issue.save_revision()
        if publish:
            revision.publish()
        else:
            issue.unpublish()
        issue.refresh_from_db()
        return issue

    return make


@pytest.fixture
def editor_client(client, django_user_model):
    """A member of the communication team logged in to the admin."""
    user = django_user_model.objects.create_superuser("redaction", "redaction@example.org", "motdepasse")
    client.force_login(user)
    return client
