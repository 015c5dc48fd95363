"""Blocks that point to events and resources: agenda and monthly recommendations.

An item either chooses an EventPage / ResourcePage (and then always shows that page's
current data and links to it) or is written inline for things outside the site.
"""

from dataclasses import dataclass

from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .base import HeadingLevelsValue, LinkBlock
from .content import RICH_TEXT_FEATURES


@dataclass(frozen=True)
class ItemLink:
    text: str
    url: str
    kind: str = "link"  # "registration", "replay", "slides", "document", "link"
    accessible_name: str = ""

    @property
    def href(self) -> str:
        return self.url

    @property
    def is_document(self) -> bool:
        return self.kind == "document"

    @property
    def is_button(self) -> bool:
        """Registration is the action the reader came for: shown as a button."""
        return self.kind == "registration"


class ChosenPageItemValue(blocks.StructValue):
    """Shared logic of an item that is a chosen page or written inline.

    `page`, `title`, `url`, `organisation`, `date_text` and `links` are also field names: in
    templates, where dictionary keys win over attributes, use `live_page`, `display_title`,
    `href`, `organisation_name`, `date_label` and `actions`.
    """

    page_field = "page"

    @cached_property
    def page(self):
        chosen = self.get(self.page_field)
        if chosen is None:
            return None
        chosen = chosen.specific
        return chosen if chosen.live else None

    @cached_property
    def title(self) -> str:
        return self.page.title if self.page else (self.get("title") or "")

    @cached_property
    def url(self) -> str:
        if self.page:
            return self.page.url or ""
        link = self.get("link")
        return link.url if link else ""

    @cached_property
    def organisation(self) -> str:
        if self.page is not None:
            partner = getattr(self.page, "partner", None) or getattr(self.page, "organiser", None)
            if partner is not None:
                return partner.title
        return self.get("organisation") or ""

    @cached_property
    def date_text(self) -> str:
        if self.page is not None and hasattr(self.page, "date_display"):
            return self.page.date_display
        return self.get("date_text") or ""

    @property
    def live_page(self):
        return self.page

    @property
    def display_title(self) -> str:
        return self.title

    @property
    def href(self) -> str:
        return self.url

    @property
    def organisation_name(self) -> str:
        return self.organisation

    @property
    def date_label(self) -> str:
        return self.date_text

    @property
    def actions(self) -> list[ItemLink]:
        return self.links

    @cached_property
    def lead(self) -> str:
        """“Organisation, title, date”: the bold first line of a recommendation."""
        return ", ".join(part for part in (self.organisation, self.title, self.date_text) if part)

    @cached_property
    def summary(self):
        """The inline text if the editor wrote one, else the chosen page's summary."""
        text = self.get("text")
        if text and str(text).strip():
            return text
        if self.page is not None and getattr(self.page, "summary", ""):
            return format_html("<p>{}</p>", self.page.summary)
        return ""

    @cached_property
    def links(self) -> list[ItemLink]:
        links = []
        if self.page is not None and hasattr(self.page, "action_links"):
            links.extend(self.page.action_links())
        for link in self.get("links") or []:
            if link:
                links.append(
                    ItemLink(
                        text=link.text,
                        url=link.url,
                        kind="document" if link.is_document else "link",
                        accessible_name=f"{link.text} – {self.title}" if self.title else "",
                    )
                )
        single = self.get("link")
        if single and not self.page:
            links.append(
                ItemLink(
                    text=single.text,
                    url=single.url,
                    kind="document" if single.is_document else "link",
                    accessible_name=f"{single.text} – {self.title}" if self.title else "",
                )
            )
        return links


class AgendaItemBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(
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
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("title"):
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Choose an event or write a title."))}
            )
        return value


class AgendaValue(HeadingLevelsValue):
    pass


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
    page = blocks.PageChooserBlock(
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
        value_class = ChosenPageItemValue
        icon = "pick"
        label = _("Recommendation")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

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


class RecommandationsValue(HeadingLevelsValue):
    pass


class RecommandationsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    groups = blocks.ListBlock(RecommendationGroupBlock(), label=_("Groups"), min_num=1)

    class Meta:
        value_class = RecommandationsValue
        template = "lettre/blocks/recommandations.html"
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
