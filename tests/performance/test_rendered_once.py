"""What the uncached pages keep between requests (core.cache.memo): the rendered body of an issue,
the site texts, a page's translations. A reader never sees them older than the content."""

import datetime

import time_machine
from django.utils import timezone

from tests.performance.test_page_cache import publish_edit


def test_a_published_change_to_a_chosen_event_shows_in_the_issue_body(
    client, editor_client, event_factory, issue_factory, django_capture_on_commit_callbacks
):
    event = event_factory("Webinaire sur le commerce", start=timezone.now() + datetime.timedelta(days=10))
    issue = issue_factory(body=[("agenda", {"title": "", "items": [{"page": event}]})])
    assert "Webinaire sur le commerce" in client.get(issue.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish_edit(editor_client, event, title="Webinaire sur les halles")
    html = client.get(issue.url).content.decode()
    assert "Webinaire sur les halles" in html
    assert "Webinaire sur le commerce" not in html


def test_a_preview_shows_the_draft_body_while_readers_keep_the_published_one(client, issue_factory):
    issue = issue_factory(body=[("texte", "<p>Le texte publié.</p>")])
    assert "Le texte publié." in client.get(issue.url).content.decode()
    issue.body = [("texte", "<p>Le brouillon.</p>")]
    issue.save_revision()
    draft = issue.get_latest_revision_as_object()
    preview = draft.make_preview_request()
    preview.render()
    assert "Le brouillon." in preview.content.decode()
    assert "Le texte publié." in client.get(issue.url).content.decode()


def test_the_registration_link_of_an_event_leaves_the_kept_body_when_the_event_ends(
    client, event_factory, issue_factory
):
    start = timezone.now() + datetime.timedelta(hours=1)
    event = event_factory(
        "Webinaire sur le commerce", start=start, registration_url="https://example.org/inscription"
    )
    issue = issue_factory(body=[("agenda", {"title": "", "items": [{"page": event}]})])
    assert "https://example.org/inscription" in client.get(issue.url).content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=2)):
        html = client.get(issue.url).content.decode()
    assert "Webinaire sur le commerce" in html
    assert "https://example.org/inscription" not in html
