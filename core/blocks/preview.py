"""Admin previews of blocks that need an image or a document: take the newest one of the library."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def newest_image():
    return get_image_model().objects.order_by("-created_at", "-pk").first()


def newest_document():
    return get_document_model().objects.order_by("-created_at", "-pk").first()


def preview_image(alt_text: str) -> dict | None:
    """An ImageBlock value for a preview, or None when the library holds no image yet."""
    image = newest_image()
    if image is None:
        return None
    return {"image": image, "decorative": False, "alt_text": alt_text}


class LibraryPreviewMixin:
    """A block whose preview value is completed at preview time by `preview_extras()`."""

    def preview_extras(self) -> dict:
        return {}

    def get_preview_value(self):
        data = dict(self._evaluate_callable(getattr(self.meta, "preview_value", {})) or {})
        data.update({key: value for key, value in self.preview_extras().items() if value is not None})
        return self.normalize(data)
