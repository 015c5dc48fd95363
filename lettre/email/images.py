"""Images of the e-mail: a rendition at twice the displayed size, with its alt text."""

import logging
from dataclasses import dataclass

from wagtail.images.exceptions import InvalidFilterSpecError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmailImage:
    url: str
    width: int
    height: int
    alt: str


def alt_text(image) -> str:
    """The alt text chosen in the block (empty for a decorative image), else the image's own."""
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual is not None:
        return contextual
    if getattr(image, "decorative", False):
        return ""
    return image.default_alt_text


def email_image(image, spec: str, display_width: int) -> EmailImage | None:
    """The rendition `spec` of `image`, shown `display_width` pixels wide (height kept in ratio).

    None when there is no image or its file cannot be read: the e-mail is sent without it.
    """
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except (InvalidFilterSpecError, OSError):  # SourceImageIOError is an OSError
        logger.warning("E-mail: image %s skipped, its rendition %s could not be made.", image.pk, spec)
        return None
    width = min(display_width, rendition.width)
    height = round(rendition.height * width / rendition.width) if rendition.width else 0
    return EmailImage(url=rendition.url, width=width, height=height, alt=alt_text(image))
