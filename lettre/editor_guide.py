"""The site's own French guide for the editors (a content page of the demo content, slug
``core.roles.EDITOR_GUIDE_SLUG``): the admin's help links open it instead of Wagtail's English guide."""

from wagtail.models import Page
from wagtail.templatetags.wagtailcore_tags import wagtail_feature_release_editor_guide_link

from core.roles import EDITOR_GUIDE_SLUG


def editor_guide_url() -> str | None:
    guide = Page.objects.filter(slug=EDITOR_GUIDE_SLUG, depth=3).live().first()
    return guide.url if guide is not None else None


def help_url() -> str:
    """The site's guide, else Wagtail's (a site without the guide page yet)."""
    return editor_guide_url() or wagtail_feature_release_editor_guide_link()
