"""Links: the link block an editor fills in, and the link value pages and blocks compute."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock

from core.visibility import is_public


@dataclass(frozen=True)
class ItemLink:
    """A link computed by the site (an event's registration, replay, slides...), shown like a
    LinkValue by ``core/blocks/link.html``."""

    text: str
    href: str
    kind: str = "link"  # "registration", "replay", "slides", "document", "link"
    accessible_name: str = ""

    @property
    def is_document(self) -> bool:
        return self.kind == "document"

    @property
    def is_button(self) -> bool:
        """Registration is the action the reader came for: shown as a button."""
        return self.kind == "registration"


class LinkValue(blocks.StructValue):
    """A link to a page, a document or an external address, with its label (fields ``label``,
    ``page``, ``document``, ``url``); ``href`` and ``text`` are what it shows."""

    @cached_property
    def href(self) -> str:
        if self.get("page"):
            return (self["page"].url or "") if is_public(self["page"]) else ""
        if self.get("document"):
            return self["document"].url
        return self.get("url") or ""

    @cached_property
    def text(self) -> str:
        if self.get("label"):
            return self["label"]
        if self.get("page"):
            return self["page"].title
        if self.get("document"):
            return self["document"].title
        return self.get("url") or ""

    @property
    def is_document(self) -> bool:
        return bool(self.get("document"))

    def as_item_link(self, about: str = "") -> ItemLink:
        """This link among computed ones, its accessible name completed by what it is about."""
        return ItemLink(
            text=self.text,
            href=self.href,
            kind="document" if self.is_document else "link",
            accessible_name=f"{self.text} – {about}" if about else "",
        )

    def __bool__(self) -> bool:
        return bool(self.href)


def present_links(links) -> list:
    """The links that lead somewhere: a list block left untouched holds one empty link."""
    return [link for link in links or [] if link]


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=200,
        help_text=_("Text of the link, e.g. “Je m'inscris”. Empty: the title of the page or document."),
    )
    page = blocks.PageChooserBlock(label=_("Page of the site"), required=False)
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        value_class = LinkValue
        icon = "link"
        label = _("Link")
        template = "core/blocks/link.html"
        form_classname = "struct-block link-block"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["link"] = value
        return context

    def clean(self, value):
        value = super().clean(value)
        targets = [name for name in ("page", "document", "url") if value.get(name)]
        if len(targets) > 1:
            raise StructBlockValidationError(
                block_errors={
                    targets[1]: ValidationError(
                        _("Choose only one target: a page, a document or an address.")
                    )
                }
            )
        if self.required and not targets:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page, a document or an address."))}
            )
        if value.get("label") and not targets:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("A link with a label needs a page, a document or an address."))
                }
            )
        return value
