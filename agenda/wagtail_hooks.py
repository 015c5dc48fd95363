"""Admin: the event chooser lists upcoming events first (soonest first), then past ones (latest first);
each event shows its day and place (EventPage.get_admin_display_title)."""

from django.db.models import Case, OuterRef, Subquery, When
from django.utils import timezone
from wagtail import hooks

from .models import EventPage


def chooses_events(request) -> bool:
    return "agenda.eventpage" in (request.GET.get("page_type") or "").lower()


@hooks.register("construct_page_chooser_queryset")
def upcoming_events_first(pages, request):
    if not chooses_events(request):
        return pages
    events = EventPage.objects.filter(pk=OuterRef("pk"))
    now = timezone.now()
    return (
        pages.annotate(
            event_start=Subquery(events.values("start")[:1]),
            event_end=Subquery(events.values("end")[:1]),
        )
        .annotate(
            event_is_past=Case(When(event_end__lt=now, then=1), default=0),
            upcoming_start=Case(When(event_end__gte=now, then="event_start")),
            past_start=Case(When(event_end__lt=now, then="event_start")),
        )
        .order_by("event_is_past", "upcoming_start", "-past_start", "path")
    )
