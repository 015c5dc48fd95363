"""« Aide › Guide de l'éditeur » opens the site's own French guide, which only logged-in users see."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.roles import EDITOR_GUIDE_SLUG
from home.models import ContentPage
from tests import html


@pytest.fixture
def guide(db):
    call_command("load_demo_content", verbosity=0)
    return ContentPage.objects.get(slug=EDITOR_GUIDE_SLUG)


def test_the_help_menu_opens_the_sites_french_guide(admin_client, guide):
    response = admin_client.get(reverse("wagtailadmin_home"))
    content = response.content.decode()
    assert guide.url in content
    assert "guide.wagtail.org" not in content
    text = html.text(html.page(admin_client.get(guide.url)).select_one("main"))
    for step in ("Préparer la prochaine lettre", "Envoyer un test", "programmation", "Envoyer aux abonnés"):
        assert step in text


def test_visitors_neither_see_the_guide_nor_find_it_in_the_footer(client, guide):
    response = client.get(guide.url)
    assert response.status_code == 302  # to the login page
    footer = html.text(html.page(client.get("/")).select_one("footer"))
    assert "Guide de l'éditeur" not in footer
