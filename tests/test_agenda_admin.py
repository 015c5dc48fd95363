"""Editors in the admin: an event ending before it starts is refused with a clear message."""

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.test.utils.form_data import querydict_from_html

from agenda.models import EventPage
from tests.test_ressources_factories import *  # noqa: F403  (fixtures)


def event_form(client, agenda, **values):
    url = reverse("wagtailadmin_pages:add", args=("agenda", "eventpage", agenda.pk))
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update({"title": "Webinaire à l'envers", "slug": "webinaire-a-l-envers", **values})
    return url, data


def test_admin_refuses_an_event_ending_before_it_starts(editor_client, agenda):
    url, data = event_form(editor_client, agenda, start="2021-05-20 15:30", end="2021-05-20 14:00")
    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="webinaire-a-l-envers").exists()
    with translation.override("fr"):  # the admin speaks French
        expected = translation.gettext("The event cannot end before it starts.")
    assert response.context["form"].errors["end"] == [expected]
    assert escape(expected) in response.content.decode()


def test_admin_accepts_a_well_ordered_event(editor_client, agenda):
    url, data = event_form(editor_client, agenda, start="2021-05-20 14:00", end="2021-05-20 15:30")
    response = editor_client.post(url, data)

    assert response.status_code == 302
    event = EventPage.objects.get(slug="webinaire-a-l-envers")
    assert event.date_display  # saved as a draft with its dates
    assert event.start.hour == 12  # 14h00 in Paris (summer time) is 12h00 UTC
