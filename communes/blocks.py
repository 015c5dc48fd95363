"""A StreamField block that chooses a commune (issue items that mention communes)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .chooser import commune_chooser_viewset

CommuneChooserBlock = commune_chooser_viewset.get_block_class(
    name="CommuneChooserBlock", module_path="communes.blocks"
)


def communes_block() -> blocks.ListBlock:
    """The communes an item mentions: each commune's page lists the issue (Wagtail's reference index)."""
    return blocks.ListBlock(
        # default=[]: otherwise a new item starts with one empty, required chooser and cannot be saved.
        CommuneChooserBlock(), label=_("Communes mentioned"), min_num=0, default=[],
        help_text=_("Their pages in the directory of communes list this issue."),
    )
