"""Blocks that point to events and resources: agenda and monthly recommendations.

An item either chooses an EventPage / ResourcePage (and then always shows that page's
current data and links to it) or is written inline for things outside the site.
"""

from collections import defaultdict
from copy import copy

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

from core.blocks import RICH_TEXT_FEATURES, HeadingLevelsValue, ItemLink, LinkBlock, present_links
from core.visibility import is_public, public_or_none


def page_relations(model) -> list[str]:
    """Foreign keys of a page type to other pages (organiser, partner, replay…), for select_related."""
    return [
        field.name
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.model is model
        and issubclass(field.related_model, Page)
    ]


def load_specific_pages(ids, content_types: dict | None = None) -> dict:
    """The specific pages of these ids with the pages they point to: one query per page type (and
    one for the types, unless `content_types` gives each id's content type id)."""
    if content_types is None:
        content_types = dict(Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id"))
    ids_by_model = defaultdict(list)
    for pk in ids:
        if pk in content_types:
            ids_by_model[ContentType.objects.get_for_id(content_types[pk]).model_class()].append(pk)
    pages = {}
    for model, model_ids in ids_by_model.items():
        if model is not None:
            pages.update(model.objects.filter(pk__in=model_ids).select_related(*page_relations(model)).in_bulk())
    return pages


class ChosenPageBlock(blocks.PageChooserBlock):
    """A page chooser whose values are the specific pages (EventPage, ResourcePage…) with the pages
    they point to (organiser, partner…). Wagtail converts the values of every block of a type at
    once: all the pages an issue chooses come in one query per page type, not one per item."""

    def bulk_to_python(self, values):
        pages = load_specific_pages([value for value in values if value is not None])
        result, seen = [], set()
        for value in values:
            page = pages.get(value)
            result.append(copy(page) if page is not None and value in seen else page)
            seen.add(value)
        return result


class ChosenPageItemValue(blocks.StructValue):
    """An item that is a page chosen from the site or written inline (fields `page`, `title`,
    `date_text`, `organisation`, `text`, and `links` or `link`). What it shows: `live_page`,
    `display_title`, `href`, `organisation_name`, `date_label`, `summary`, `actions`."""

    @cached_property
    def live_page(self):
        """The chosen page (specific, as ChosenPageBlock loads it), if it is published and not restricted."""
        chosen = self.get("page")
        if chosen is None:
            return None
        return public_or_none(chosen.specific)

    @cached_property
    def display_title(self) -> str:
        return self.live_page.title if self.live_page else (self.get("title") or "")

    @cached_property
    def href(self) -> str:
        if self.live_page:
            return self.live_page.url or ""
        link = self.get("link")
        return link.href if link else ""

    @cached_property
    def organisation_name(self) -> str:
        if self.live_page is not None:
            partner = getattr(self.live_page, "partner", None) or getattr(self.live_page, "organiser", None)
            if is_public(partner):
                return partner.title
        return self.get("organisation") or ""

    @cached_property
    def date_label(self) -> str:
        if self.live_page is not None and hasattr(self.live_page, "date_display"):
            return self.live_page.date_display
        return self.get("date_text") or ""

    @cached_property
    def summary(self):
        """The text the editor wrote for this item, the source's words. A chosen page's own summary
        lives on its page: the issue does not repeat it (nothing invented, nothing twice)."""
        text = self.get("text")
        return text if text and str(text).strip() else ""

    @cached_property
    def actions(self) -> list[ItemLink]:
        """The chosen page's own links (registration, replay…), then the links written inline."""
        actions = []
        if self.live_page is not None and hasattr(self.live_page, "action_links"):
            actions.extend(self.live_page.action_links())
        links = [*(self.get("links") or []), *([self.get("link")] if self.live_page is None else [])]
        actions.extend(link.as_item_link(about=self.display_title) for link in present_links(links))
        return actions


class RecommendationValue(ChosenPageItemValue):
    """A recommendation: a chosen page gives its title and links beside the source's sentence, which names
    the organiser and the date itself (“Centre-Ville en Mouvement, “…”, 1er décembre 2020”): no organiser
    or date line of the page is added, on the web as in the e-mail. An item written inline keeps its own."""

    @cached_property
    def organisation_name(self) -> str:
        return "" if self.live_page else (self.get("organisation") or "")

    @cached_property
    def date_label(self) -> str:
        return "" if self.live_page else (self.get("date_text") or "")


def shown(items) -> list:
    """Items with something to show: an item whose chosen page was deleted, unpublished or restricted
    and that has no text of its own shows nothing, not an empty heading."""
    return [item for item in items or [] if item.display_title or item.summary]


class AgendaValue(HeadingLevelsValue):
    @cached_property
    def shown_items(self) -> list:
        return shown(self.get("items"))


class RecommendationsValue(HeadingLevelsValue):
    @cached_property
    def shown_groups(self) -> list[tuple[str, list]]:
        """(heading, items) of each group that still has an item to show."""
        groups = self.get("groups") or []
        groups = [(group.get("heading") or "", shown(group.get("items"))) for group in groups]
        return [(heading, items) for heading, items in groups if items]


class AgendaItemBlock(blocks.StructBlock):
    page = ChosenPageBlock(
        page_type="agenda.EventPage",
        label=_("Event of the agenda"),
        required=False,
        help_text=_("Choose an event: its title, date, registration and replay stay up to date."),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=300,
                             help_text=_("Only for an event that is not in the agenda."))
    date_text = blocks.CharBlock(label=_("Date"), required=False, max_length=120,
                                 help_text=_("E.g. “20 mai de 14h à 15h30”."))
    organisation = blocks.CharBlock(label=_("Organiser"), required=False, max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), min_num=0,
                             help_text=_("Registration, replay, slides…"))

    class Meta:
        value_class = ChosenPageItemValue
        icon = "date"
        label = _("Agenda item")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Choose an event or write a title."))}
            )
        return value


class AgendaBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150,
                             help_text=_("E.g. “L'agenda de nos partenaires”."))
    items = blocks.ListBlock(AgendaItemBlock(), label=_("Events"), min_num=1)

    class Meta:
        value_class = AgendaValue
        template = "lettre/blocks/agenda.html"
        icon = "date"
        label = _("Agenda")
        description = _("Events of the Club or of partners, chosen from the agenda or written inline.")
        preview_value = {
            "items": [
                {
                    "title": "Panorama de l'offre de services",
                    "text": "<p>Un premier rendez-vous pour découvrir l'offre de services.</p>",
                    "links": [{"label": "Je m'inscris", "url": "https://example.org/inscription"}],
                }
            ]
        }


class RecommendationItemBlock(blocks.StructBlock):
    page = ChosenPageBlock(
        page_type=["ressources.ResourcePage", "agenda.EventPage"],
        label=_("Resource or event of the site"),
        required=False,
        help_text=_("Choose a resource or an event: it stays up to date and links to its page."),
    )
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=300)
    date_text = blocks.CharBlock(label=_("Date"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)
    link = LinkBlock(label=_("Link"), required=False)

    class Meta:
        value_class = RecommendationValue
        icon = "pick"
        label = _("Recommendation")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not (value.get("title") or value.get("text")):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Choose a page or write a title or a text."))}
            )
        return value


class RecommendationGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Group"),
        max_length=100,
        help_text=_("E.g. “Événements”, “Ressources”, “Concours”, “Inspirations”, “Voir aussi”."),
    )
    items = blocks.ListBlock(RecommendationItemBlock(), label=_("Recommendations"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Group of recommendations")


class RecommendationsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    groups = blocks.ListBlock(RecommendationGroupBlock(), label=_("Groups"), min_num=1)

    class Meta:
        value_class = RecommendationsValue
        template = "lettre/blocks/recommendations.html"
        icon = "pick"
        label = _("Recommendations")
        description = _("“Les recommandations du mois”: events, resources, contests, inspirations.")
        preview_value = {
            "groups": [
                {
                    "heading": "Ressources",
                    "items": [
                        {
                            "organisation": "ANPP",
                            "title": "Faire Territoire : OSONS avec et pour tous !",
                            "link": {"label": "Voir le vademecum", "url": "https://example.org"},
                        }
                    ],
                }
            ]
        }
