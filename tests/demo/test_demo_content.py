"""The demo loader: idempotent, and every sentence of both seed issues on its rendered page."""

import html
import io
import json
import re
import unicodedata
from pathlib import Path

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

SEEDS = Path(__file__).resolve().parents[2] / "demo" / "seeds"
SEED_FILES = {1: "lettre-01-2020-11-23.txt", 4: "lettre-04-2021-05-12.txt"}

# E-mail chrome only: masthead and footer lines of the e-mail that the web page replaces by its
# own header, footer and share buttons. Never content.
EMAIL_CHROME = {
    "Bienvenue !",  # e-mail masthead
    "La lettre d'information du",  # e-mail masthead
    "CLUB",  # e-mail masthead (also the end of a split heading, checked as part of it)
    "Transférez, partagez !",  # share bar of the e-mail: the page has its own share buttons
    "Contactez la direction de programme :",  # #4 footer: the page shows the site-wide contact label
    "Suivre l'actualité du programme :",  # #4 footer: social links of the e-mail
    "[Linkedin](#)",
    "[Scoop-it](#)",
    "Pour vous inscrire à cette lettre d'information, [cliquez ici](#).",  # e-mail subscription footer
    "[Se désinscrire](#)",  # e-mail unsubscribe link
}

# Lines the seed writes in one piece and the page shows as separate fields (the issue's number and
# date, an event's date and title chosen from the agenda, a person's name and role): each part must
# appear.
SPLIT_LINES = {
    "23 NOVEMBRE 2020 - #1": ["#1", "23 novembre 2020"],
    "12 MAI 2021 - LETTRE D'INFORMATION #4 | MAI 2021": ["#4", "12 mai 2021"],
    "Christophe Bouillon, maire de Barentin et président de l'APVF": [
        "Christophe Bouillon", "maire de Barentin et président de l'APVF"],
    "#### 4 questions à Martin Sotton, Maire de Thizy les Bourgs (69)": [
        "4 questions à Martin Sotton", "Maire de Thizy les Bourgs (69)"],
    "### 22 avril : La première rencontre nationale Petites villes de demain": [
        "22 avril", "La première rencontre nationale Petites villes de demain"],
    "### 5 mai : Le tiers lieu comme levier de revitalisation": [
        "5 mai", "Le tiers lieu comme levier de revitalisation"],
    "### 10 mai : Le Plan de relance : quelles opportunités pour mon territoire ?": [
        "10 mai", "Le Plan de relance : quelles opportunités pour mon territoire ?"],
}

BLOCK_TAGS = [
    "address", "article", "aside", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section",
    "table", "td", "th", "tr", "ul", "button", "time",
]


def visible_text(page_html: str) -> str:
    """The text a reader sees in the page's <main>: no script or style, a space between blocks."""
    main = parse(page_html).main
    for hidden in main.find_all(["script", "style", "template"]):
        hidden.decompose()
    for block in main.find_all(BLOCK_TAGS):
        block.insert_before(" ")
        block.insert_after(" ")
    return normalise(main.get_text())


QUOTES_AND_SPACES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})


def normalise(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](url) -> label
    text = re.sub(r"^\s*#+\s*", "", text)  # markdown headings
    text = re.sub(r"^\s*-\s+", "", text)  # markdown list items
    text = text.replace("**", "").replace("*", "")
    text = text.translate(QUOTES_AND_SPACES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def letters_only(text: str) -> str:
    """Letters and digits without accents: capitals in the e-mail drop accents and punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char if char.isalnum() else " " for char in text if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", text).strip()


def is_capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def seed_sentences(number: int) -> list[tuple[bool, str]]:
    """(in capitals?, sentence) pairs: every sentence of every line of the seed that is not chrome.

    Consecutive lines in capitals are one heading the e-mail breaks in two (“LE POINT DE VUE” /
    “DU MAIRE”): they are joined, then compared without accents and punctuation."""
    sentences: list[tuple[bool, str]] = []
    heading: list[str] = []

    def end_heading():
        if heading:
            sentences.append((True, " ".join(heading)))
            heading.clear()

    for raw in (SEEDS / SEED_FILES[number]).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in EMAIL_CHROME:
            end_heading()
        elif line in SPLIT_LINES:
            end_heading()
            sentences.extend((False, part) for part in SPLIT_LINES[line])
        elif is_capitals(line):
            heading.append(line)
        else:
            end_heading()
            sentences.extend(
                (False, sentence)
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"*\[])", line)
                if normalise(sentence)
            )
    end_heading()
    return sentences


def missing_sentences(number: int, page_text: str) -> list[str]:
    folded_page = letters_only(page_text)
    missing = []
    for capitals, sentence in seed_sentences(number):
        if capitals:
            found = letters_only(normalise(sentence)) in folded_page
        else:
            found = normalise(sentence) in page_text
        if not found:
            missing.append(sentence)
    return missing


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
        issue = LettrePage.objects.get(number=number)
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
def test_the_menu_shows_the_four_sections_and_the_footer_the_legal_pages(demo, client):
    soup = parse(client.get("/").content.decode())
    menu = soup.find("nav", id="navigation-principale")
    assert [text(a) for a in menu.find_all("a")] == ["Les lettres", "Ressources", "Partenaires", "Agenda"]
    footer_links = {text(a): a["href"] for a in soup.find("footer", id="pied-de-page").find_all("a")}
    for title in ("Accessibilité", "Mentions légales", "Données personnelles"):
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
        assert response.status_code == 200
        assert issue.title in response.content.decode()
