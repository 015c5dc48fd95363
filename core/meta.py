"""What a page says about itself to search engines and to the networks it is shared on (LinkedIn reads
Open Graph): its description and Open Graph tags, computed once for ``templates/includes/meta.html``."""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

DESCRIPTION_WORDS = 40
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


@dataclass(frozen=True)
class PageMeta:
    title: str
    description: str
    url: str
    type: str
    locale: str
    site_name: str


def site_description() -> str:
    return _(
        "The Club des Petites villes de demain is the network of the towns of the programme, run by the "
        "Agence nationale de la cohésion des territoires."
    )


def page_description(page) -> str:
    """The editor's search description, else the page's own introduction or summary, else the site's."""
    if page is not None:
        for name in ("search_description", "intro_text", "summary", "intro"):
            value = getattr(page, name, "") or ""
            value = " ".join(strip_tags(str(value)).split())
            if value:
                return Truncator(value).words(DESCRIPTION_WORDS)
    return site_description()


def page_meta(page, request, title: str) -> PageMeta:
    site_name = _("Club des Petites villes de demain")
    language = (get_language() or "fr").split("-")[0]
    return PageMeta(
        title=title or site_name,
        description=page_description(page),
        url=request.build_absolute_uri() if request is not None else "",
        type="article" if hasattr(page, "issue_date") else "website",
        locale=OG_LOCALES.get(language, "fr_FR"),
        site_name=site_name,
    )
