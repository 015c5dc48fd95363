"""Editors in the admin: an event ending before it starts is refused with a clear message."""

from django.utils.html import escape

from agenda.models import EventPage

EVENT = {"title": "Webinaire à l'envers", "slug": "webinaire-a-l-envers"}


def test_admin_refuses_an_event_ending_before_it_starts(editor_client, add_page_form, agenda):
    url, data = add_page_form(EventPage, agenda, **EVENT, start="2021-05-20 15:30", end="2021-05-20 14:00")
    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert not EventPage.objects.filter(slug="webinaire-a-l-envers").exists()
    message = "L'événement ne peut pas se terminer avant d'avoir commencé."
    assert response.context["form"].errors["end"] == [message]
    assert escape(message) in response.content.decode()


def test_admin_accepts_a_well_ordered_event_in_paris_time(editor_client, add_page_form, agenda):
    url, data = add_page_form(EventPage, agenda, **EVENT, start="2021-05-20 14:00", end="2021-05-20 15:30")
    response = editor_client.post(url, data)

    assert response.status_code == 302
    event = EventPage.objects.get(slug="webinaire-a-l-envers")
    # saved as a draft with its dates
    assert " ".join(event.date_display.split()) == "jeudi 20 mai 2021 de 14 h à 15 h 30"
    assert event.start.hour == 12  # 14h00 in Paris (summer time) is 12h00 UTC
