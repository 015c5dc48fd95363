"""Admin hooks of the newsletter: “Send a test” on an issue, and its entry in the history."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from lettre.email.test_send import LOG_ACTION
from lettre.email.views import SendTestView


@hooks.register("register_admin_urls")
def register_test_send_url():
    return [path("lettre/<int:page_id>/test/", SendTestView.as_view(), name="lettre_test_send")]


class SendTestMenuItem(PageMenuItem):
    label = _("Send a test")
    icon_name = "mail"

    @property
    def url(self):
        return reverse("lettre_test_send", args=[self.page.pk])

    def is_shown(self, user):
        from lettre.models import LettrePage

        specific_class = self.page.specific_class
        is_issue = bool(specific_class and issubclass(specific_class, LettrePage))
        return is_issue and self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def page_header_test_send_button(page, user, view_name, next_url=None):
    yield SendTestMenuItem(page=page, priority=40)


@hooks.register("register_page_listing_more_buttons")
def page_listing_test_send_button(page, user, next_url=None):
    yield SendTestMenuItem(page=page, priority=45)


@hooks.register("register_log_actions")
def register_test_send_log_action(actions):
    @actions.register_action(LOG_ACTION)
    class TestSendFormatter(LogFormatter):
        label = _("Send a test e-mail")

        def format_message(self, log_entry):
            recipients = (log_entry.data or {}).get("recipients") or []
            return _("Test e-mail sent to %(addresses)s") % {"addresses": ", ".join(recipients)}
