"""What an RGAA auditor checks first: an accessibility statement following the RGAA model, with an
honest status and a date the editor keeps, the status in the footer, a legal notice naming the publisher
and the host, a description and Open Graph tags on every page, a favicon served by the site."""

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

from core.models import SiteSettings
from home.models import ContentPage
from tests.html import parse, text
from tests.public_pages import public_pages

RGAA_SECTIONS = (
    "État de conformité",
    "Contenus non accessibles",
    "Technologies utilisées",
    "Environnement de test",
    "Pages vérifiées",
    "Retour d'information et contact",
    "Voies de recours",
    "Schéma pluriannuel",
)


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)
    return ContentPage.objects.get(slug="accessibilite", locale__language_code="fr")


def test_the_accessibility_statement_follows_the_rgaa_model_and_the_footer_states_its_status(client, demo):
    assert demo.accessibility_status == "non-compliant", "honest: no audit yet"
    assert demo.statement_date is not None
    soup = parse(client.get(demo.url).content.decode())
    headings = [text(h2) for h2 in soup.select("main h2")]
    for section in RGAA_SECTIONS:
        assert section in headings, f"missing section “{section}”"
    assert "non conforme" in text(soup.find("main"))
    footer_link = soup.select_one(f'footer a[href="{demo.url}"]')
    assert text(footer_link) == "Accessibilité : non conforme"


def test_the_legal_notice_names_the_publisher_and_the_host_from_the_site_settings(client, demo):
    settings = SiteSettings.objects.get()
    settings.publisher, settings.host = "Éditeur de test", "Hébergeur de test, 1 rue du Serveur, Paris"
    settings.save()
    legal_notice = ContentPage.objects.get(slug="mentions-legales", locale__language_code="fr")
    notice = text(parse(client.get(legal_notice.url).content.decode()))
    assert "Éditeur de test" in notice
    assert "Hébergeur de test, 1 rue du Serveur, Paris" in notice


def test_every_public_page_has_a_description_open_graph_and_a_local_favicon(client, demo):
    problems = []
    for name, url in public_pages().items():
        soup = parse(client.get(url).content.decode())
        for selector in (
            'meta[name="description"]',
            'meta[property="og:title"]',
            'meta[property="og:description"]',
            'meta[property="og:url"]',
            'meta[property="og:type"]',
            'meta[property="og:locale"]',
        ):
            tag = soup.select_one(selector)
            if tag is None or not tag.get("content", "").strip():
                problems.append(f"{name}: no {selector}")
        icon = soup.select_one('link[rel~="icon"]')
        if icon is None or not icon["href"].startswith("/static/"):
            problems.append(f"{name}: no favicon served by the site: {icon}")
        elif not finders.find(icon["href"].removeprefix("/static/")):
            problems.append(f"{name}: favicon {icon['href']} is not a static file of the site")
    assert not problems, "\n".join(problems)
