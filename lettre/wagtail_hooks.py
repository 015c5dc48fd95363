"""Admin hooks of the newsletter: “Send a test” on an issue, and its entry in the history; “Import an
issue” and “Prepare the next issue” on the archive; an issue's copy gets the next number, date and slug."""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.log_actions import LogFormatter

from core.admin_actions import register_page_action
from lettre.agenda_check import agenda_warning
from lettre.editor_guide import editor_guide_url
from lettre.email.proof import FAILURE_LOG_ACTION, LOG_ACTION
from lettre.email.views import SendTestView
from lettre.importer.views import ConfirmView, ImportView, import_url
from lettre.listing import IssueViewSet
from lettre.models import LettreIndexPage, LettrePage
from lettre.preparation_views import PrepareNextIssueView, prepare_url
from lettre.scheduling import announce_approved_schedule, explain_schedule_lock


@hooks.register("register_admin_urls")
def register_test_send_url():
    return [path("lettre/<int:page_id>/test/", SendTestView.as_view(), name="lettre_test_send")]


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("lettre/import/", ImportView.as_view(), name="lettre_import"),
        path("lettre/import/confirm/", ConfirmView.as_view(), name="lettre_import_confirm"),
    ]


@hooks.register("register_admin_urls")
def register_prepare_url():
    return [path("lettre/<int:index_id>/prepare/", PrepareNextIssueView.as_view(), name="lettre_prepare")]


def is_archive(page) -> bool:
    specific_class = page.specific_class
    return bool(specific_class and issubclass(specific_class, LettreIndexPage))


class ArchiveMenuItem(PageMenuItem):
    """An entry of the archive's “…” menu (its header in the explorer, its row above), for the users who
    may add an issue under it; `link` gives the URL for the archive page."""

    link = None

    @property
    def url(self):
        return type(self).link(self.page)

    def is_shown(self, user):
        return is_archive(self.page) and self.page.permissions_for_user(user).can_add_subpage()


class PrepareMenuItem(ArchiveMenuItem):
    label = _("Prepare the next issue")
    icon_name = "calendar-alt"
    link = prepare_url


register_page_action(PrepareMenuItem, header_priority=5, listing_priority=5)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_agenda_outside_month(request, page):
    specific = page.specific
    if isinstance(specific, LettrePage) and (warning := agenda_warning(specific)):
        messages.warning(request, warning)


@hooks.register("after_edit_page")
def say_when_an_approval_publishes(request, page):
    announce_approved_schedule(request, page)


@hooks.register("before_edit_page")
def say_how_to_edit_a_scheduled_page(request, page):
    explain_schedule_lock(request, page)


@hooks.register("insert_editor_js")
def keep_rich_text_typed_before_saving():
    """static/admin/js/draftail-save.js: Wagtail's Draftail copies typed text into the form 250 ms late."""
    return format_html('<script src="{}"></script>', static("admin/js/draftail-save.js"))


@hooks.register("construct_help_menu")
def help_opens_the_sites_own_guide(request, menu_items):
    """« Aide »: the site's French guide for the team instead of Wagtail's English guide and release notes."""
    guide_url = editor_guide_url()
    if guide_url is None:
        return
    for position, item in reversed(list(enumerate(menu_items))):
        if item.name == "editor-guide":
            menu_items[position] = MenuItem(
                _("Editor's guide"),
                guide_url,
                name="editor-guide",
                icon_name="help",
                order=item.order,
                attrs={"target": "_blank"},
            )
        elif item.name.startswith("whats-new-in-wagtail"):
            del menu_items[position]


@hooks.register("register_admin_viewset")
def register_issue_viewset():
    return IssueViewSet()


class ImportMenuItem(ArchiveMenuItem):
    label = _("Import an issue")
    icon_name = "upload"
    link = import_url


register_page_action(ImportMenuItem, header_priority=12, listing_priority=9)


def can_send_test(page, user) -> bool:
    specific_class = page.specific_class
    is_issue = bool(specific_class and issubclass(specific_class, LettrePage))
    return is_issue and page.permissions_for_user(user).can_edit()


class SendTestMenuItem(PageMenuItem):
    """In the page's header “…” menu and in the explorer's “…” menu."""

    label = _("Send a test")
    icon_name = "mail"

    @property
    def url(self):
        return reverse("lettre_test_send", args=[self.page.pk])

    def is_shown(self, user):
        return can_send_test(self.page, user)


class SendTestActionMenuItem(ActionMenuItem):
    """In the editor's footer menu, beside “Save draft” and “Publish”."""

    label = _("Send a test")
    name = "action-send-test"
    icon_name = "mail"
    order = 90

    def is_shown(self, context):
        return context["view"] == "edit" and can_send_test(context["page"], context["request"].user)

    def get_url(self, parent_context):
        return reverse("lettre_test_send", args=[parent_context["page"].pk])


register_page_action(SendTestMenuItem, header_priority=40, listing_priority=45)


@hooks.register("register_page_action_menu_item")
def page_action_menu_test_send_item():
    return SendTestActionMenuItem()


@hooks.register("register_log_actions")
def register_test_send_log_action(actions):
    @actions.register_action(LOG_ACTION)
    class TestSendFormatter(LogFormatter):
        label = _("Send a test e-mail")

        def format_message(self, log_entry):
            recipients = (log_entry.data or {}).get("recipients") or []
            return _("Test e-mail sent to %(addresses)s") % {"addresses": ", ".join(recipients)}

    @actions.register_action(FAILURE_LOG_ACTION)
    class TestSendFailureFormatter(LogFormatter):
        label = _("Test e-mail not sent")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            reasons = (
                [data["error"]]
                if data.get("error")
                else [
                    _("%(address)s: %(reason)s") % {"address": address, "reason": reason}
                    for address, reason in (data.get("failures") or {}).items()
                ]
            )
            return _("Test e-mail not sent: %(reasons)s") % {"reasons": "; ".join(reasons)}
