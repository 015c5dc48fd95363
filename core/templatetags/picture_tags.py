"""`{% cached_picture image variant %}`: the <picture> markup of an image (AVIF, WebP and JPEG in
several widths: nine renditions), rendered once and kept in the process for each image, variant and
alt text. The key holds what the markup depends on (the file, the focal point, the alt text); it
expires before signed media addresses do."""

import time
from collections import OrderedDict

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.cache.keys import signed_urls_lifetime

register = template.Library()

MAX_ENTRIES = 2000
DEFAULT_LIFETIME = 3600
_markup: OrderedDict = OrderedDict()


def markup_key(image, variant) -> tuple:
    decorative = bool(getattr(image, "decorative", False))
    return (
        image.pk,
        image.file.name,
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
        variant or "",
        decorative,
        "" if decorative else (getattr(image, "contextual_alt_text", None) or image.default_alt_text),
    )


def lifetime() -> int:
    signed = signed_urls_lifetime()
    return signed // 2 if signed else DEFAULT_LIFETIME


@register.simple_tag
def cached_picture(image, variant=""):
    key = markup_key(image, variant)
    now = time.monotonic()
    found = _markup.get(key)
    if found is not None and found[0] > now:
        _markup.move_to_end(key)
        return found[1]
    html = mark_safe(
        render_to_string("core/blocks/picture_markup.html", {"image": image, "variant": variant})
    )  # noqa: S308
    _markup[key] = (now + lifetime(), html)
    while len(_markup) > MAX_ENTRIES:
        _markup.popitem(last=False)
    return html
