"""The agenda: events of the Club and of its partners."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from communes.links import CommuneLink, ConcernsCommunesMixin, communes_panel
from core.blocks import ItemLink
from core.cache import valid_until
from core.dates import PARIS, day_display, span_display
from core.models import SectionIndexPage
from core.pagination import paginate
from core.visibility import PublicRelatedFields, is_public, public_or_none

from .ical import calendar_response

PAST_EVENTS_PER_PAGE = 10


class EventQuerySet(PageQuerySet):
    """Events split at ``now``: an event is past once its end has passed (one under way is upcoming)."""

    def upcoming(self, now=None):
        """Soonest first."""
        return self.filter(end__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Latest first."""
        return self.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["agenda.EventPage"]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def events(self):
        return EventPage.objects.child_of(self).live().public().select_related("organiser")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        upcoming = list(self.events().upcoming(now))
        for event in upcoming:  # the cached page changes when one of them starts or ends
            valid_until(event.start)
            valid_until(event.end)
        context["upcoming_events"] = upcoming
        past = self.events().past(now)
        context["past_pagination"] = paginate(
            past, request.GET.get("page"), PAST_EVENTS_PER_PAGE, fragment="evenements-passes"
        )
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        name = _("%(title)s – Club des Petites villes de demain") % {"title": self.title}
        return calendar_response(self.events().order_by("start", "pk"), str(name), self.slug)

    def ical_url(self) -> str:
        return self.url + self.reverse_subpage("ical")


class EventPage(ConcernsCommunesMixin, RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), max_length=1000, blank=True)
    body = RichTextField(_("description"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h3"])
    start = models.DateTimeField(_("start"), help_text=_("Date and time in Paris time."))
    end = models.DateTimeField(_("end"), help_text=_("Date and time in Paris time."))
    is_online = models.BooleanField(_("online"), default=True, help_text=_("A webinar or a virtual meeting."))
    location = models.CharField(
        _("place"), max_length=300, blank=True, help_text=_("E.g. “La Cité Fertile, Pantin”.")
    )
    organiser = models.ForeignKey(
        "ressources.PartnerPage",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Empty: organised by the Club des Petites villes de demain."),
    )
    themes = ParentalManyToManyField("ressources.Theme", verbose_name=_("themes"), blank=True,
                                     related_name="events")
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        max_length=500,
        help_text=_("Shown as a “Register” button until the event is over."),
    )
    replay = models.ForeignKey(
        "ressources.ResourcePage",
        verbose_name=_("replay"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A resource of the library, shown once the event is over."),
    )
    slides = models.ForeignKey(
        "ressources.ResourcePage",
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A resource of the library, shown once the event is over."),
    )

    objects = PageManager.from_queryset(EventQuerySet)()

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel([FieldPanel("is_online"), FieldPanel("location")], heading=_("Where")),
        FieldPanel("organiser"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        communes_panel(),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("registration_url"),
        MultiFieldPanel([FieldPanel("replay"), FieldPanel("slides")], heading=_("After the event")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("location"),
        PublicRelatedFields("organiser", [index.SearchField("title")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["agenda.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @path("ical/", name="ical")
    def ical(self, request):
        return calendar_response([self], self.title, self.slug)

    def ical_url(self) -> str:
        return self.url + self.reverse_subpage("ical")

    @property
    def place_display(self) -> str:
        """“En ligne”, the place, or both."""
        if self.is_online and self.location:
            return _("Online and at %(place)s") % {"place": self.location}
        if self.is_online:
            return str(_("Online"))
        return self.location

    @property
    def start_local(self):
        return timezone.localtime(self.start, PARIS)

    def get_admin_display_title(self):
        """In the admin (choosers, explorer, a chosen agenda item): the title, the day and the place, so
        that the editor picks the right one of many webinars of the same name."""
        title = super().get_admin_display_title()
        if not self.start:
            return title
        day = day_display(self.start_local.date())
        details = ", ".join(part for part in (day, self.place_display) if part)
        return f"{title} — {details}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_past(self) -> bool:
        valid_until(self.end)  # a cached page showing what this says changes when it ends
        return self.end < timezone.now()

    @property
    def date_display(self) -> str:
        return span_display(self.start, self.end)

    @property
    def shown_organiser(self):
        """The organiser, if a visitor may see its page (core.visibility)."""
        return public_or_none(self.organiser)

    def action_links(self) -> list:
        """Registration before the event (while it is not over); replay and slides after it."""
        if not self.is_past:
            if not self.registration_url:
                return []
            return [ItemLink(str(_("Register")), self.registration_url, "registration",
                             str(_("Register for “%(title)s”") % {"title": self.title}))]
        links = []
        for kind, resource, label in (("replay", self.replay, _("Watch the replay")),
                                      ("slides", self.slides, _("Slides"))):
            if is_public(resource):
                links.append(ItemLink(str(label), resource.url, kind, f"{label} – {self.title}"))
        return links


class EventCommune(CommuneLink):
    """A commune an event takes place in or is about."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="commune_links")

    class Meta(CommuneLink.Meta):
        pass
