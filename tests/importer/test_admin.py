"""The admin's import: upload, report before anything is created, confirmation, the draft; bad files get a
message in French and a 400, and leave nothing behind."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page

from lettre.models import LettrePage
from tests.html import parse, text

from .conftest import MASTHEAD, html_file, jpeg, zip_of

pytestmark = pytest.mark.django_db
IMPORT_URL = reverse("lettre_import")
CONFIRM_URL = reverse("lettre_import_confirm")
PARAGRAPH = "<h2>Actualités</h2><p>Le Club se réunit à Barentin le 3 juin.</p>"


def post_file(client, file, **fields):
    return client.post(IMPORT_URL, {"file": file, **fields})


def errors(response) -> str:
    soup = parse(response.content.decode())
    return " ".join(text(node) for node in soup.select(".error-message, .help-critical, [role=alert]"))


def confirm(client, response, **fields):
    token = parse(response.content.decode()).find("input", attrs={"name": "token"})["value"]
    return client.post(CONFIRM_URL, {"token": token, **fields})


def nothing_created():
    return not LettrePage.objects.exists() and not get_image_model().objects.exists()


def test_the_archive_offers_to_import_an_issue(editor_client, lettre_index):
    page = parse(editor_client.get(reverse("wagtailadmin_explore", args=[lettre_index.pk])).content.decode())
    links = [a["href"] for a in page.find_all("a") if text(a) == "Importer une lettre"]
    assert links == [f"{IMPORT_URL}?index={lettre_index.pk}"]


def test_the_report_comes_first_then_the_draft_never_published(editor_client, lettre_index):
    response = post_file(editor_client, html_file(MASTHEAD + PARAGRAPH))
    assert response.status_code == 200
    report = parse(response.content.decode())
    assert "Lettre n°7 du 12 mai 2021" in text(report) or "#7" in text(report)
    assert "Actualités" in text(report.find("table", class_="listing"))
    assert not LettrePage.objects.exists()  # nothing before the confirmation

    response = confirm(editor_client, response)
    page = LettrePage.objects.get(number=7)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert (page.title, page.live, page.first_published_at) == ("Une lettre d'essai", False, None)
    assert page.get_parent().pk == lettre_index.pk


def test_script_event_handlers_and_javascript_links_are_removed(editor_client, lettre_index):
    body = (
        MASTHEAD
        + '<h2>Actualités</h2><p onclick="steal()">Le Club <a href="javascript:alert(1)">se réunit</a>'
        '<script>steal()</script> à Barentin.</p><img src="x.jpg" onerror="steal()" alt="">'
    )
    response = post_file(editor_client, html_file(body))
    report = text(parse(response.content.decode()))
    assert "1 script ou objet intégré retiré" in report
    assert "onclick" in report and "onerror" in report
    assert "1 lien « javascript: » retiré" in report
    confirm(editor_client, response)
    stored = str(LettrePage.objects.get(number=7).get_latest_revision().content)
    assert "Le Club" in stored and "Barentin" in stored
    for dangerous in ("<script", "steal()", "onclick", "onerror", "javascript:"):
        assert dangerous not in stored


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<p>é</p>".encode("latin-1") * 3, "n'est pas encodé en UTF-8"),
        ("<p>Ã©tÃ©</p>".encode(), "mauvais encodage"),
        (b"", "vide"),
        (b"   \n  ", "vide"),
    ],
    ids=["latin-1 without charset", "garbled UTF-8", "empty", "blank"],
)
def test_a_bad_file_gets_a_french_message_and_a_400(editor_client, lettre_index, content, message):
    response = post_file(editor_client, SimpleUploadedFile("lettre.html", content))
    assert response.status_code == 400
    assert message in errors(response)
    assert nothing_created()


def test_a_declared_charset_is_honoured(editor_client, lettre_index):
    body = f"<html><head><meta charset='iso-8859-1'></head><body>{MASTHEAD}{PARAGRAPH}</body></html>"
    response = post_file(editor_client, SimpleUploadedFile("lettre.htm", body.encode("latin-1")))
    assert response.status_code == 200
    assert "Actualités" in text(parse(response.content.decode()).find("table", class_="listing"))


def test_a_50_mb_file_is_refused(editor_client, lettre_index):
    big = SimpleUploadedFile("lettre.html", b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>")
    response = post_file(editor_client, big)
    assert response.status_code == 400
    assert "plus de 20 Mo" in errors(response)
    assert nothing_created()


def test_another_kind_of_file_is_refused(editor_client, lettre_index):
    response = post_file(editor_client, SimpleUploadedFile("lettre.pdf", b"%PDF-1.4"))
    assert response.status_code == 400
    assert ".html, .htm, .md, .txt ou .zip" in errors(response)


def test_a_zip_bomb_is_refused(editor_client, lettre_index):
    bomb = zip_of(
        {"lettre.html": (MASTHEAD + PARAGRAPH).encode(), "images/photo.jpg": b"\0" * (30 * 1024 * 1024)}
    )
    assert len(bomb) < 200_000
    response = post_file(editor_client, SimpleUploadedFile("lettre.zip", bomb))
    assert response.status_code == 400
    assert "hors de proportion" in errors(response)
    assert nothing_created()


@pytest.mark.parametrize(
    "path", ["../lettre.html", "images/../../photo.jpg", "/etc/photo.jpg", "C:/photo.jpg"]
)
def test_a_zip_with_paths_leaving_its_folder_is_refused(editor_client, lettre_index, path):
    archive = zip_of({"lettre.html": (MASTHEAD + PARAGRAPH).encode(), path: jpeg()})
    response = post_file(editor_client, SimpleUploadedFile("lettre.zip", archive))
    assert response.status_code == 400
    assert "sort de son dossier" in errors(response)
    assert nothing_created()


def test_without_masthead_the_editor_gives_number_and_date(editor_client, lettre_index):
    response = post_file(editor_client, html_file("<h1>Une lettre sans en-tête</h1>" + PARAGRAPH))
    assert response.status_code == 400
    form = parse(response.content.decode())
    assert "indiquez le numéro et la date" in errors(response)
    assert form.find("input", attrs={"name": "number"}) is not None
    assert nothing_created()

    response = post_file(
        editor_client,
        html_file("<h1>Une lettre sans en-tête</h1>" + PARAGRAPH),
        number="12",
        issue_date="2021-10-05",
    )
    assert response.status_code == 200
    confirm(editor_client, response)
    page = LettrePage.objects.get(number=12)
    assert (str(page.issue_date), page.title) == ("2021-10-05", "Une lettre sans en-tête")


def test_importing_a_number_again_offers_to_replace_the_draft(editor_client, lettre_index, issue_factory):
    draft = issue_factory(number=7, title="Ancien brouillon", publish=False)
    response = post_file(editor_client, html_file(MASTHEAD + PARAGRAPH))
    assert response.status_code == 200
    assert "Un brouillon porte déjà le numéro 7" in text(parse(response.content.decode()))

    refused = confirm(editor_client, response)
    assert refused.status_code == 400
    assert LettrePage.objects.get(pk=draft.pk).get_latest_revision_as_object().title == "Ancien brouillon"

    confirm(editor_client, response, replace="on")
    replaced = LettrePage.objects.get(number=7)
    assert replaced.pk == draft.pk and replaced.live is False
    assert replaced.get_latest_revision_as_object().title == "Une lettre d'essai"
    assert replaced.revisions.count() == 2  # the previous version stays in its history


def test_a_published_issue_is_never_replaced(editor_client, lettre_index, issue_factory):
    issue = issue_factory(number=7, title="Lettre publiée")
    response = post_file(editor_client, html_file(MASTHEAD + PARAGRAPH))
    assert response.status_code == 400
    assert "déjà publiée" in errors(response)
    assert LettrePage.objects.get(pk=issue.pk).title == "Lettre publiée"
    assert LettrePage.objects.count() == 1


def test_a_zip_imports_its_images_into_the_library(editor_client, lettre_index):
    html = (
        MASTHEAD + '<img src="images/une.jpg" alt="La place du marché"><p>Le chapô de la lettre.</p>'
        "<h2>L'image du mois</h2><h3>La signature à Barentin</h3>"
        '<img src="images/signature.jpg" alt="Les élus signent la convention"><p>© ANCT</p>'
        "<p>Les élus ont signé la convention d'adhésion.</p>"
        '<h2>Actualités</h2><p><a href="https://example.org/actu">Le programme</a> avance.</p>'
        '<img src="https://example.org/distante.jpg" alt="Une photo distante">'
    )
    archive = zip_of(
        {
            "lettre/index.html": html.encode(),
            "lettre/images/une.jpg": jpeg(),
            "lettre/images/signature.jpg": jpeg((200, 0, 0)),
        }
    )
    response = post_file(editor_client, SimpleUploadedFile("lettre.zip", archive))
    assert response.status_code == 200
    assert not get_image_model().objects.exists()  # the report creates nothing
    confirm(editor_client, response)
    images = {image.title: image for image in get_image_model().objects.all()}
    assert set(images) == {"La place du marché", "Les élus signent la convention"}
    page = LettrePage.objects.get(number=7).get_latest_revision_as_object()
    assert page.hero.pk == images["La place du marché"].pk
    blocks = {block.block_type: block.value for block in page.body}
    assert blocks["image_du_mois"]["image"].pk == images["Les élus signent la convention"].pk
    assert (blocks["image_du_mois"]["title"], blocks["image_du_mois"]["credit"]) == (
        "La signature à Barentin",
        "© ANCT",
    )
    placeholder = [
        b.value.source for b in page.body if b.block_type == "texte" and "distante" in b.value.source
    ]
    assert placeholder and "https://example.org/distante.jpg" in placeholder[0]
    assert 'href="https://example.org/actu"' in str(page.body)


def test_a_failure_during_the_import_leaves_nothing_behind(
    editor_client, lettre_index, monkeypatch, settings
):
    from lettre.importer import drafts

    def fail(*args, **kwargs):
        raise RuntimeError("panne")

    archive = zip_of(
        {
            "index.html": (MASTHEAD + '<img src="panne.jpg" alt="Une">' + PARAGRAPH).encode(),
            "panne.jpg": jpeg(),
        }
    )
    images_folder = Path(settings.MEDIA_ROOT) / "original_images"
    before = set(images_folder.glob("panne*.jpg"))
    response = post_file(editor_client, SimpleUploadedFile("lettre.zip", archive))
    monkeypatch.setattr(drafts, "_save_draft", fail)
    with pytest.raises(RuntimeError):
        confirm(editor_client, response)
    assert nothing_created()
    assert set(images_folder.glob("panne*.jpg")) == before  # the files of the images went with them


def test_only_users_who_can_add_issues_under_the_archive_may_import(client, django_user_model, lettre_index):
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Lecture")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(pk=lettre_index.pk),
        permission=Permission.objects.get(codename="change_page"),
    )
    reader = django_user_model.objects.create_user("lecteur", "lecteur@example.org", "motdepasse")
    reader.groups.add(group)
    client.force_login(reader)
    # Wagtail's admin answers a refused permission with its home page and a message.
    for response in (
        client.get(IMPORT_URL),
        client.post(IMPORT_URL, {"file": html_file(MASTHEAD + PARAGRAPH)}),
    ):
        assert (response.status_code, response.url) == (302, reverse("wagtailadmin_home"))
    assert not LettrePage.objects.exists()

    GroupPagePermission.objects.create(
        group=group,
        page=Page.objects.get(pk=lettre_index.pk),
        permission=Permission.objects.get(codename="add_page"),
    )
    assert client.get(IMPORT_URL).status_code == 200


def test_a_forged_or_foreign_token_is_refused(editor_client, lettre_index):
    response = editor_client.post(CONFIRM_URL, {"token": "faux"})
    assert response.status_code == 400
    assert "expiré" in errors(response)
    assert nothing_created()


def test_markdown_and_text_files_are_read(editor_client, lettre_index):
    markdown = "12 MAI 2021 - #7\n\n## Actualités\n\nLe **Club** se réunit [ici](https://example.org).\n"
    response = post_file(editor_client, SimpleUploadedFile("lettre.md", markdown.encode()))
    assert response.status_code == 200
    confirm(editor_client, response)
    body = str(LettrePage.objects.get(number=7).get_latest_revision_as_object().body)
    assert "<b>Club</b>" in body and 'href="https://example.org"' in body
