"""“Send a test” on an issue: a real SMTP server (aiosmtpd) receives what the editor sends."""

import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse
from django.utils import translation
from lxml import html as lxml_html
from wagtail.models import PageLogEntry

from lettre.email.proof import LOG_ACTION
from tests.email.every_block import EVERY_BLOCK_TEXTS, every_block_body

SAMPLE_NOTICE = "(lien d'exemple — envoi de test)"


class Sink:
    """An SMTP handler that keeps the messages, or refuses some recipients with a 550."""

    def __init__(self):
        self.envelopes = []
        self.refused: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused or "*" in self.refused:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self):
        return [email.message_from_bytes(envelope.original_content, policy=email.policy.default)
                for envelope in self.envelopes]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def use_smtp(settings, port):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5


@pytest.fixture
def smtp(settings):
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    use_smtp(settings, controller.port)
    yield sink
    controller.stop()


@pytest.fixture(autouse=True)
def french():
    """The editors' language: the messages checked are the French ones of locale/fr."""
    with translation.override("fr"):
        yield


@pytest.fixture
def issue(issue_factory, image_factory, home_page):
    return issue_factory(number=4, title="La lettre du Club #4", intro="<p>Le chapô de la lettre.</p>",
                         body=every_block_body(image_factory, home_page))


@pytest.fixture
def editor(admin_user, client):
    client.force_login(admin_user)
    return client



def send(client, issue, recipients):
    return client.post(reverse("lettre_test_send", args=[issue.pk]), {"recipients": recipients})


def errors_of(response) -> str:
    tree = lxml_html.document_fromstring(response.content.decode())
    return " ".join(" ".join(node.text_content().split()) for node in tree.xpath(
        '//*[@role="alert"] | //*[contains(@class, "error-message")]'))


def test_send_arrives_as_one_multipart_alternative_message_per_address(editor, issue, smtp):
    response = send(editor, issue, "camille@example.org,\ndominique@example.org")

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[issue.pk])
    assert sorted(envelope.rcpt_tos for envelope in smtp.envelopes) == [
        ["camille@example.org"], ["dominique@example.org"]]  # one message per address
    for message in smtp.messages():
        assert message["Subject"] == "[TEST] La lettre du Club #4"
        assert message["From"] == "Club des Petites villes de demain <petitesvillesdedemain@anct.gouv.fr>"
        assert message["Reply-To"] == "petitesvillesdedemain@anct.gouv.fr"
        assert message.get_content_type() == "multipart/alternative"
        parts = {part.get_content_type(): part.get_content() for part in message.iter_parts()}
        assert set(parts) == {"text/plain", "text/html"}
        html_text = " ".join(lxml_html.document_fromstring(parts["text/html"]).text_content().split())
        for block, phrase in EVERY_BLOCK_TEXTS.items():
            assert phrase in html_text, f"{block} missing from the HTML part"
            assert phrase in parts["text/plain"], f"{block} missing from the text part"
        tree = lxml_html.document_fromstring(parts["text/html"])
        addresses = tree.xpath("//@href | //@src")
        assert [a for a in addresses if not re.match(r"^(https?://|mailto:)", a)] == []
        assert all(image.get("alt") is not None for image in tree.xpath("//img"))
        assert SAMPLE_NOTICE in html_text and SAMPLE_NOTICE in parts["text/plain"]
    followed = editor.get(response["Location"])
    assert "E-mail de test envoyé à camille@example.org, dominique@example.org." in followed.content.decode()


def test_send_uses_the_current_draft_not_the_published_version(editor, issue, smtp):
    draft = issue.get_latest_revision_as_object()
    draft.title = "Brouillon de la lettre #4"
    draft.body = [("texte", "<p>Une phrase ajoutée dans le brouillon.</p>")]
    draft.save_revision()

    send(editor, issue, "camille@example.org")

    [message] = smtp.messages()
    assert message["Subject"] == "[TEST] Brouillon de la lettre #4"
    assert "Une phrase ajoutée dans le brouillon." in message.get_body(("plain",)).get_content()


def test_send_is_recorded_in_the_history_of_the_issue(editor, issue, smtp, admin_user):
    send(editor, issue, "camille@example.org")

    [entry] = PageLogEntry.objects.filter(page=issue, action=LOG_ACTION)
    assert entry.user == admin_user
    assert entry.data["recipients"] == ["camille@example.org"]
    assert entry.revision_id == issue.get_latest_revision().pk
    history = editor.get(reverse("wagtailadmin_pages:history", args=[issue.pk])).content.decode()
    assert "E-mail de test envoyé à camille@example.org" in history


@pytest.mark.parametrize(
    ("recipients", "message"),
    [
        ("camille@example", "« camille@example » n'est pas une adresse e-mail valide."),
        (", ".join(f"personne{n}@example.org" for n in range(11)),
         "Un test peut être envoyé à 10 adresses au maximum ; vous en avez saisi 11."),
        ("camille@example.org\r\nBcc: tout-le-monde@example.org",
         "« Bcc: tout-le-monde@example.org » n'est pas une adresse mais un en-tête d'e-mail"),
        ("  ", "Saisissez au moins une adresse e-mail."),
    ],
    ids=["malformed", "eleven", "header-injection", "empty"],
)
def test_bad_addresses_are_refused_in_french_and_nothing_is_sent(editor, issue, smtp, recipients, message):
    response = send(editor, issue, recipients)

    assert response.status_code == 400
    assert message in errors_of(response)
    assert smtp.envelopes == []
    assert not PageLogEntry.objects.filter(page=issue, action=LOG_ACTION).exists()


