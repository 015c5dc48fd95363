"""Every archive of issues uses the workflow « Validation de la lettre » (core's migration 0003 creates it
and attaches it to the archives that exist then; this attaches it to the archives created later)."""

from django.db.models.signals import post_save
from django.utils.translation import gettext_noop
from wagtail.models import Workflow, WorkflowPage

from core.roles import NEWSLETTER_WORKFLOW

from .models import LettreIndexPage


def attach_newsletter_workflow(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=NEWSLETTER_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance.page_ptr, defaults={"workflow": workflow})


def connect():
    post_save.connect(attach_newsletter_workflow, sender=LettreIndexPage, dispatch_uid="lettre-workflow")


# Wagtail's greeting of its workflow e-mails, which its French catalogue renders « Salut … »: the project's
# catalogue (read first) says « Bonjour » followed by the person's first name (Wagtail's get_short_name).
WORKFLOW_GREETING = gettext_noop("Hello %(username)s,")
