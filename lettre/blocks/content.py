"""General-purpose blocks: rubric heading, free text, image, documents, call to action."""

from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .base import HeadingLevelsValue, LinkBlock
from .preview import LibraryPreviewMixin, newest_document, preview_image

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]


class RubriqueValue(blocks.StructValue):
    @cached_property
    def anchor(self) -> str:
        return slugify(self.get("anchor") or self.get("title") or "") or "rubrique"

    @property
    def html_id(self) -> str:
        """The anchor, for templates (where `value.anchor` is the raw field, not the property)."""
        return self.anchor


class RubriqueBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("E.g. “Les recommandations du mois”. It also appears in the table of contents."),
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=80,
        help_text=_("End of the address to link to this section. Empty: made from the title."),
    )

    class Meta:
        value_class = RubriqueValue
        template = "lettre/blocks/rubrique.html"
        icon = "title"
        label = _("Section heading")
        description = _("Starts a section of the issue (“rubrique”) and adds it to the table of contents.")
        preview_value = {"title": "Les recommandations du mois"}


class TexteBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES + ["h3", "h4"])
        super().__init__(**kwargs)

    class Meta:
        template = "lettre/blocks/texte.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("Free text with links, lists and subheadings.")
        preview_value = (
            "<p>Chaque mois, retrouvez dans cette lettre des actualités, des ressources, "
            "mais aussi des témoignages d'élus.</p>"
        )


class ImageValue(blocks.StructValue):
    @property
    def alt(self) -> str:
        image = self.get("image")
        return image.contextual_alt_text if image else ""

    @property
    def figcaption(self) -> str:
        """“Caption – credit”, or whichever of the two is written."""
        return " – ".join(part for part in (self.get("caption"), self.get("credit")) if part)


class SingleImageBlock(LibraryPreviewMixin, blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, max_length=150, help_text=_("E.g. “© ANCT”.")
    )
    link = LinkBlock(label=_("Link"), required=False)

    class Meta:
        value_class = ImageValue
        template = "lettre/blocks/image.html"
        icon = "image"
        label = _("Image")
        description = _("One image with its caption and credit.")
        preview_value = {"caption": "Signature de convention d'adhésion", "credit": "© ANCT"}

    def preview_extras(self) -> dict:
        return {"image": preview_image("Les élus signent la convention d'adhésion au programme")}


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Label"), required=False, max_length=200, help_text=_("Empty: the document's title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DocumentsValue(HeadingLevelsValue):
    @cached_property
    def downloads(self) -> list[dict]:
        """Each document with its label, address, format and size, for the download links."""
        items = []
        for entry in self.get("documents") or []:
            document = entry.get("document")
            if document is None:
                continue
            try:
                size = document.get_file_size()
            except OSError:
                size = None
            items.append(
                {
                    "label": entry.get("label") or document.title,
                    "url": document.url,
                    "extension": (document.file_extension or "").upper(),
                    "size": size,
                }
            )
        return items


class DocumentsBlock(LibraryPreviewMixin, blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("Documents"), min_num=1)

    class Meta:
        value_class = DocumentsValue
        template = "lettre/blocks/documents.html"
        icon = "doc-full-inverse"
        label = _("Documents to download")
        description = _("A list of downloadable documents (guide, kit logo…), with format and size.")
        preview_value = {"title": "Le pack de bienvenue"}

    def preview_extras(self) -> dict:
        document = newest_document()
        return {"documents": [{"document": document, "label": ""}]} if document else {}


class AppelBlock(LibraryPreviewMixin, blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("E.g. “L'enquête de co-construction du Club”.")
    )
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"), required=False)
    link = LinkBlock(label=_("Button"), help_text=_("E.g. “Je contribue à l'enquête”."))

    class Meta:
        template = "lettre/blocks/appel.html"
        icon = "pick"
        label = _("Call to action")
        description = _("A highlighted invitation with a button (survey, registration…).")
        preview_value = {
            "title": "L'enquête de co-construction du Club",
            "text": "<p>Ce questionnaire a pour objectif de recueillir votre opinion.</p>",
            "link": {"label": "Je contribue à l'enquête", "url": "https://example.org/enquete"},
        }

    def preview_extras(self) -> dict:
        return {"image": preview_image("Des élus réunis autour d'une table")}
