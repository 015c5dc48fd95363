"""CSV import and export of subscribers in the admin: consent required, duplicates merged, suppressed
addresses refused, a report per line, nothing half-imported on a bad file."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from abonnes.models import Subscriber, Suppression, email_hash
from tests.html import parse, text

HEADER = "email,first_name,last_name,organisation,role,consent_at,consent_source\n"


def upload(client, content: bytes | str):
    data = content.encode() if isinstance(content, str) else content
    response = client.post(reverse("abonnes_import"), {"file": SimpleUploadedFile("abonnes.csv", data)})
    return response, text(parse(response.content).select_one("main"))


def test_rows_with_consent_are_imported_duplicates_merged_and_each_skip_explained(
    admin_client, subscriber_factory
):
    subscriber_factory("connue@example.org", organisation="")
    Suppression.objects.create(email_hash=email_hash("effacee@example.org"))
    subscriber_factory("partie@example.org", status="unsubscribed")
    content = HEADER + (
        "camille@example.org,Camille,,Mairie de Barentin,elu,2021-03-15,Salon des maires\n"
        "CAMILLE@example.org,,Martin,,,2021-03-16,\n"
        "sans-consentement@example.org,Léa,,,,,\n"
        "effacee@example.org,,,,,2021-01-01,\n"
        "partie@example.org,,,,,2021-01-01,\n"
        "connue@example.org,,,ANCT,etat,15/03/2021,\n"
        "pas-une-adresse,,,,,2021-01-01,\n"
    )
    response, report = upload(admin_client, content)

    assert response.status_code == 200
    assert (
        "Abonnés ajoutés : 1 ; mis à jour : 1 ; lignes fusionnées avec une autre ligne du fichier : 1"
        in report
    )
    camille = Subscriber.objects.get(email="camille@example.org")
    assert (camille.first_name, camille.last_name, camille.organisation, camille.status) == (
        "Camille",
        "Martin",
        "Mairie de Barentin",
        "confirmed",
    )
    assert (
        camille.consent_source == "Salon des maires"
        and timezone.localdate(camille.consent_at).isoformat() == "2021-03-15"
    )
    assert Subscriber.objects.get(email="connue@example.org").organisation == "ANCT"
    assert "Lignes ignorées :" in report
    assert "Ligne 4 (sans-consentement@example.org) : aucun consentement enregistré" in report
    assert "Ligne 5 (effacee@example.org) : effacée à la demande de la personne" in report
    assert "Ligne 6 (partie@example.org) : désabonnée" in report
    assert "Ligne 8 (pas-une-adresse) : adresse e-mail non valide" in report
    assert not Subscriber.objects.filter(
        email__in=["sans-consentement@example.org", "effacee@example.org"]
    ).exists()
    assert Subscriber.objects.get(email="partie@example.org").status == "unsubscribed"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("adresse,nom\ncamille@example.org,Camille\n", "Ligne 1 : l'en-tête doit nommer des colonnes"),
        ((HEADER + "léa@example.org,Léa,,,,2021-01-01,\n").encode("latin-1"), "n'est pas encodé en UTF-8"),
        (
            HEADER + "camille@example.org,Camille,,,,2021-01-01,\ndominique@example.org,Dominique\n",
            "Ligne 3 : 2 colonnes au lieu de 7",
        ),
        ("\n\n", "Le fichier est vide"),
    ],
)
def test_a_bad_file_is_refused_in_french_and_nothing_is_imported(admin_client, content, message):
    response, report = upload(admin_client, content)

    assert response.status_code == 400
    assert message in report and "rien n'a été importé" in report
    assert not Subscriber.objects.exists()


def test_the_export_has_the_import_columns_and_neutralises_formulas(admin_client, subscriber_factory):
    subscriber_factory("camille@example.org", organisation='=HYPERLINK("http://x")', first_name="Camille")

    response = admin_client.get(reverse("abonnes_export"))

    assert response["Content-Disposition"].startswith('attachment; filename="abonnes-')
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0]["email"] == "camille@example.org" and rows[0]["first_name"] == "Camille"
    assert rows[0]["organisation"].startswith("'=")
    assert rows[0]["status"] == "confirmed" and rows[0]["consent_at"]


def test_an_exported_file_imports_back_unchanged(admin_client, subscriber_factory):
    subscriber_factory("camille@example.org", first_name="Camille", role="elu")
    exported = b"".join(admin_client.get(reverse("abonnes_export")).streaming_content).decode("utf-8-sig")
    Subscriber.objects.all().delete()
    columns = HEADER.strip().split(",")
    rows = list(csv.DictReader(io.StringIO(exported)))
    again = ",".join(columns) + "\n" + "\n".join(",".join(row[c] for c in columns) for row in rows) + "\n"

    response, _ = upload(admin_client, again)
    assert response.status_code == 200
    assert Subscriber.objects.get().first_name == "Camille"
