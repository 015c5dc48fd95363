"""The admin form of an issue: two issues of an archive never share a date (the number is checked by
``LettrePage.clean``); the message names the issue that has it."""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.dates import day_display


def check_date_is_free(model, parent, issue_date, exclude_pk=None) -> None:
    """Raise a ValidationError naming the issue of `parent` that already has `issue_date`."""
    clash = model.objects.child_of(parent).filter(issue_date=issue_date).exclude(pk=exclude_pk).first()
    if clash is not None:
        raise forms.ValidationError(
            _("The issue “%(title)s” (#%(number)s) already has the date %(date)s.")
            % {"title": clash.title, "number": clash.number, "date": day_display(issue_date)}
        )


class IssueAdminForm(WagtailAdminPageForm):
    def clean_issue_date(self):
        issue_date = self.cleaned_data.get("issue_date")
        parent = self.parent_page or (self.instance.get_parent() if self.instance.pk else None)
        if issue_date is not None and parent is not None:
            check_date_is_free(type(self.instance), parent, issue_date, exclude_pk=self.instance.pk)
        return issue_date
