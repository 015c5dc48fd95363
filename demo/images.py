"""Placeholder pictures and PDF documents drawn with Pillow, stored as Wagtail images/documents.

Each file is found again by its title, so loading twice reuses it; it is drawn only when missing.
"""

import hashlib
import io
import textwrap
import unicodedata

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

# DSFR colours: bleu France, rouge Marianne, and a few illustrative ones.
PALETTES = {
    "bleu": ((0, 0, 145), (106, 106, 244), (245, 245, 254)),
    "rouge": ((225, 0, 15), (255, 146, 146), (254, 244, 244)),
    "vert": ((24, 117, 60), (88, 184, 116), (230, 254, 218)),
    "ocre": ((164, 102, 0), (232, 184, 82), (254, 240, 220)),
    "violet": ((110, 68, 95), (196, 124, 172), (254, 238, 248)),
    "gris": ((58, 58, 58), (146, 146, 146), (238, 238, 238)),
}


def _font(size: int):
    return ImageFont.load_default(size=size)


ASCII_LOOKALIKES = str.maketrans(
    {"\u00a0": " ", "\u202f": " ", "’": "'", "–": "-", "—": "-", "«": '"', "»": '"'}
)


def _drawable(text: str) -> str:
    """Pillow's bundled font has ASCII glyphs only: “Enquête” is drawn “Enquete” rather than with a box."""
    decomposed = unicodedata.normalize("NFKD", text.translate(ASCII_LOOKALIKES))
    return "".join(char for char in decomposed if char.isascii())


def _text(draw, xy, text: str, **kwargs) -> None:
    draw.text(xy, _drawable(text), **kwargs)


def _draw_picture(label: str, palette: str, size: tuple[int, int]) -> bytes:
    """A flat illustration: coloured background, a few shapes, the label written large."""
    dark, light, pale = PALETTES[palette]
    width, height = size
    seed = int(hashlib.sha1(label.encode()).hexdigest(), 16)
    picture = PILImage.new("RGB", size, dark)
    draw = ImageDraw.Draw(picture)
    for index in range(4):
        radius = height // 4 + (seed >> (index * 8)) % (height // 3)
        cx = (seed >> (index * 5)) % width
        cy = (seed >> (index * 7)) % height
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=light if index % 2 else pale)
    draw.rectangle((0, height - height // 3, width, height), fill=dark)
    font = _font(max(18, width // 24))
    lines = textwrap.wrap(label, width=34)[:3]
    line_height = font.size + 10
    y = height - height // 3 + (height // 3 - line_height * len(lines)) // 2
    for line in lines:
        _text(draw, (width // 20, y), line, fill=(255, 255, 255), font=font)
        y += line_height
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def placeholder_image(title: str, alt: str, label: str | None = None, palette: str = "bleu",
                      size: tuple[int, int] = (1200, 675)):
    """The Wagtail image with this title; ``alt`` is its description (the default alt text)."""
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is not None and image.file and image.file.storage.exists(image.file.name):
        if image.description != alt:
            image.description = alt
            image.save(update_fields=["description"])
        return image
    content = _draw_picture(label or title, palette, size)
    image = image or image_model(title=title)
    image.description = alt
    image.file = ImageFile(io.BytesIO(content), name=f"demo-{slugify(title)[:80]}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image


def _draw_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF (at 100 dpi) with a title band and the given lines."""
    page = PILImage.new("RGB", (827, 1169), (255, 255, 255))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 827, 180), fill=PALETTES["bleu"][0])
    _text(draw, (50, 40), "Petites villes de demain", fill=(255, 255, 255), font=_font(26))
    y = 80
    for line in textwrap.wrap(title, width=44)[:3]:
        _text(draw, (50, y), line, fill=(255, 255, 255), font=_font(28))
        y += 34
    y = 230
    for paragraph in lines:
        for line in textwrap.wrap(paragraph, width=70):
            _text(draw, (50, y), line, fill=(30, 30, 30), font=_font(18))
            y += 26
        y += 14
    publisher = "Agence nationale de la cohésion des territoires"
    _text(draw, (50, 1110), publisher, fill=(0, 0, 145), font=_font(16))
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0)
    return buffer.getvalue()


def pdf_document(title: str, lines: list[str]):
    """The Wagtail document with this title: a small real PDF drawn with Pillow."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title).first()
    if document is not None and document.file and document.file.storage.exists(document.file.name):
        return document
    document = document or document_model(title=title)
    document.file = ContentFile(_draw_pdf(title, lines), name=f"{slugify(title)[:80]}.pdf")
    document._set_document_file_metadata()
    document.save()
    return document


def block_image(image) -> dict:
    """An ImageBlock value: the image with its description as the alt text of this use."""
    return {"image": image, "alt_text": image.description, "decorative": False}
