"""The French site texts take the values of the default site's settings (contact label, default
credits, personal data notice), so that nothing an editor wrote is lost when the fields move."""

from django.db import migrations


def copy_from_settings(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    SiteTexts = apps.get_model("core", "SiteTexts")
    Locale = apps.get_model("wagtailcore", "Locale")
    settings = (
        SiteSettings.objects.filter(site__is_default_site=True).first()
        or SiteSettings.objects.order_by("pk").first()
    )
    if settings is None or SiteTexts.objects.exists():
        return
    french, _created = Locale.objects.get_or_create(language_code="fr")
    SiteTexts.objects.create(
        locale=french,
        contact_label=settings.contact_label,
        default_credits=list(settings.default_credits.raw_data) if settings.default_credits else [],
        gdpr_notice=settings.gdpr_notice,
    )


def copy_back(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    texts = apps.get_model("core", "SiteTexts").objects.filter(locale__language_code="fr").first()
    if texts is None:
        return
    SiteSettings.objects.update(
        contact_label=texts.contact_label,
        gdpr_notice=texts.gdpr_notice,
        default_credits=list(texts.default_credits.raw_data),
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0004_site_texts")]

    operations = [migrations.RunPython(copy_from_settings, copy_back)]
