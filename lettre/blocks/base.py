"""Small building blocks shared by the newsletter blocks: links, people, credits."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from communes.blocks import CommuneChooserBlock


class LinkValue(blocks.StructValue):
    """A link to a page, a document or an external address, with its label.

    In templates use `href`: `link.url` is the raw “External address” field there, because
    Django's template engine looks up dictionary keys before attributes.
    """

    @cached_property
    def url(self) -> str:
        if self.get("page"):
            return self["page"].url or ""
        if self.get("document"):
            return self["document"].url
        return self.get("url") or ""

    @property
    def href(self) -> str:
        return self.url

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

    @property
    def kind(self) -> str:
        return "document" if self.is_document else "link"

    @property
    def is_external(self) -> bool:
        return bool(self.get("url")) and not (self.get("page") or self.get("document"))

    def __bool__(self) -> bool:
        return bool(self.url)


class HeadingLevelsValue(blocks.StructValue):
    """Heading levels of a block: its own title is an h3 (under the rubric's h2), its items
    an h4 — or an h3 when the block has no title, so that no level is skipped."""

    title_field = "title"

    @property
    def item_heading_level(self) -> int:
        return 4 if self.get(self.title_field) else 3


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
        template = "lettre/blocks/link.html"
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


class PersonValue(blocks.StructValue):
    @property
    def name_and_role(self) -> str:
        return ", ".join(part for part in (self.get("name"), self.get("role")) if part)


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=300,
        help_text=_("E.g. “Maire de Barentin et président de l'APVF”."),
    )
    portrait = ImageBlock(label=_("Portrait"), required=False)

    class Meta:
        value_class = PersonValue
        icon = "user"
        label = _("Person")
        template = "lettre/blocks/person.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["person"] = value
        return context


class CreditLineBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"), max_length=120, help_text=_("E.g. “Directeur de publication”."))
    names = blocks.CharBlock(label=_("Names"), max_length=400)

    class Meta:
        icon = "user"
        label = _("Credit line")


def communes_block() -> blocks.ListBlock:
    """The communes an item mentions: each commune's page lists the issue (Wagtail's reference index)."""
    return blocks.ListBlock(
        # default=[]: otherwise a new item starts with one empty, required chooser and cannot be saved.
        CommuneChooserBlock(), label=_("Communes mentioned"), min_num=0, default=[],
        help_text=_("Their pages in the directory of communes list this issue."),
    )
