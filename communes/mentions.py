"""The published pages that mention communes, found through Wagtail's reference index.

Issues choose communes in their blocks, resources and events in their “communes” panel: Wagtail records
each of these references in its index, under the page. Finding the pages that mention a list of
communes is one query on the index, one on the pages, whatever their types.
"""


from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from django.db.models.lookups import StartsWith
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from .models import Commune

# Page types by ``app_label.model``: the apps that mention communes depend on this one, not the reverse.
KIND_ORDER = ("lettre.lettrepage", "ressources.resourcepage", "agenda.eventpage")
KIND_LABELS = {
    "lettre.lettrepage": _("Newsletter issues"),
    "ressources.resourcepage": _("Resources"),
    "agenda.eventpage": _("Events"),
}
OTHER_LABEL = _("Other pages")


def public_pages():
    """Live pages that no view restriction covers, in one query (``PageQuerySet.public()`` first reads
    every restriction in a query of its own)."""
    page_path = ExpressionWrapper(OuterRef("path"), output_field=CharField())
    restricted = PageViewRestriction.objects.filter(StartsWith(page_path, F("page__path")))
    return Page.objects.live().filter(~Exists(restricted))


@dataclass
class MentionGroup:
    key: str
    label: str
    pages: list = field(default_factory=list)


@dataclass
class Mentions:
    groups: list[MentionGroup] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(group.pages for group in self.groups)

    @property
    def count(self) -> int:
        return sum(len(group.pages) for group in self.groups)


def _kind(page: Page) -> str:
    content_type = ContentType.objects.get_for_id(page.content_type_id)
    return f"{content_type.app_label}.{content_type.model}"


def mentions_of(codes: list[str]) -> dict[str, Mentions]:
    """{INSEE code: the live, public pages that mention it, grouped by kind, newest first}."""
    if not codes:
        return {}
    references = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(Commune),
            to_object_id__in=codes,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .values_list("to_object_id", "object_id")
        .distinct()
    )
    pages_of: dict[str, set[int]] = {}
    for code, page_id in references:
        pages_of.setdefault(code, set()).add(int(page_id))
    if not pages_of:
        return {}
    page_ids = set().union(*pages_of.values())
    pages = {
        page.pk: page
        for page in public_pages().filter(pk__in=page_ids)
        .only("id", "title", "url_path", "content_type_id", "first_published_at", "locale_id")
    }
    found = {}
    for code, ids in pages_of.items():
        groups: dict[str, MentionGroup] = {}
        newest_first = sorted(
            (pages[i] for i in ids if i in pages),
            key=lambda p: (p.first_published_at is not None, p.first_published_at or 0, p.pk), reverse=True,
        )
        for page in newest_first:
            kind = _kind(page)
            key = kind if kind in KIND_LABELS else "other"
            groups.setdefault(key, MentionGroup(key, KIND_LABELS.get(key, OTHER_LABEL))).pages.append(page)
        order = [*KIND_ORDER, "other"]
        found[code] = Mentions(sorted(groups.values(), key=lambda group: order.index(group.key)))
    return found
