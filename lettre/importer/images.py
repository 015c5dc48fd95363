"""The images of an issue: those of the upload (a zip's files) become Wagtail images; an image that is
only a remote address cannot be fetched here and is reported. The files of the images created are
deleted again when the import is rolled back (a dry run, a failure): the database forgets the rows, the
storage would keep the files."""

import io
import posixpath
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model

from .nodes import Node

FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
MAX_PIXELS = 40_000_000


@dataclass
class ImageFiles:
    """The files of the upload by their path in it, the folder of the issue's document inside it."""

    files: dict[str, bytes] = field(default_factory=dict)
    base: str = ""
    user: object = None
    created: list = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _by_path: dict = field(default_factory=dict)

    def path_of(self, src: str) -> tuple[str | None, str]:
        """The file of the upload an image points to, or why there is none."""
        if not src:
            return None, _("the image has no address the sanitiser kept")
        parts = urlsplit(src)
        if parts.scheme in ("http", "https") or src.startswith("//"):
            return None, _("only a remote address: it cannot be fetched here")
        if parts.scheme:
            return None, _("an address of the e-mail (%(scheme)s:) that is not in the file") % {
                "scheme": parts.scheme
            }
        path = posixpath.normpath(posixpath.join(self.base, unquote(parts.path))).lstrip("/")
        if path in self.files:
            return path, ""
        same_name = [name for name in self.files if posixpath.basename(name) == posixpath.basename(path)]
        if len(same_name) == 1:
            return same_name[0], ""
        return None, _("the file is not in the upload")

    def image_for(self, node: Node):
        """The Wagtail image of an image node, created once per file; None if there is none."""
        path, reason = self.path_of(node.src)
        if path is None:
            self.problems.append(
                _("Image “%(alt)s” (%(src)s) not imported: %(reason)s.")
                % {"alt": node.alt or "—", "src": node.src or "—", "reason": reason}
            )
            return None
        if path in self._by_path:
            return self._by_path[path]
        image = self._create(path, node.alt)
        self._by_path[path] = image
        return image

    def _create(self, path: str, alt: str):
        data = self.files[path]
        try:
            with PILImage.open(io.BytesIO(data)) as picture:
                picture_format, (width, height) = picture.format, picture.size
                picture.verify()
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, PILImage.DecompressionBombError):
            self.problems.append(_("The file %(path)s is not an image that can be read.") % {"path": path})
            return None
        if picture_format not in FORMATS or width * height > MAX_PIXELS:
            self.problems.append(
                _("The file %(path)s is not a JPEG, PNG, GIF or WebP image of at most 40 megapixels.")
                % {"path": path}
            )
            return None
        name = posixpath.basename(path)
        image = get_image_model()(
            title=(alt or name)[:255],
            description=alt[:255],
            uploaded_by_user=self.user if getattr(self.user, "pk", None) else None,
        )
        image.file = ImageFile(io.BytesIO(data), name=name)
        image.save()
        self.created.append(image)
        return image

    def discard(self):
        """Delete the files of the images created (their rows go with the rolled-back transaction)."""
        for image in self.created:
            image.file.delete(save=False)
        self.created = []
