"""The archive's listing in the admin (number, date, status, a filter by year), the form of a new issue
(number, date and address proposed, no autosave) and dates that two issues cannot share."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.ui.tables import Column

from lettre.listing import LISTING_COLUMNS_HOOK
from lettre.models import LettrePage
from tests import html
from tests.editors.forms import issue_form_data
from tests.factories import paris


@pytest.fixture
def issues(issue_factory):
    return [
        issue_factory(number=1, title="La lettre de novembre", issue_date=datetime.date(2020, 11, 23)),
        issue_factory(number=4, title="La lettre de mai", issue_date=datetime.date(2021, 5, 12)),
        issue_factory(
            number=5, title="La lettre de décembre", issue_date=datetime.date(2026, 12, 1), publish=False
        ),
    ]


def rows(editor_client, lettre_index, **params):
    response = editor_client.get(reverse("wagtailadmin_explore", args=[lettre_index.pk]), params)
    soup = html.page(response)
    headers = html.texts(soup.select("main table thead th"))
    return headers, [html.texts(row.select("td")) for row in soup.select("main table tbody tr")]


def test_the_issues_show_their_number_date_and_status_newest_first(editor_client, lettre_index, issues):
    headers, found = rows(editor_client, lettre_index)
    assert {"Numéro", "Date de la lettre", "Statut"} <= set(headers)
    numbers = [next(cell for cell in row if cell.startswith("#")) for row in found]
    assert numbers == ["#5", "#4", "#1"]
    assert any("1er décembre 2026" in cell.replace("\xa0", " ") for cell in found[0])
    assert any("brouillon" in cell.lower() for cell in found[0])
    assert any("publié" in cell.lower() for cell in found[1])


def test_the_issues_can_be_filtered_by_year(editor_client, lettre_index, issues):
    _headers, found = rows(editor_client, lettre_index, year="2021")
    assert [cell for row in found for cell in row if cell.startswith("#")] == ["#4"]
    soup = html.page(editor_client.get(reverse("wagtailadmin_explore", args=[lettre_index.pk])))
    assert {"2020", "2021", "2026"} <= set(html.texts(soup.select('[name="year"] option')))


def test_another_app_can_add_a_column(editor_client, lettre_index, issues):
    def sent_column():
        return [Column("sent", label="Envoyée", accessor=lambda issue: "oui" if issue.number == 4 else "non")]

    with hooks.register_temporarily(LISTING_COLUMNS_HOOK, sent_column):
        headers, found = rows(editor_client, lettre_index)
    assert "Envoyée" in headers
    assert ["oui" in row for row in found] == [False, True, False]


def test_a_new_issue_form_proposes_number_date_and_address_without_autosave(
    editor_client, lettre_index, issues
):
    url = reverse("wagtailadmin_pages:add", args=("lettre", "lettrepage", lettre_index.pk))
    with time_machine.travel(paris(2026, 11, 30, 15, 0), tick=False):
        soup = html.page(editor_client.get(url))
    assert soup.select_one("#id_number")["value"] == "6"
    assert soup.select_one("#id_issue_date")["value"] == "2027-01-01"
    assert soup.select_one("#id_slug")["value"] == "lettre-6-janvier-2027"
    # Wagtail 8's autosave would create the page as soon as something is typed: not for a new issue.
    form = soup.select_one("form#page-edit-form")
    assert "w-autosave" not in form["data-controller"]


def issue_data(**values):
    return issue_form_data(**values)


def test_a_date_already_used_is_refused_naming_the_issue(editor_client, lettre_index, issues):
    url = reverse("wagtailadmin_pages:add", args=("lettre", "lettrepage", lettre_index.pk))
    data = issue_data(title="Doublon", number="7", slug="doublon", issue_date="2021-05-12")
    response = editor_client.post(url, data)
    assert response.status_code == 200
    errors = html.text(html.parse(response.content).select_one("main"))
    assert "La lettre « La lettre de mai » (n° 4) porte déjà la date du 12 mai 2021." in errors
    assert not LettrePage.objects.filter(number=7).exists()


def test_editing_an_issue_keeps_its_own_date(editor_client, issues):
    issue = issues[1]
    data = issue_data(title="La lettre de mai, corrigée", slug=issue.slug, number=4, issue_date="2021-05-12")
    response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[issue.pk]), data)
    assert response.status_code == 302, html.text(html.parse(response.content).select_one(".messages"))
    issue.refresh_from_db()
    assert response.status_code == 302
    assert issue.get_latest_revision_as_object().title == "La lettre de mai, corrigée"
