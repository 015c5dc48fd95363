"""A highlighted invitation with a button."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from .links import LinkBlock
from .preview import LibraryPreviewMixin, preview_image
from .text import RICH_TEXT_FEATURES


class CallToActionBlock(LibraryPreviewMixin, blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_(
            "E.g. “L'enquête de co-construction du Club”. Empty when a section heading just above says it."
        ),
    )
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"), required=False)
    link = LinkBlock(label=_("Button"), help_text=_("E.g. “Je contribue à l'enquête”."))

    class Meta:
        template = "core/blocks/call_to_action.html"
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
