"""The template engine of the e-mail templates (templates/lettre/email/).

A separate engine so that the e-mail templates get their own tag library (`lettre_email`)
without touching the site's template settings; templates are compiled once and cached.
"""

from functools import cache

from django.conf import settings
from django.template.backends.django import DjangoTemplates

TEMPLATE_DIR = "lettre/email"


@cache
def email_templates() -> DjangoTemplates:
    return DjangoTemplates(
        {
            "NAME": "lettre_email",
            "DIRS": [settings.BASE_DIR / "templates"],
            "APP_DIRS": True,
            "OPTIONS": {
                "libraries": {"lettre_email": "lettre.email.tags"},
                "debug": False,
            },
        }
    )


@cache
def get_template(name: str):
    return email_templates().get_template(f"{TEMPLATE_DIR}/{name}")


def render(name: str, context: dict) -> str:
    return get_template(name).render(context)
