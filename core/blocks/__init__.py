"""The generic blocks every section can use: links, people, credits, text, image, documents,
call to action. The blocks of one section live in its own app (``lettre.blocks``...).

One naming rule for the value classes (``StructValue`` subclasses): a computed value never
takes the name of a field. Django's template engine looks dictionary keys up before
attributes, so in a template ``value.url`` is always the raw field; what the block computes has
a name of its own, e.g. ``href`` (where a link leads: page, document or address), ``text``
(the label or the target's title), ``html_id`` (a section's anchor made from its title),
``live_page`` (the chosen page, if published), ``display_title``...
"""

from .call_to_action import CallToActionBlock
from .headings import HeadingLevelsValue
from .links import ItemLink, LinkBlock, LinkValue, present_links
from .media import DocumentsBlock, SingleImageBlock
from .people import CreditLineBlock, PersonBlock
from .preview import LibraryPreviewMixin, preview_image
from .text import RICH_TEXT_FEATURES, TextBlock

__all__ = [
    "RICH_TEXT_FEATURES",
    "CallToActionBlock",
    "CreditLineBlock",
    "DocumentsBlock",
    "HeadingLevelsValue",
    "ItemLink",
    "LibraryPreviewMixin",
    "LinkBlock",
    "LinkValue",
    "present_links",
    "PersonBlock",
    "SingleImageBlock",
    "TextBlock",
    "preview_image",
]
