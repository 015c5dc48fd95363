"""Editors manage the member communes in the admin: one at a time, or the whole list from a CSV file."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from communes.models import Membership

IMPORT_URL = "/admin/communes/import/"


def upload(client, content: bytes, **options):
    data = {"file": SimpleUploadedFile("membres.csv", content, content_type="text/csv"), **options}
    return client.post(IMPORT_URL, data)


def text(response) -> str:
    return BeautifulSoup(response.content.decode(), "html.parser").get_text(" ", strip=True)


def test_the_import_form_explains_the_expected_file_in_french(editor_client, reference):
    response = editor_client.get(IMPORT_URL)

    assert response.status_code == 200
    assert "Importer les communes membres" in text(response)
    assert "code_insee, date_adhesion, chef_de_projet, contact, public" in text(response)


def test_a_good_file_imported_from_the_admin_adds_members_and_shows_the_report(editor_client, reference):
    response = upload(editor_client, b"code_insee,public\n76057,oui\n99999,non\n22080,non\n")

    assert response.status_code == 200
    page = text(response)
    assert "Communes membres ajoutées : 2" in page
    assert "Codes inconnus (lignes ignorées) :" in page and "Communes fusionnées depuis :" in page
    assert b"help-warning" in response.content
    assert "99999 n'est pas dans le référentiel des communes" in page
    assert "22080 L'Hermitage-Lorge a fusionné dans Plœuc-L'Hermitage (22203)" in page
    assert set(Membership.objects.values_list("commune_id", flat=True)) == {"76057", "22203"}


def test_checking_a_file_changes_nothing(editor_client, reference):
    response = upload(editor_client, b"code_insee\n76057\n", dry_run="on")

    assert response.status_code == 200
    assert "Vérification seulement, rien n'a été modifié" in text(response)
    assert not Membership.objects.exists()


def test_a_bad_file_gets_a_400_and_a_french_report_and_changes_nothing(editor_client, make_members):
    make_members("76057")

    response = upload(editor_client, "code_insee\n22203\nÉvreux\n".encode("cp1252"), replace="on")

    assert response.status_code == 400
    assert "Le fichier a été refusé : rien n'a été modifié" in text(response)
    assert "n'est pas encodé en UTF-8" in text(response)
    assert list(Membership.objects.values_list("commune_id", flat=True)) == ["76057"]


def test_no_file_is_a_400_with_the_form_error(editor_client, reference):
    response = editor_client.post(IMPORT_URL, {})

    assert response.status_code == 400
    assert "Champ requis" in text(response)


def test_an_editor_without_the_permission_cannot_import(client, django_user_model, reference):
    user = django_user_model.objects.create_user("lecteur", "lecteur@example.org", "motdepasse")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = upload(client, b"code_insee\n76057\n")

    assert response.status_code in (302, 403)
    assert not Membership.objects.exists()


def test_an_editor_adds_and_removes_one_member_commune(editor_client, reference):
    response = editor_client.post(reverse("wagtailsnippets_communes_membership:add"), {
        "commune": "22203", "joined_on": "2020-12-11", "lead_name": "Paul Durand",
        "lead_contact": "paul@example.org", "lead_public": "on",
    })
    assert response.status_code == 302
    membership = Membership.objects.get()
    assert (membership.commune_id, membership.lead_public) == ("22203", True)

    listing = editor_client.get(reverse("wagtailsnippets_communes_membership:list") + "?q=ploeuc")
    assert "Plœuc-L'Hermitage (22)" in text(listing)

    response = editor_client.post(reverse("wagtailsnippets_communes_membership:delete", args=[membership.pk]))
    assert response.status_code == 302
    assert not Membership.objects.exists()


def test_the_commune_chooser_finds_communes_without_accents_or_by_code(editor_client, reference):
    results = reverse("commune_chooser:choose_results")

    assert "Plœuc-L'Hermitage (22)" in text(editor_client.get(results, {"q": "ploeuc"}))
    by_code = text(editor_client.get(results, {"q": "222"}))
    assert "Plœuc-L'Hermitage (22)" in by_code and "Saint-Brieuc (22)" in by_code
    assert "Barentin" not in by_code


def test_the_commune_chooser_lets_an_editor_tick_several_communes(editor_client, reference):
    response = editor_client.get(reverse("commune_chooser:choose_results"), {"q": "saint", "multiple": "1"})

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    ticks = {box["value"] for box in soup.select("input[type=checkbox]")}
    assert {"22278", "97411", "97415"} <= ticks


def test_the_listing_names_the_department_and_shows_ticks_not_python_booleans(editor_client, reference):
    Membership.objects.create(commune_id="76057", lead_public=True)
    listing = text(editor_client.get(reverse("wagtailsnippets_communes_membership:list")))

    assert "Département" in listing and "Commune département" not in listing
    assert "True" not in listing and "False" not in listing
