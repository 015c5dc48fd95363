"""The e-mail edition of an issue: what a subscriber receives (HTML and plain text)."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from core.models import SiteSettings, SiteTexts
from lettre.blocks import IssueBodyBlock
from lettre.email.engine import get_template
from lettre.email.placeholders import RecipientLinks
from lettre.email.render import render_issue_email
from lettre.models import LettrePage
from tests.email.every_block import EVERY_BLOCK_TEXTS, every_block_body, image_value
from tests.html import parse, text

GMAIL_CLIP_BYTES = 102 * 1024
ABSOLUTE = re.compile(r"^(https?://|mailto:)")


@pytest.fixture
def full_issue(issue_factory, image_factory, home_page):
    hero = image_factory(title="Une", alt="La une de la lettre", size=(1600, 900))
    return issue_factory(
        number=4, title="La lettre du Club #4 – mai 2021", hero=hero,
        intro="<p>Chaque mois, des actualités et des <b>témoignages</b> d'élus.</p>",
        body=every_block_body(image_factory, home_page),
    )


@pytest.fixture
def site_settings(home_page):
    SiteTexts.objects.create(
        locale=home_page.locale,
        gdpr_notice=("<p>Conformément à la loi « Informatique et libertés », écrivez à "
                     '<a href="mailto:info@anct.gouv.fr">info@anct.gouv.fr</a>.</p>'),
        default_credits=[("credit", {"role": "Directeur de publication", "names": "Yves Le Breton"})],
    )
    settings = SiteSettings.for_site(home_page.get_site())
    settings.linkedin_url = "https://www.linkedin.com/company/anct"
    settings.save()
    return settings


def visible_text(html: str) -> str:
    return text(parse(html))


def links_named(soup, name: str) -> list:
    return [a for a in soup.find_all("a") if text(a) == name]


def test_every_block_appears_in_the_html_and_in_the_text(full_issue):
    edition = render_issue_email(full_issue)
    html_text = visible_text(edition.html)
    for block, phrase in EVERY_BLOCK_TEXTS.items():
        assert phrase in html_text, f"{block}: “{phrase}” missing from the HTML part"
        assert phrase in edition.text, f"{block}: “{phrase}” missing from the text part"


def test_section_headings_are_real_headings(full_issue):
    soup = parse(render_issue_email(full_issue).html)
    assert [text(h2) for h2 in soup.find_all("h2")][:1] == [EVERY_BLOCK_TEXTS["rubrique"]]
    assert "<mj-" not in visible_text(render_issue_email(full_issue).html)


def test_every_block_type_has_an_email_template():
    for name in IssueBodyBlock().child_blocks:
        get_template(f"blocks/{name}.mjml")


def test_a_chosen_event_shows_its_registration_as_a_button(full_issue):
    soup = parse(render_issue_email(full_issue).html)
    [link] = soup.find_all("a", href="https://evenements.example.org/inscription-relance")
    assert text(link) == "Je m'inscris"
    assert link.parent.get("bgcolor") == "#000091"  # a bulletproof button: a coloured table cell


def test_every_address_in_the_html_is_absolute(full_issue):
    edition = render_issue_email(full_issue).as_sample()
    soup = parse(edition.html)
    addresses = [tag[name] for tag in soup.find_all(True) for name in ("href", "src") if tag.has_attr(name)]
    assert len(addresses) > 20
    relative = [address for address in addresses if not ABSOLUTE.match(address)]
    assert relative == []
    # rich-text page link, a document link and a relative link typed by an editor
    assert "http://localhost/" in addresses
    assert any(re.match(r"^http://localhost/documents/\d+/guide-formation", a) for a in addresses)
    assert "http://localhost/actualites/conseillers-numeriques/" in addresses
    assert all(img["src"].startswith("http://localhost/media/images/") for img in soup.find_all("img"))


def test_every_image_has_alt_text_and_its_displayed_size(full_issue):
    soup = parse(render_issue_email(full_issue).html)
    images = soup.find_all("img")
    assert len(images) == 6  # hero, portrait, image of the month, news item, article, image
    assert all(image.get("alt") is not None for image in images)
    alts = [image.get("alt") for image in images]
    assert "La une de la lettre" in alts
    assert "Deux élus signent un document" in alts
    assert "" in alts  # the article's image is marked decorative
    for image in images:
        assert 0 < int(image.get("width")) <= 600
        assert int(image.get("height")) > 0
    hero = soup.find("img", alt="La une de la lettre")
    assert (hero.get("width"), hero.get("height")) == ("600", "338")


def test_the_email_is_600px_wide_with_the_chapo_as_hidden_preheader(full_issue):
    html = render_issue_email(full_issue).html
    soup = parse(html)
    assert "max-width:600px" in html
    assert max(int(tag["width"]) for tag in soup.find_all(width=True) if tag["width"].isdigit()) <= 600
    preheader = soup.body.find("div")
    assert "display:none" in preheader.get("style")
    assert "Chaque mois, des actualités et des témoignages d'élus." in text(preheader)
    assert soup.find("table", role="presentation")


def test_the_text_part_has_every_link_of_the_html(full_issue, site_settings):
    edition = render_issue_email(full_issue).as_sample()
    links = {a["href"] for a in parse(edition.html).find_all("a", href=True)}
    assert len(links) > 15
    missing = [link for link in links if link.replace("&amp;", "&") not in edition.text]
    assert missing == []


def test_browser_link_share_block_credits_gdpr_notice_and_contact(full_issue, site_settings):
    edition = render_issue_email(full_issue)
    html_text = visible_text(edition.html)
    soup = parse(edition.html)
    [web_link] = links_named(soup, "Voir cette lettre dans votre navigateur")
    assert web_link["href"] == "http://localhost/lettres/lettre-4/"
    for phrase in ("Transférez, partagez !", "Directeur de publication : Yves Le Breton",
                   "Conformément à la loi « Informatique et libertés »", "petitesvillesdedemain@anct.gouv.fr",
                   "Agence nationale de la cohésion des territoires"):
        assert phrase in html_text
        assert phrase in edition.text
    assert soup.find("a", href="mailto:info@anct.gouv.fr")
    assert soup.find("a", href="https://www.linkedin.com/company/anct")
    share = links_named(soup, "Transférer par e-mail")[0]["href"]
    assert share.startswith("mailto:?subject=") and "lettre-4" in share


def test_unsubscribe_links_are_placeholders_filled_per_recipient(full_issue):
    edition = render_issue_email(full_issue)
    assert 'href="{{ unsubscribe_url }}"' in edition.html
    assert "({{ unsubscribe_url }})" in edition.text
    links = RecipientLinks(unsubscribe_url="https://club.example.org/desinscription/abc?t=1&u=2",
                           manage_url="https://club.example.org/abonnement/abc")
    mine = edition.for_recipient(links)
    soup = parse(mine.html)
    assert [a["href"] for a in links_named(soup, "Se désinscrire")] == [links.unsubscribe_url]
    assert [a["href"] for a in links_named(soup, "Gérer mon abonnement")] == [links.manage_url]
    assert links.unsubscribe_url in mine.text and "{{" not in mine.text + mine.html


def test_the_sample_links_say_they_do_not_work(full_issue):
    edition = render_issue_email(full_issue).as_sample()
    [unsubscribe] = [a for a in parse(edition.html).find_all("a") if "Se désinscrire" in a.get_text()]
    assert unsubscribe.get_text() == "Se désinscrire (lien d'exemple — envoi de test)"
    assert "Se désinscrire (lien d'exemple — envoi de test)" in edition.text


def test_each_seed_issue_is_under_the_gmail_clipping_size(db):
    call_command("load_demo_content", stdout=io.StringIO())
    issues = list(LettrePage.objects.filter(locale__language_code="fr").order_by("number"))
    assert [issue.number for issue in issues] == [1, 4]
    for issue in issues:
        edition = render_issue_email(issue).as_sample()
        assert len(issue.body) >= 10
        size = len(edition.html.encode())
        assert size < GMAIL_CLIP_BYTES, f"#{issue.number}: {size} bytes"
        assert issue.body[0].block_type and len(edition.text) > 3000


def test_render_lettre_writes_the_html_and_the_text(full_issue, tmp_path):
    html_file, text_file = tmp_path / "lettre.html", tmp_path / "lettre.txt"
    call_command("render_lettre", "4", html=str(html_file), text=str(text_file), stdout=io.StringIO())
    html, text = html_file.read_text(encoding="utf-8"), text_file.read_text(encoding="utf-8")
    assert EVERY_BLOCK_TEXTS["appel"] in visible_text(html)
    assert EVERY_BLOCK_TEXTS["appel"] in text
    assert "(lien d'exemple — envoi de test)" in text


def test_render_lettre_refuses_an_unknown_number(full_issue, tmp_path):
    with pytest.raises(CommandError, match="Aucune lettre ne porte le numéro 99"):
        call_command("render_lettre", "99", html=str(tmp_path / "x.html"))


def test_the_email_speaks_the_language_of_the_issue_not_the_editors(full_issue):
    with translation.override("en"):
        edition = render_issue_email(full_issue).as_sample()
    assert 'lang="fr"' in edition.html
    assert "Voir cette lettre dans votre navigateur" in visible_text(edition.html)
    assert "Se désinscrire (lien d'exemple — envoi de test)" in edition.text


def test_an_image_whose_file_is_missing_is_left_out_not_a_crash(issue_factory, image_factory):
    photo = image_factory(title="Perdue", alt="Une photo perdue")
    photo.file.storage.delete(photo.file.name)
    no_link = {"label": "", "page": None, "document": None, "url": ""}
    block = {"image": image_value(photo, "Perdue"), "caption": "La légende reste", "credit": "",
             "link": no_link}
    issue = issue_factory(body=[("image", block)])

    edition = render_issue_email(issue)

    assert parse(edition.html).find_all("img") == []
    assert "La légende reste" not in visible_text(edition.html)  # the block is the image: left out whole
