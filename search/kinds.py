"""The kinds of content the search covers, and what a result card says about each."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from agenda.models import EventPage
from lettre.models import LettrePage
from ressources.models import PartnerPage, ResourcePage, ResourceType, Theme

RESOURCE_TYPE_LABELS = dict(ResourceType.choices)


@dataclass(frozen=True)
class ContentKind:
    key: str
    model: type[Page]
    label: str
    get_queryset: Callable[[], QuerySet]
    describe: Callable[[Page], list[str]]


def _issue_details(issue: LettrePage) -> list[str]:
    return [part for part in (issue.number_label, issue.date_display) if part]


def _resource_details(resource: ResourcePage) -> list[str]:
    details = [str(RESOURCE_TYPE_LABELS.get(resource.resource_type, "")), resource.date_display]
    if resource.partner_id:
        details.append(resource.partner.title)
    details.extend(theme.name for theme in resource.themes.all())
    return [part for part in details if part]


def _event_details(event: EventPage) -> list[str]:
    details = [str(event.date_display)]
    if event.organiser_id:
        details.append(event.organiser.title)
    return details


def _partner_details(partner: PartnerPage) -> list[str]:
    return [partner.acronym] if partner.acronym else []


KINDS: tuple[ContentKind, ...] = (
    ContentKind(
        "lettre", LettrePage, _("Newsletter issue"),
        lambda: LettrePage.objects.all(), _issue_details,
    ),
    ContentKind(
        "ressource", ResourcePage, _("Resource"),
        lambda: ResourcePage.objects.select_related("partner").prefetch_related(
            Prefetch("themes", queryset=Theme.objects.order_by("name"))
        ),
        _resource_details,
    ),
    ContentKind(
        "evenement", EventPage, _("Event"),
        lambda: EventPage.objects.select_related("organiser"), _event_details,
    ),
    ContentKind("partenaire", PartnerPage, _("Partner"), lambda: PartnerPage.objects.all(), _partner_details),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
KINDS_BY_MODEL = {kind.model: kind for kind in KINDS}