def test_a_title_with_a_line_break_cannot_become_the_subject(editor, issue, smtp):
    draft = issue.get_latest_revision_as_object()
    draft.title = "La lettre\r\nBcc: tout-le-monde@example.org"
    draft.save_revision()

    response = send(editor, issue, "camille@example.org")

    assert response.status_code == 400
    assert "Le titre de la lettre contient un retour à la ligne" in errors_of(response)
    assert smtp.envelopes == []
    assert not PageLogEntry.objects.filter(page=issue, action=LOG_ACTION).exists()


def test_a_server_that_is_down_gives_a_clear_error_and_nothing_is_marked_sent(editor, issue, settings):
    use_smtp(settings, free_port())  # nothing listens there

    response = send(editor, issue, "camille@example.org")

    assert response.status_code == 200
    errors = errors_of(response)
    assert "Le serveur d'envoi des e-mails est injoignable : le test n'a pas été envoyé." in errors
    assert not PageLogEntry.objects.filter(page=issue, action=LOG_ACTION).exists()


def test_a_server_that_refuses_gives_a_clear_error_and_nothing_is_marked_sent(editor, issue, smtp):
    smtp.refused = {"*"}

    response = send(editor, issue, "camille@example.org")

    assert response.status_code == 200
    errors = errors_of(response)
    assert ("Non envoyé à camille@example.org : le serveur d'envoi l'a refusé "
            "(550 5.1.1 Mailbox unavailable).") in errors
    assert smtp.envelopes == []
    assert not PageLogEntry.objects.filter(page=issue, action=LOG_ACTION).exists()


def test_only_the_accepted_addresses_are_recorded(editor, issue, smtp):
    smtp.refused = {"refuse@example.org"}

    response = send(editor, issue, "refuse@example.org, camille@example.org")

    assert "Non envoyé à refuse@example.org" in errors_of(response)
    assert [envelope.rcpt_tos for envelope in smtp.envelopes] == [["camille@example.org"]]
    [entry] = PageLogEntry.objects.filter(page=issue, action=LOG_ACTION)
    assert entry.data["recipients"] == ["camille@example.org"]


def test_the_issue_offers_send_a_test_and_an_email_preview(editor, issue, home_page):
    edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=[issue.pk])).content.decode()
    tree = lxml_html.document_fromstring(edit_page)
    links = tree.xpath(f'//a[@href="{reverse("lettre_test_send", args=[issue.pk])}"]')
    assert len(links) == 2  # in the header “…” menu and in the footer menu beside “Save draft”
    assert all(" ".join(link.text_content().split()) == "Envoyer un test" for link in links)
    home_edit_page = editor.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk])).content.decode()
    assert "Envoyer un test" not in home_edit_page
    assert 'value="email"' in edit_page  # the preview mode selector offers the e-mail

    form = editor.get(reverse("lettre_test_send", args=[issue.pk]))
    assert form.status_code == 200
    assert "[TEST] La lettre du Club #4" in form.content.decode()


def test_the_email_preview_shows_the_compiled_email_of_the_draft(editor, issue):
    response = editor.get(reverse("wagtailadmin_pages:view_draft", args=[issue.pk]) + "?mode=email")

    assert response.status_code == 200
    tree = lxml_html.document_fromstring(response.content.decode())
    assert tree.xpath("//table[@role='presentation']")
    assert EVERY_BLOCK_TEXTS["appel"] in tree.text_content()
    assert SAMPLE_NOTICE in tree.text_content()
    text = editor.get(reverse("wagtailadmin_pages:view_draft", args=[issue.pk]) + "?mode=email_text")
    assert text["Content-Type"].startswith("text/plain")
    assert EVERY_BLOCK_TEXTS["appel"] in text.content.decode()


def test_an_editor_who_cannot_edit_the_issue_cannot_send_a_test(client, issue, django_user_model, smtp):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("lecteur", "lecteur@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    for response in (client.get(reverse("lettre_test_send", args=[issue.pk])),
                     send(client, issue, "lecteur@example.org")):
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert smtp.envelopes == []


def test_the_live_preview_shows_unsaved_changes_as_an_email(editor, issue):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[issue.pk])
    data = nested_form_data({
        "title": "Titre pas encore enregistré", "slug": "lettre-4", "number": 4, "issue_date": "2021-05-12",
        "intro": rich_text("<p>Un chapô tout neuf.</p>"),
        "body": streamfield([("texte", rich_text("<p>Une phrase pas encore enregistrée.</p>"))]),
        "credits": streamfield([]),
        "comments": inline_formset([]),
    })
    assert editor.post(preview_url, data).json()["is_valid"] is True

    response = editor.get(preview_url, {"mode": "email"})

    text = " ".join(lxml_html.document_fromstring(response.content.decode()).text_content().split())
    assert "Titre pas encore enregistré" in text
    assert "Une phrase pas encore enregistrée." in text
    assert EVERY_BLOCK_TEXTS["appel"] not in text
