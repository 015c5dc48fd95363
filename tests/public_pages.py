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

FRENCH = {"locale__language_code": "fr"}


def public_pages() -> dict[str, str]:
    """Name → address of each public page type, in French, then the English home page and issue of the
    demo (the 404 page included: its name says so)."""
    library = ResourceIndexPage.objects.live().get(**FRENCH)
    resource = ResourcePage.objects.live().filter(themes__isnull=False, **FRENCH).order_by("pk").first()
    theme = resource.themes.order_by("pk").first()
    issues = LettrePage.objects.live().filter(**FRENCH).order_by("number")
    partner = PartnerPage.objects.live().filter(resources__isnull=False, **FRENCH).order_by("pk").first()
    pages = {
        "home": "/",
        "archive": LettreIndexPage.objects.live().get(**FRENCH).url,
        **{f"issue #{issue.number}": issue.url for issue in issues},
        "library": library.url,
        "library filtered by theme and type": (
            f"{library.url}?theme={theme.slug}&type={resource.resource_type}"
        ),
        "resource": resource.url,
        "agenda": EventIndexPage.objects.live().get(**FRENCH).url,
        "event": EventPage.objects.live().filter(**FRENCH).order_by("start").first().url,
        "partners": PartnerIndexPage.objects.live().get(**FRENCH).url,
        "partner": partner.url,
        "search results": "/recherche/?q=revitalisation",
        "accessibility statement": ContentPage.objects.live().get(slug="accessibilite", **FRENCH).url,
        "legal notice": ContentPage.objects.live().get(slug="mentions-legales", **FRENCH).url,
        "page not found (404)": "/cette-page-n-existe-pas/",
    }
    english_issue = LettrePage.objects.live().filter(locale__language_code="en").order_by("number").first()
    if english_issue is not None:
        pages["home (English)"] = "/en/"
        pages[f"issue #{english_issue.number} (English)"] = english_issue.url
    directory = CommuneDirectoryPage.objects.live().first()
    if directory is not None:
        pages["communes directory"] = directory.url
    subscribe = subscribe_url()
    if subscribe:
        pages["subscribe form"] = subscribe
    return pages
