"""An event of another month put in an issue's agenda: the issue is saved, with a warning naming it."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text, streamfield

from tests.editors.forms import issue_form_data
from tests.factories import paris


def agenda_data(issue, event):
    item = {
        "page": event.pk,
        "title": "",
        "date_text": "",
        "organisation": "",
        "text": rich_text(""),
        "links": streamfield([]),
    }
    items = {"0": {"value": item, "deleted": "", "order": "0", "id": ""}, "count": "1"}
    return issue_form_data(issue, body=[("agenda", {"title": "", "items": items})])


def save(editor_client, issue, event):
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[issue.pk]), agenda_data(issue, event)
    )
    assert response.status_code == 302
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_an_event_of_another_month_is_saved_with_a_warning(editor_client, issue_factory, event_factory):
    issue = issue_factory(number=5, issue_date=datetime.date(2026, 12, 1), publish=False)
    event = event_factory("Webinaire de mai", start=paris(2021, 5, 20, 14, 0))
    messages = save(editor_client, issue, event)
    [warning] = [message.replace("\xa0", " ") for message in messages if "Webinaire de mai" in message]
    assert "« Webinaire de mai » (20 mai 2021)" in warning
    assert "entre le 1er décembre 2026 et le 31 décembre 2026" in warning
    issue.refresh_from_db()
    body = issue.get_latest_revision_as_object().body
    assert body[0].value["items"][0]["page"].pk == event.pk  # saved all the same


def test_an_event_of_the_month_gives_no_warning(editor_client, issue_factory, event_factory):
    issue = issue_factory(number=5, issue_date=datetime.date(2026, 12, 1), publish=False)
    event = event_factory("Atelier de décembre", start=paris(2026, 12, 8, 10, 0))
    assert not [message for message in save(editor_client, issue, event) if "Atelier" in message]
