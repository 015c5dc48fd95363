"""Each page type reads the database a fixed number of times, whatever it shows: an issue with 5 or
50 chosen events, resources, images and commune mentions; a library, an agenda, an archive... with 5
or 50 entries. The same bound holds for both sizes (the renditions are made by a first request)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache.keys import VIEWS_VERSION, purge_page_ids
from lettre.email.render import render_issue_email
from lettre.models import LettrePage

# Queries of a second anonymous GET, on SQLite and PostgreSQL; the issue page 15 at most (issue #15).
BOUNDS = {
    # its rendered body kept (core.cache.memo): routing, restrictions, the hero, nothing of the blocks
    # (14 when the section titles loaded every block's pages and images again)
    "issue": 7,
    "issue, after a publish": 15,  # nothing kept (core.cache.memo): its blocks loaded and rendered
    "archive": 12,
    "home": 16,  # 15 before the restricted-content check of the home page's cards (issue #13)
    "library": 22,
    "library filtered": 22,
    "agenda": 14,
    "event": 13,
    "partners": 13,
    "partner": 18,
    "issue e-mail": 15,
}


def queries_after_a_publish(client, url) -> int:
    """The queries of a GET of `url` just after a page was published anywhere: the values the pages
    keep between requests (the issue's rendered body, its neighbours, the menu...) are read again."""
    purge_page_ids([VIEWS_VERSION])
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def email_queries(issue_url) -> int:
    """The queries of the e-mail of the issue at `issue_url`, read from the database as a send does."""
    issue = LettrePage.objects.get(url_path__endswith=issue_url.strip("/").rsplit("/", 1)[-1] + "/")
    render_issue_email(issue)  # the renditions of the e-mail's sizes
    issue = LettrePage.objects.get(pk=issue.pk)
    with CaptureQueriesContext(connection) as captured:
        render_issue_email(issue)
    return len(captured)


@pytest.mark.parametrize("count", [5, 50])
def test_every_page_type_reads_the_database_a_bounded_number_of_times(world, queries_of, client, count):
    urls = world(count)
    measured = {name: queries_of(url) for name, url in urls.items()}
    measured["issue, after a publish"] = queries_after_a_publish(client, urls["issue"])
    measured["issue e-mail"] = email_queries(urls["issue"])
    assert {name: n for name, n in measured.items() if n > BOUNDS[name]} == {}, measured
