"""Load in a few queries what the blocks of an issue would otherwise fetch one by one.

- The pages the items point to (events, resources) with their organiser / partner / replay…:
  ChosenPageItemValue (lettre/blocks/agenda.py) computes `page` on first use, one query each;
  here every chosen page is fetched once per page type and handed to its item.
- The renditions of every image of the issue, in one query.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage

from lettre.blocks.agenda import ChosenPageItemValue


def iter_values(value):
    """Every nested value of a StreamField value (depth first)."""
    if isinstance(value, StreamValue):
        for child in value:
            yield from iter_values(child.value)
    elif isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StructValue):
        yield value
        for child in value.values():
            yield from iter_values(child)
    elif isinstance(value, ListValue | list):
        for child in value:
            yield from iter_values(child)


def own_page_relations(model) -> list[str]:
    """Foreign keys declared on the page type itself (organiser, partner, replay, logo…)."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one and field.model is model
    ]


def prefetch_issue(page) -> None:
    values = list(iter_values(page.body))
    prefetch_chosen_pages([value for value in values if isinstance(value, ChosenPageItemValue)])
    images = [value for value in values if isinstance(value, AbstractImage)]
    if page.hero is not None:
        images.append(page.hero)
    for model in {type(image) for image in images}:
        prefetch_related_objects([image for image in images if type(image) is model], "renditions")


def prefetch_chosen_pages(items: list[ChosenPageItemValue]) -> None:
    chosen = [item.get(item.page_field) for item in items]
    by_type: dict[int, set[int]] = defaultdict(set)
    for page in chosen:
        if page is not None:
            by_type[page.content_type_id].add(page.pk)
    loaded = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        loaded.update(model.objects.filter(pk__in=ids).select_related(*own_page_relations(model)).in_bulk())
    for item, page in zip(items, chosen, strict=True):
        if page is not None and page.pk in loaded:
            specific = loaded[page.pk]
            item.__dict__["page"] = specific if specific.live else None  # fills the cached_property
