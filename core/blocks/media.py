"""An image with its caption and credit; documents to download."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .headings import HeadingLevelsValue
from .links import LinkBlock
from .preview import LibraryPreviewMixin, newest_document, preview_image


class ImageValue(blocks.StructValue):
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
        template = "core/blocks/image.html"
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
        template = "core/blocks/documents.html"
        icon = "doc-full-inverse"
        label = _("Documents to download")
        description = _("A list of downloadable documents (guide, kit logo…), with format and size.")
        preview_value = {"title": "Le pack de bienvenue"}

    def preview_extras(self) -> dict:
        document = newest_document()
        return {"documents": [{"document": document, "label": ""}]} if document else {}
