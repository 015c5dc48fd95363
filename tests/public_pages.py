"""Every public page type of the demo site, name → address, found in the demo content.

One list shared by the checks that go over "every public page type" (accessibility, clipping,
HTML validity, empty values): a new page type is added here once and every check covers it.
"""

from agenda.models import EventIndexPage, EventPage
from communes.models import CommuneDirectoryPage
from core.templatetags.site_tags import subscribe_url
from home.models import ContentPage
from lettre.models import LettreIndexPage, LettrePage
from ressources.models import PartnerIndexPage, PartnerPage, ResourceIndexPage, ResourcePage


def public_pages() -> dict[str, str]:
    """Name → address of each public page type (the 404 page included: its name says so)."""
    library = ResourceIndexPage.objects.live().get()
    resource = ResourcePage.objects.live().filter(themes__isnull=False).order_by("pk").first()
    theme = resource.themes.order_by("pk").first()
    pages = {
        "home": "/",
        "archive": LettreIndexPage.objects.live().get().url,
        **{f"issue #{issue.number}": issue.url for issue in LettrePage.objects.live().order_by("number")},
        "library": library.url,
        "library filtered by theme and type": (
            f"{library.url}?theme={theme.slug}&type={resource.resource_type}"
        ),
        "resource": resource.url,
        "agenda": EventIndexPage.objects.live().get().url,
        "event": EventPage.objects.live().order_by("start").first().url,
        "partners": PartnerIndexPage.objects.live().get().url,
        "partner": PartnerPage.objects.live().filter(resources__isnull=False).order_by("pk").first().url,
        "search results": "/recherche/?q=revitalisation",
        "accessibility statement": ContentPage.objects.live().get(slug="accessibilite").url,
        "legal notice": ContentPage.objects.live().get(slug="mentions-legales").url,
        "page not found (404)": "/cette-page-n-existe-pas/",
    }
    directory = CommuneDirectoryPage.objects.live().first()
    if directory is not None:
        pages["communes directory"] = directory.url
    subscribe = subscribe_url()
    if subscribe:
        pages["subscribe form"] = subscribe
    return pages
