"""Admin: the subscribers listing (search, filters by status, language and role, counts per status)."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from .models import PROFILE_FIELDS, Subscriber


def status_counts() -> list[tuple[str, int]]:
    counts = dict(Subscriber.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return [(label, counts.get(value, 0)) for value, label in Subscriber.Status.choices]


class SubscriberIndexView(IndexView):
    def get_page_subtitle(self):
        return " · ".join(f"{label} : {count}" for label, count in status_counts())

    @property
    def header_buttons(self):
        return [
            *super().header_buttons,
            HeaderButton(_("Import a CSV file"), url=reverse("abonnes_import"), icon_name="upload"),
            HeaderButton(_("Export (CSV)"), url=reverse("abonnes_export"), icon_name="download"),
        ]


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    icon = "mail"
    menu_label = gettext_lazy("Subscribers")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    list_display = ["email", "full_name", "organisation", "role", "language", "status", "confirmed_at"]
    list_filter = ["status", "language", "role"]
    search_fields = ["email", "first_name", "last_name", "organisation", "commune"]
    ordering = ["-created_at"]
    list_per_page = 50
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = [*PROFILE_FIELDS, "status"]
