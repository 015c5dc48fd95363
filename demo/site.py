"""The frame of the site: home page, archive, legal pages, site settings, Site and admin account."""

import os
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Page, PageViewRestriction, Site

from core.models import SiteSettings, SiteTexts
from core.roles import EDITOR_GUIDE_SLUG
from home.models import ContentPage, HomePage
from lettre.models import LettreIndexPage

from . import guide, legal
from .pages import stream, upsert_page
from .resources import ANCT_PROGRAMME_URL

ADMIN_USERNAME = "admin"
PASSWORD_ENV = "DEMO_ADMIN_PASSWORD"
HOSTNAME, PORT = "127.0.0.1", 8000

CREDITS_04 = [
    ("Directeur de publication", "Yves Le Breton"),
    ("Responsable d'édition", "Juliette Auricoste"),
    ("Rédactrice en chef", "Héroïse Thibault"),
    ("Rédaction", "Chloé Carpentier"),
    ("Design graphique", "Silvia Colato"),
    ("Maquette/Webmaster", "Chloé Carpentier"),
    ("Crédits photos", "ANCT, MCTRT, Préfecture des Hautes Alpes, Mairie de Thizy-sur-les-Bourgs."),
]


def credit_blocks(lines) -> list:
    return [("credit", {"role": role, "names": names}) for role, names in lines]


def home_page() -> HomePage:
    """The home page created by the data migration (slug “accueil”), or a new one if it is gone."""
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Club des Petites villes de demain", slug="accueil"))
    intro = ("<p>Le réseau des communes du programme <i>Petites villes de demain</i> : la lettre "
             "d'information, les ressources, les partenaires et l'agenda du Club.</p>")
    if home.intro != intro or not home.live:
        home.intro = intro
        home.save_revision().publish()
    return home


def lettre_index(home) -> LettreIndexPage:
    return upsert_page(
        home, LettreIndexPage, "lettres", title="Les lettres", show_in_menus=True,
        intro="<p>Chaque mois, la lettre d'information du Club des Petites villes de demain : actualités, "
              "ressources et témoignages d'élus ou d'acteurs institutionnels.</p>",
    )


def legal_pages(home) -> list[ContentPage]:
    pages = []
    for slug, title, paragraphs, statement in (
        ("accessibilite", "Accessibilité", legal.ACCESSIBILITE, legal.STATEMENT),
        ("mentions-legales", "Mentions légales", legal.MENTIONS_LEGALES, {}),
        ("donnees-personnelles", "Données personnelles", legal.DONNEES_PERSONNELLES, {}),
    ):
        blocks = [part if isinstance(part, tuple) else ("texte", part) for part in paragraphs]
        body = stream(ContentPage, "body", blocks, f"content:{slug}")
        pages.append(
            upsert_page(home, ContentPage, slug, title=title, show_in_menus=False, body=body, **statement)
        )
    return pages


def editor_guide(home) -> ContentPage:
    """The editors' guide, seen by logged-in users only (the admin's help menu links to it)."""
    body = stream(ContentPage, "body", [("texte", text) for text in guide.GUIDE], "content:guide")
    page = upsert_page(
        home, ContentPage, EDITOR_GUIDE_SLUG, title=guide.TITLE, show_in_menus=False, body=body
    )
    if not PageViewRestriction.objects.filter(page=page).exists():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def default_site(home) -> Site:
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = HOSTNAME, PORT, home
    site.site_name = "Club des Petites villes de demain"
    site.save()
    return site


def site_settings(site) -> SiteSettings:
    values = {
        "publisher": "Agence nationale de la cohésion des territoires",
        "publisher_address": "20 avenue de Ségur, TSA 10717, 75334 Paris Cedex 07",
        "host": legal.HOST,
        "contact_email": "petitesvillesdedemain@anct.gouv.fr",
        "programme_url": ANCT_PROGRAMME_URL,
        "linkedin_url": "https://www.linkedin.com/company/agence-nationale-de-la-cohesion-des-territoires/",
        "scoopit_url": "https://www.scoop.it/topic/petites-villes-de-demain",
    }
    # Read from the database, not through SiteSettings.for_site, which may answer from the memo (a write
    # decided on a kept copy could be skipped while the row is missing or different).
    current = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    if current.pk is None or any(getattr(current, name) != value for name, value in values.items()):
        for name, value in values.items():
            setattr(current, name, value)
        current.save()
    site_texts(site.root_page.locale)
    return current


def site_texts(locale) -> SiteTexts:
    """The French « Textes du site » (demo/english.py translates them)."""
    values = {"contact_label": "Contacter la direction de programme :", "gdpr_notice": legal.GDPR_NOTICE}
    credits = stream(SiteTexts, "default_credits", credit_blocks(CREDITS_04), "texts:credits")
    current = SiteTexts.objects.filter(locale=locale).first() or SiteTexts(locale=locale)
    changed = current.pk is None or any(getattr(current, name) != value for name, value in values.items())
    if changed or current.default_credits.get_prep_value() != credits:
        for name, value in values.items():
            setattr(current, name, value)
        current.default_credits = credits
        current.save()
    return current


@dataclass(frozen=True)
class AdminAccount:
    username: str
    password: str | None  # None: an existing password was kept and is not known
    created: bool
    url: str


def admin_account() -> AdminAccount:
    """The superuser “admin”: a password from DEMO_ADMIN_PASSWORD, or generated on creation only."""
    user_model = get_user_model()
    password = os.environ.get(PASSWORD_ENV) or None
    user = user_model.objects.filter(username=ADMIN_USERNAME).first()
    created = user is None
    if created:
        password = password or secrets.token_urlsafe(12)
        user = user_model.objects.create_superuser(
            ADMIN_USERNAME, email="admin@example.org", password=password,
            first_name="Admin", last_name="Démo",
        )
    else:
        if not (user.is_superuser and user.is_staff and user.is_active):
            message = _("The user “%(username)s” exists but is not an active superuser.")
            raise CommandError(message % {"username": ADMIN_USERNAME})
        if password:
            user.set_password(password)
            user.save(update_fields=["password"])
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or f"http://{HOSTNAME}:{PORT}"
    return AdminAccount(ADMIN_USERNAME, password, created, f"{base_url.rstrip('/')}/admin/")
