"""A StreamField block that chooses a commune (issue items that mention communes)."""

from .chooser import commune_chooser_viewset

CommuneChooserBlock = commune_chooser_viewset.get_block_class(
    name="CommuneChooserBlock", module_path="communes.blocks"
)
