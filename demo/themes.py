"""The themes shared by resources and events."""

from django.conf import settings
from wagtail.models import Locale

from ressources.models import Theme

THEMES = {
    "commerce": "Commerce",
    "habitat": "Habitat",
    "patrimoine": "Patrimoine",
    "numerique": "Numérique",
    "relance": "Relance",
    "transition-ecologique": "Transition écologique",
    "ess": "Économie sociale et solidaire (ESS)",
    "tiers-lieux": "Tiers-lieux",
    "ingenierie": "Ingénierie",
    "revitalisation": "Revitalisation",
    "amenagement-urbanisme": "Aménagement et urbanisme",
    "culture": "Culture",
    "mobilites": "Mobilités",
    "biodiversite": "Biodiversité",
}


def load_themes() -> dict[str, Theme]:
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    themes = {}
    for slug, name in THEMES.items():
        theme, _ = Theme.objects.update_or_create(slug=slug, locale=locale, defaults={"name": name})
        themes[slug] = theme
    return themes
