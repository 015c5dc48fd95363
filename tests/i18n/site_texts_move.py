"""Run by test_site_texts.py in a process of its own, on a database of its own: migrate an empty
database to before « Textes du site » existed, store site settings with French texts, migrate to the
end and print what the French site texts hold (JSON)."""

import json
import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pvd_site.settings.test")
django.setup()

from django.core.management import call_command  # noqa: E402  (after django.setup())
from django.db import connection  # noqa: E402

from core.models import SiteTexts  # noqa: E402


def main() -> dict:
    call_command("migrate", verbosity=0)
    call_command("migrate", "core", "0003", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM wagtailcore_site WHERE is_default_site")
        (site_id,) = cursor.fetchone()
        cursor.execute(
            "INSERT INTO core_sitesettings (site_id, publisher, contact_label, contact_email, linkedin_url,"
            " scoopit_url, programme_url, default_credits, gdpr_notice) VALUES"
            " (%s, 'ANCT', 'Écrire à l''équipe :', 'a@b.fr', '', '', '',"
            ' \'[{"type": "credit", "value": {"role": "Rédaction", "names": "C. C."}, "id": "x"}]\','
            " '<p>Avis.</p>')",
            [site_id],
        )
    call_command("migrate", verbosity=0)
    texts = SiteTexts.objects.get()
    return {
        "language": texts.locale.language_code,
        "contact_label": texts.contact_label,
        "gdpr_notice": texts.gdpr_notice,
        "credits": [[block.value["role"], block.value["names"]] for block in texts.default_credits],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
