"""Login lockout (django-axes) and rate limits (django-ratelimit): answers 429 in French, counted per
visitor address as the trusted proxy reports it."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

LOGIN = "/admin/login/"
PASSWORD = "le bon mot de passe"
TOO_MANY = "Trop de tentatives"


@pytest.fixture(autouse=True)
def fresh_counters(settings):
    """Lockouts and limits on, as in production, behind one proxy; counters start from zero."""
    settings.AXES_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 1
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("camille", "camille@example.org", PASSWORD)


def log_in(client, address, password):
    # The PaaS router is REMOTE_ADDR; it appends the visitor's address to X-Forwarded-For.
    return client.post(LOGIN, {"username": "camille", "password": password},
                       REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.99, {address}")


def test_an_address_that_fails_too_often_is_locked_out_but_the_editor_still_logs_in_elsewhere(
    client, editor, settings
):
    limit = settings.AXES_FAILURE_LIMIT
    statuses = [log_in(client, "203.0.113.5", "mauvais").status_code for _ in range(limit)]
    assert statuses == [200] * (limit - 1) + [429]

    locked = log_in(client, "203.0.113.5", PASSWORD)
    assert locked.status_code == 429
    assert TOO_MANY in locked.content.decode()

    elsewhere = log_in(client, "192.0.2.44", PASSWORD)
    assert elsewhere.status_code == 302
    assert elsewhere["Location"] == reverse("wagtailadmin_home")


def test_the_spoofed_left_part_of_x_forwarded_for_does_not_escape_the_lockout(client, editor, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": "camille", "password": "mauvais"}, REMOTE_ADDR="10.0.0.1",
                    HTTP_X_FORWARDED_FOR=f"1.2.3.{attempt}, 203.0.113.5")
    locked = client.post(LOGIN, {"username": "camille", "password": PASSWORD}, REMOTE_ADDR="10.0.0.1",
                         HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.5")
    assert locked.status_code == 429


def test_password_reset_requests_are_limited_per_address(client, editor, settings):
    url = reverse("wagtailadmin_password_reset")
    limit = int(settings.RATELIMIT_RATES["password_reset"].split("/")[0])
    for _ in range(limit):
        response = client.post(url, {"email": "camille@example.org"}, REMOTE_ADDR="10.0.0.1",
                               HTTP_X_FORWARDED_FOR="203.0.113.8")
        assert response.status_code == 302

    refused = client.post(url, {"email": "camille@example.org"}, REMOTE_ADDR="10.0.0.1",
                          HTTP_X_FORWARDED_FOR="203.0.113.8")
    assert refused.status_code == 429
    assert TOO_MANY in refused.content.decode()
    other = client.post(url, {"email": "camille@example.org"}, REMOTE_ADDR="10.0.0.1",
                        HTTP_X_FORWARDED_FOR="192.0.2.50")
    assert other.status_code == 302


def test_page_passwords_cannot_be_guessed_quickly(client, issue_factory, settings):
    issue = issue_factory(number=12, title="Réservée au Club")
    restriction = PageViewRestriction.objects.create(page=issue, restriction_type="password", password="club")
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, issue.pk])
    limit = int(settings.RATELIMIT_RATES["page_password"].split("/")[0])
    for attempt in range(limit):
        response = client.post(url, {"password": f"essai-{attempt}", "return_url": issue.url},
                               REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 200

    refused = client.post(url, {"password": "club", "return_url": issue.url}, REMOTE_ADDR="203.0.113.9")
    assert refused.status_code == 429
    assert TOO_MANY in refused.content.decode()


def test_collection_passwords_cannot_be_guessed_quickly(client, settings, db):
    collection = Collection.get_first_root_node().add_child(name="Documents du Club")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="club"
    )
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    limit = int(settings.RATELIMIT_RATES["page_password"].split("/")[0])
    statuses = [
        client.post(url, {"password": "non", "return_url": "/"}, REMOTE_ADDR="203.0.113.10").status_code
        for _ in range(limit + 1)
    ]
    assert statuses == [200] * limit + [429]
