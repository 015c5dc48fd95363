"""Scheduled publication, said plainly. Approving a page whose “go live” date is ahead schedules it (it
is not published at once): the approver is told when it will go live. Wagtail locks a scheduled page
(“nobody can edit something that's scheduled”): opening it says how to change it — cancel the schedule
(the content is kept), edit, then publish or submit again — with a button that does the first step."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.admin import messages

from core.dates import PARIS


def when(moment) -> str:
    return date_format(timezone.localtime(moment, PARIS), "l j F Y à H\\hi")


def scheduled_revision(page):
    """Read afresh: Wagtail's ``page.scheduled_revision`` is cached from before the approval."""
    return page.revisions.filter(approved_go_live_at__isnull=False).order_by("-created_at").first()


def unschedule_button(page, revision):
    url = reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])
    return messages.button(url, _("Cancel the schedule"))


def announce_approved_schedule(request, page) -> None:
    """After a workflow action on the edit page: say that the approval scheduled the page, and when."""
    revision = scheduled_revision(page)
    if request.POST.get("workflow-action-name") != "approve" or revision is None:
        return
    messages.info(
        request,
        _(
            "“%(title)s” is approved and scheduled: it goes live on %(when)s, not before. Until then it "
            "cannot be edited: to change it, cancel the schedule (its content is kept), edit it, then submit "
            "it again."
        )
        % {"title": revision.object_str, "when": when(revision.approved_go_live_at)},
        buttons=[unschedule_button(page, revision)],
    )


def explain_schedule_lock(request, page) -> None:
    """Opening a scheduled page: how to change it."""
    revision = scheduled_revision(page)
    if request.method != "GET" or revision is None:
        return
    messages.info(
        request,
        _(
            "This page is scheduled to go live on %(when)s, so Wagtail does not let anyone edit it. To "
            "change it: cancel the schedule (its content is kept as a draft), edit it, then publish or "
            "submit it again with its “go live” date."
        )
        % {"when": when(revision.approved_go_live_at)},
        buttons=[unschedule_button(page, revision)],
    )
