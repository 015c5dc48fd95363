"""A translated page points to what is in its own language: its themes (many-to-many to translatable
snippets) and the pages it names (partner, organiser, replay…) are swapped, when it is published, for
their translations in the page's language when those exist (live, for pages); otherwise they stay.

wagtail-localize copies these fields from the source as they are, so without this the English resource
would carry the French themes (absent from the English facets) and link to the French partner page.
"""

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page, TranslatableMixin


def _translation(obj, locale):
    if obj is None or obj.locale_id == locale.pk:
        return None
    translated = obj.get_translation_or_none(locale)
    if isinstance(translated, Page) and not translated.live:
        return None
    return translated


def page_relations(page) -> list:
    return [
        field
        for field in type(page)._meta.get_fields()
        if getattr(field, "many_to_one", False)
        and field.concrete
        and field.model is type(page)  # the page type's own fields, not Page's (owner, alias_of…)
        and isinstance(field.related_model, type)
        and issubclass(field.related_model, Page)
    ]


def translatable_many_to_many(page) -> list:
    return [
        field
        for field in type(page)._meta.get_fields()
        if isinstance(field, ParentalManyToManyField) and issubclass(field.related_model, TranslatableMixin)
    ]


def point_to_own_language(sender, instance, **kwargs) -> None:
    """``page_published`` receiver: see the module."""
    page = instance
    updates = {}
    for field in page_relations(page):
        translated = _translation(getattr(page, field.name), page.locale)
        if translated is not None:
            updates[field.attname] = translated.pk
    if updates:
        type(page).objects.filter(pk=page.pk).update(**updates)
    for field in translatable_many_to_many(page):
        manager = getattr(page, field.name)
        current = list(manager.all())
        wanted = [_translation(obj, page.locale) or obj for obj in current]
        if [obj.pk for obj in wanted] != [obj.pk for obj in current]:
            manager.set(wanted)
            manager.commit()
