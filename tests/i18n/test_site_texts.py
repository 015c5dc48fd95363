"""« Textes du site »: the contact label, default credits and data notice of an issue in its language,
translated like a page; the values the site settings held before are kept by the migration."""

import pytest
from django.core.management import call_command

from core.models import SiteTexts
from tests.html import page, text


@pytest.fixture
def texts(home_page, english):
    french = SiteTexts.objects.create(
        locale=home_page.locale,
        contact_label="Contacter la direction de programme :",
        gdpr_notice="<p>Vos données sont traitées par l'ANCT.</p>",
        default_credits=[("credit", {"role": "Rédaction", "names": "Chloé Carpentier"})],
    )
    english_texts = french.copy_for_translation(english)
    english_texts.contact_label = "Contact the programme team:"
    english_texts.gdpr_notice = "<p>Your data is processed by ANCT.</p>"
    english_texts.default_credits = [("credit", {"role": "Writing", "names": "Chloé Carpentier"})]
    english_texts.save()
    return french, english_texts


def test_each_issue_shows_the_site_texts_of_its_language(
    client, issue_factory, translate, english_home, texts
):
    issue = issue_factory(number=4)
    translate(issue, title="Newsletter #4")

    french = text(page(client.get(issue.url)).select_one(".pvd-issue__footer"))
    english = text(page(client.get(f"/en{issue.url}")).select_one(".pvd-issue__footer"))
    assert "Contacter la direction de programme" in french and "Vos données sont traitées" in french
    assert "Rédaction : Chloé Carpentier" in french
    assert "Contact the programme team:" in english and "Your data is processed by ANCT." in english
    assert "Writing : Chloé Carpentier" in english
    assert "Contacter" not in english and "Vos données" not in english


def test_an_untranslated_language_falls_back_to_the_french_texts(home_page, english, texts):
    french, english_texts = texts
    english_texts.delete()
    assert SiteTexts.for_locale(english) == french
    assert SiteTexts.for_locale(home_page.locale) == french


def test_the_snippet_is_in_the_admin_with_its_french_name(editor_client, texts):
    response = editor_client.get("/admin/snippets/core/sitetexts/")
    assert response.status_code == 200
    assert "Textes du site" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_migration_moves_the_settings_texts_into_the_french_site_texts():
    call_command("migrate", "core", "0003", verbosity=0)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM wagtailcore_site WHERE is_default_site")
        (site_id,) = cursor.fetchone()
        cursor.execute(
            "INSERT INTO core_sitesettings (site_id, publisher, contact_label, contact_email, linkedin_url,"
            " scoopit_url, programme_url, default_credits, gdpr_notice) VALUES"
            " (%s, 'ANCT', 'Écrire à l''équipe :', 'a@b.fr', '', '', '',"
            ' \'[{"type": "credit", "value": {"role": "Rédaction", "names": "C. C."}, "id": "x"}]\','
            " '<p>Avis.</p>')",
            [site_id],
        )
    call_command("migrate", "core", verbosity=0)

    texts = SiteTexts.objects.get()
    assert texts.locale.language_code == "fr"
    assert texts.contact_label == "Écrire à l'équipe :"
    assert texts.gdpr_notice == "<p>Avis.</p>"
    assert [(block.value["role"], block.value["names"]) for block in texts.default_credits] == [
        ("Rédaction", "C. C.")
    ]
