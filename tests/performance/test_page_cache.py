"""The page cache for anonymous readers: what a reader gets from it, what an editor's change purges,
who never gets a cached page, and the pages that change with time."""

import datetime
import gzip

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from abonnes.models import Subscriber
from core.cache.middleware import LOCAL
from core.models import SiteTexts
from tests.abonnes import conftest as subscribers_fixtures
from tests.html import page, text, texts

smtp = subscribers_fixtures.smtp  # a real SMTP server that keeps what it receives


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    LOCAL.clear()  # the copies this process keeps
    yield
    cache.clear()
    LOCAL.clear()


@pytest.fixture
def reader():
    """An anonymous reader, with a client of its own (never the editor's)."""
    return Client()


@pytest.fixture
def issue_with_event(issue_factory, event_factory):
    event = event_factory("Webinaire sur le commerce", start=timezone.now() + datetime.timedelta(days=10))
    issue = issue_factory(
        title="La lettre de mai", body=[("agenda", {"title": "", "items": [{"page": event}]})]
    )
    return issue, event


def test_a_second_reader_gets_the_page_from_the_cache_without_a_query(reader, issue_with_event):
    issue, _event = issue_with_event
    first = reader.get(issue.url)
    LOCAL.clear()  # another web process: the page comes from the shared cache
    with CaptureQueriesContext(connection) as queries:
        second = Client().get(issue.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "Webinaire sur le commerce" in second.content.decode()
    assert second["Cache-Control"] == "no-cache"  # browsers revalidate, none keeps a stale copy
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_conditional_get_with_the_same_etag_answers_304(reader, issue_with_event):
    issue, _event = issue_with_event
    etag = reader.get(issue.url)["ETag"]
    assert etag
    not_modified = reader.get(issue.url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert reader.get(issue.url, HTTP_IF_NONE_MATCH='W/"autre"').status_code == 200


def test_a_reader_accepting_gzip_gets_the_page_compressed(reader, issue_with_event):
    issue, _event = issue_with_event
    # when the page is rendered and stored, then from the cache
    responses = [reader.get(issue.url, HTTP_ACCEPT_ENCODING="gzip, br") for _ in range(2)]
    plain = reader.get(issue.url).content
    assert [response["X-Page-Cache"] for response in responses] == ["miss", "hit"]
    for compressed in responses:
        assert compressed["Content-Encoding"] == "gzip"
        # the length a client reads is the compressed body's: the plain page's length left browsers
        # and proxies waiting for bytes that never came (IncompleteRead under gunicorn)
        assert int(compressed["Content-Length"]) == len(compressed.content)
        assert gzip.decompress(compressed.content) == plain
        assert "Accept-Encoding" in compressed["Vary"]


def test_each_vary_name_is_said_once(reader, issue_with_event):
    issue, _event = issue_with_event
    for response in [reader.get(issue.url, HTTP_ACCEPT_ENCODING="gzip") for _ in range(2)]:
        names = [name.strip().lower() for name in response["Vary"].split(",")]
        assert "cookie" in names and "accept-encoding" in names
        assert len(names) == len(set(names)), response["X-Page-Cache"] + ": " + response["Vary"]


def publish_edit(editor, page, **values):
    """The editor changes fields of `page` in the admin and publishes."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(editor.get(url).content.decode(), form_id="page-edit-form")
    data.update(values)
    data["action-publish"] = "action-publish"
    response = editor.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


def test_an_editor_publishing_a_change_to_a_chosen_event_shows_in_the_cached_issue(
    reader, editor_client, issue_with_event, django_capture_on_commit_callbacks
):
    issue, event = issue_with_event
    assert "Webinaire sur le commerce" in reader.get(issue.url).content.decode()
    assert reader.get(issue.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        publish_edit(editor_client, event, title="Webinaire sur les halles")
    html = reader.get(issue.url).content.decode()
    assert "Webinaire sur les halles" in html
    assert "Webinaire sur le commerce" not in html


def test_a_new_issue_appears_in_the_cached_archive_and_home_page(
    reader, home_page, lettre_index, issue_factory, django_capture_on_commit_callbacks
):
    issue_factory(number=1, title="Le lancement", issue_date=datetime.date(2020, 11, 23))
    for url in (lettre_index.url, home_page.url):
        reader.get(url)
        assert "Le lancement" in reader.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        issue_factory(number=2, title="Décembre au Club", issue_date=datetime.date(2020, 12, 15))
    for url in (lettre_index.url, home_page.url):
        assert "Décembre au Club" in reader.get(url).content.decode()


def test_a_view_restriction_purges_the_page(reader, issue_with_event, django_capture_on_commit_callbacks):
    issue, _event = issue_with_event
    reader.get(issue.url)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=issue, restriction_type=PageViewRestriction.LOGIN)
    assert reader.get(issue.url).status_code == 302  # to the login page, not the cached issue


def test_a_change_of_the_site_texts_purges_every_page(
    reader, home_page, issue_with_event, django_capture_on_commit_callbacks
):
    issue, _event = issue_with_event
    reader.get(issue.url)
    assert reader.get(issue.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        SiteTexts.objects.create(
            locale=home_page.locale,
            default_credits=[("credit", {"role": "Rédaction", "names": "Équipe du Club"})],
        )
    response = reader.get(issue.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Équipe du Club" in response.content.decode()


def test_a_logged_in_editor_never_gets_nor_fills_the_cache(reader, editor_client, issue_with_event):
    issue, _event = issue_with_event
    editor_page = editor_client.get(issue.url)
    assert "X-Page-Cache" not in editor_page
    assert reader.get(issue.url)["X-Page-Cache"] == "miss"  # the editor's visit left nothing
    assert reader.get(issue.url)["X-Page-Cache"] == "hit"
    editor_page = editor_client.get(issue.url)
    assert "X-Page-Cache" not in editor_page
    assert b"wagtail-userbar" in editor_page.content  # the editor's own page, with the admin's bar
    assert b"wagtail-userbar" not in reader.get(issue.url).content


def test_an_address_with_an_unknown_parameter_is_not_cached(reader, lettre_index):
    url = lettre_index.url + "?utm_source=lettre"
    assert reader.get(url).status_code == 200
    assert "X-Page-Cache" not in reader.get(url)
    reader.get(lettre_index.url + "?page=2")
    assert reader.get(lettre_index.url + "?page=2")["X-Page-Cache"] == "hit"


def upcoming_titles(response) -> list[str]:
    section = page(response).find("section", attrs={"aria-labelledby": "evenements-a-venir"})
    return texts(section.select("h3, .fr-card__title")) or [text(section)]


def test_an_event_that_ends_drops_from_the_cached_agenda_without_a_publish(reader, agenda, event_factory):
    now = timezone.now()
    event_factory(
        "Webinaire du jour", start=now - datetime.timedelta(hours=1), duration=datetime.timedelta(hours=2)
    )
    event_factory("Rencontre nationale", start=now + datetime.timedelta(days=20))
    with time_machine.travel(now, tick=False):
        reader.get(agenda.url)
        cached = reader.get(agenda.url)
        assert cached["X-Page-Cache"] == "hit"
        assert "Webinaire du jour" in " ".join(upcoming_titles(cached))
    with time_machine.travel(now + datetime.timedelta(hours=1, minutes=5), tick=False):
        later = reader.get(agenda.url)
        upcoming = " ".join(upcoming_titles(later))
        assert "Webinaire du jour" not in upcoming
        assert "Rencontre nationale" in upcoming


def test_pages_with_signed_media_addresses_expire_before_the_addresses(settings):
    from core.cache.keys import timeout_for

    settings.AWS_STORAGE_BUCKET_NAME = "pvd-medias"
    settings.AWS_QUERYSTRING_AUTH = True
    settings.AWS_QUERYSTRING_EXPIRE = 3600
    assert timeout_for([]) == 1800
    assert timeout_for([timezone.now() + datetime.timedelta(minutes=5)]) <= 300


def test_a_page_with_the_subscribe_form_still_subscribes_when_served_from_the_cache(reader, home_page, smtp):
    reader.get(home_page.url)
    cached = reader.get(home_page.url)
    assert cached["X-Page-Cache"] == "hit"
    form = page(cached).select_one("section.pvd-subscribe form")
    response = Client(enforce_csrf_checks=True).post(
        form["action"], {"email": "camille@example.org", "role": "elu", "source": home_page.url}
    )
    assert response.status_code == 200
    assert "un e-mail a été envoyé à camille@example.org" in text(page(response))
    assert Subscriber.objects.get().email == "camille@example.org"
    assert smtp.messages_to("camille@example.org")
