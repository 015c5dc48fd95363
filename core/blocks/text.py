"""Free text and the rich-text features every block offers."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ul", "ol"]


class TextBlock(blocks.RichTextBlock):
    """Free rich text (not Wagtail's plain ``blocks.TextBlock``): subheadings h3 and h4 by
    default, under a section's h2; a content page passes its own features (h2 to h4)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES + ["h3", "h4"])
        super().__init__(**kwargs)

    class Meta:
        template = "core/blocks/text.html"
        icon = "pilcrow"
        label = _("Text")
        description = _("Free text with links, lists and subheadings.")
        preview_value = (
            "<p>Chaque mois, retrouvez dans cette lettre des actualités, des ressources, "
            "mais aussi des témoignages d'élus.</p>"
        )
