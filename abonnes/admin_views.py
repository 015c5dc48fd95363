"""Admin: the subscribers listing (search, filters by status, language and role, counts per status)."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from .models import PROFILE_FIELDS, Subscriber


class SubscriberIndexView(IndexView):
    # The counts per status above the list (as the header's subtitle they were cut at 1280 px).
    results_template_name = "abonnes/admin/index_results.html"

    def status_counts(self) -> list[tuple[str, int]]:
        """(label, number of subscribers) for each status, in the order of the choices."""
        counts = dict(Subscriber.objects.values_list("status").annotate(Count("pk")))
        return [(label, counts.get(value, 0)) for value, label in Subscriber.Status.choices]

    @property
    def header_more_buttons(self):
        """Import and export in the header's “…” menu, where Wagtail puts its own downloads: three
        buttons beside the title cut it to « Abo » at 1280 px."""
        return [
            *super().header_more_buttons,
            Button(_("Import a CSV file"), url=reverse("abonnes_import"), icon_name="upload"),
            Button(_("Export (CSV)"), url=reverse("abonnes_export"), icon_name="download"),
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
