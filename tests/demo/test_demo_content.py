"""The demo loader: idempotent, and every sentence of both seed issues on its rendered page."""

import io
import json
import re
from html import escape

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from agenda.models import EventPage
from lettre.models import LettrePage
from ressources.models import PartnerPage, ResourcePage, Theme
from tests.html import parse, text
from tests.seeds import SEED_FILES, missing_sentences, seed_sentences, visible_text


def printed_password(output: str) -> str:
    """The password line of the command's output (in French)."""
    match = re.search(r"^Mot de passe : (\S+)$", output, re.MULTILINE)
    return match.group(1) if match else ""


def load() -> str:
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    return out.getvalue()


def snapshot() -> dict:
    """What a second run must not change: counts of every kind of content, the issues' JSON."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "themes": Theme.objects.count(),
        "users": get_user_model().objects.count(),
        "bodies": {
            issue.number: json.dumps(issue.body.get_prep_value(), sort_keys=True)
            for issue in LettrePage.objects.order_by("number")
        },
    }


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, loaded once for the module and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fr"):
        output = load()
        yield {"output": output, "snapshot": snapshot()}
        transaction.set_rollback(True)


@pytest.fixture
def issue_text(demo, client):
    def text(number: int) -> str:
        issue = LettrePage.objects.get(number=number, locale__language_code="fr")
        response = client.get(issue.url)
        assert response.status_code == 200
        return visible_text(response.content.decode())

    return text


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_every_sentence_of_the_seed_is_on_the_issue_page(issue_text, number):
    assert seed_sentences(number), "the seed was read"
    assert missing_sentences(number, issue_text(number)) == []


@pytest.mark.django_db
def test_a_sentence_missing_from_the_page_is_reported(issue_text):
    """The comparison can fail: a page without the interview answer misses that sentence."""
    text = issue_text(1).replace("le gouvernement a fait de la revitalisation", "")
    assert missing_sentences(1, text) == [
        "Le Gouvernement a fait de la revitalisation des centres-villes et des centres-bourgs une priorité "
        "de son action en matière de cohésion des territoires."
    ]


@pytest.mark.django_db
def test_loading_twice_changes_nothing(demo):
    load()
    assert snapshot() == demo["snapshot"]


@pytest.mark.django_db
def test_the_command_prints_the_admin_credentials_that_log_in(demo, client):
    output = demo["output"].splitlines()
    assert "Administration : http://testserver/admin/" in output
    assert "Identifiant : admin" in output
    password = printed_password(demo["output"])
    assert client.login(username="admin", password=password)
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_second_run_keeps_the_password_unless_one_is_given(demo, client, monkeypatch):
    first_password = printed_password(demo["output"])
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    output = load()
    assert first_password not in output
    assert "DEMO_ADMIN_PASSWORD" in output
    assert client.login(username="admin", password=first_password)

    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "un-mot-de-passe-choisi")
    output = load()
    assert printed_password(output) == "un-mot-de-passe-choisi"
    assert client.login(username="admin", password="un-mot-de-passe-choisi")


@pytest.mark.django_db
def test_the_menu_shows_the_five_sections_and_the_footer_the_legal_pages(demo, client):
    soup = parse(client.get("/").content.decode())
    menu = soup.find("nav", id="navigation-principale")
    assert [text(a) for a in menu.find_all("a")] == [
        "Les lettres", "Ressources", "Partenaires", "Agenda", "Les communes du programme"]
    footer_links = {text(a): a["href"] for a in soup.find("footer", id="pied-de-page").find_all("a")}
    for title in ("Accessibilité : non conforme", "Mentions légales", "Données personnelles"):
        assert client.get(footer_links[title]).status_code == 200


@pytest.mark.django_db
def test_issue_blocks_link_to_the_events_and_resources_of_the_site(demo, client):
    page_html = client.get(LettrePage.objects.get(number=1).url).content.decode()
    chosen = ("panorama-de-l-offre-de-services", "un-chef-de-projet-pour-quoi-faire", "atelier-hors-les-murs")
    for slug in chosen:
        assert f'href="{EventPage.objects.get(slug=slug).url}"' in page_html
    assert f'href="{ResourcePage.objects.get(slug="webinaires-ess-et-ruralites").url}"' in page_html


@pytest.mark.django_db
def test_every_partner_has_a_website_and_a_logo_described_for_screen_readers(demo):
    partners = PartnerPage.objects.live().select_related("logo")
    named = {"Avise", "Cerema", "Centre-Ville en Mouvement", "France Ville Durable", "Villes de France"}
    assert named <= {partner.title for partner in partners}
    for partner in partners:
        assert partner.website.startswith("https://")
        assert partner.logo.description.startswith("Logo : ")


@pytest.mark.django_db
def test_webinars_of_issue_4_are_past_events_with_their_replay_and_slides(demo):
    rencontre = EventPage.objects.get(slug="premiere-rencontre-nationale")
    assert rencontre.is_past
    assert rencontre.replay.external_url
    assert rencontre.start.astimezone(rencontre.start.tzinfo).isoformat().startswith("2021-04-22")
    relance = EventPage.objects.get(slug="le-plan-de-relance-quelles-opportunites")
    assert relance.slides.document.file.read(5) == b"%PDF-"


@pytest.mark.django_db
def test_an_editor_opens_every_demo_issue_in_the_admin(demo, client):
    client.force_login(get_user_model().objects.get(username="admin"))
    for issue in LettrePage.objects.all():
        response = client.get(f"/admin/pages/{issue.pk}/edit/")
        assert response.status_code == 200, issue
        assert escape(issue.title) in response.content.decode()  # English: wagtail-localize's editor


@pytest.mark.django_db
def test_the_demo_has_issue_4_and_its_world_in_english(demo, client):
    """wagtail-localize translations of the home page, a theme, a resource, an event and issue #4."""
    issue = parse(client.get("/en/lettres/lettre-4-mai-2021/").content.decode())
    assert issue.html["lang"] == "en"
    body = text(issue.main)
    assert "this newsletter brings you news, resources and accounts" in body  # introduction
    assert "Why did you choose an architect for the post" in body  # interview
    assert "Joël Giraud signs the membership agreements of Espinasses" in body  # image du mois
    assert [a["hreflang"] for a in issue.select(".fr-translate a")] == ["fr", "en"]
    assert client.get("/en/").status_code == 200
    english = {"locale__language_code": "en"}
    assert ResourcePage.objects.live().filter(**english).exists()
    assert EventPage.objects.live().filter(**english).exists()
    assert PartnerPage.objects.live().filter(**english).exists()
    assert Theme.objects.filter(**english).exists()
