"""A send that cannot build its e-mail sends nothing and leaves every row pending (never uncertain)."""

from abonnes.models import Mailing
from abonnes.sending import counts, start_mailing


def test_an_email_that_cannot_be_built_leaves_every_row_pending(
    issue_factory, subscriber_factory, smtp, monkeypatch
):
    issue = issue_factory(number=4)
    subscriber_factory("camille@example.org")
    subscriber_factory("dominique@example.org")

    def broken(page):
        raise RuntimeError("relation does not exist")

    monkeypatch.setattr("abonnes.sending.render_issue_email", broken)
    start_mailing(issue)  # the tests' immediate task backend runs the batch at once

    assert smtp.envelopes == []
    figures = counts(issue)
    assert (figures["pending"], figures["incertain"], figures["sent"]) == (2, 0, 0)
    mailing = Mailing.objects.get(issue=issue)
    assert mailing.state == "stopped" and mailing.note == "build"
