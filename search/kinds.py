"""The kinds of content the search covers, and what a result card says about each."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page

from agenda.models import EventPage
from communes.models import CommuneDirectoryPage, Membership
from lettre.models import LettrePage
from ressources.models import PartnerPage, ResourcePage, ResourceType

RESOURCE_TYPE_LABELS = dict(ResourceType.choices)


@dataclass(frozen=True)
class ContentKind:
    key: str  # the value of the ``type`` facet in the query string
    model: type[Page]
    label: str
    describe: Callable[[Page, str], list[str]]  # (page, name of its partner) -> details of its card
    has_themes: bool = False  # the model has a ``themes`` relation (theme facet)
    lists_themes: bool = False  # a result card ends with the page's themes
    # The page's values for the year and partner facets (stored in its ``SearchDocument``).
    year_of: Callable[[Page], int | None] = lambda page: None
    partner_of: Callable[[Page], int | None] = lambda page: None


def _issue_details(issue: LettrePage, partner: str) -> list[str]:
    return [part for part in (issue.number_label, issue.date_display) if part]


def _resource_details(resource: ResourcePage, partner: str) -> list[str]:
    details = [str(RESOURCE_TYPE_LABELS.get(resource.resource_type, "")), resource.date_display, partner]
    return [part for part in details if part]


def _event_details(event: EventPage, partner: str) -> list[str]:
    return [part for part in (str(event.date_display), partner) if part]


def _partner_details(page: PartnerPage, partner: str) -> list[str]:
    return [page.acronym] if page.acronym else []


def _directory_details(page: CommuneDirectoryPage, partner: str) -> list[str]:
    count = Membership.objects.count()
    return [ngettext("%(count)d member commune", "%(count)d member communes", count) % {"count": count}]


KINDS: tuple[ContentKind, ...] = (
    ContentKind(
        "lettre", LettrePage, _("Newsletter issue"), _issue_details,
        year_of=lambda issue: issue.issue_date.year if issue.issue_date else None,
    ),
    ContentKind(
        "ressource", ResourcePage, _("Resource"), _resource_details, has_themes=True, lists_themes=True,
        year_of=lambda resource: resource.publication_date.year if resource.publication_date else None,
        partner_of=lambda resource: resource.partner_id,
    ),
    ContentKind(
        "evenement", EventPage, _("Event"), _event_details, has_themes=True,
        year_of=lambda event: timezone.localtime(event.start).year if event.start else None,
        partner_of=lambda event: event.organiser_id,
    ),
    ContentKind(
        "partenaire", PartnerPage, _("Partner"), _partner_details,
        partner_of=lambda partner: partner.pk,
    ),
    ContentKind(
        "communes", CommuneDirectoryPage, _("Directory of communes"), _directory_details,
    ),
)
KINDS_BY_KEY = {kind.key: kind for kind in KINDS}
KINDS_BY_MODEL = {kind.model: kind for kind in KINDS}


def kind_content_types() -> dict[int, str]:
    """{content type id: kind key} (content types are cached by Django after the first lookup)."""
    return {ContentType.objects.get_for_model(kind.model).pk: kind.key for kind in KINDS}
