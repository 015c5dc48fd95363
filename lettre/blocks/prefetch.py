"""Load what the blocks of an issue need in a few queries instead of one per item:
the pages chosen by agenda / recommendation items, and the renditions of every image."""

from collections import defaultdict

from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from .agenda import ChosenPageItemValue


def _nested_values(value):
    """Every value nested in a stream, a list or a struct value, depth first (the value itself included)."""
    yield value
    if isinstance(value, StreamValue):
        for child in value:
            yield from _nested_values(child.value)
    elif isinstance(value, ListValue | list):
        for child in value:
            yield from _nested_values(child)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _nested_values(child)


def _chosen_items(value):
    """Every ChosenPageItemValue nested in a stream, a list or a struct value."""
    return (nested for nested in _nested_values(value) if isinstance(nested, ChosenPageItemValue))


def _page_relations(model) -> list[str]:
    """Foreign keys of a page type to other pages (organiser, partner, replay…), for select_related."""
    return [
        field.name
        for field in model._meta.get_fields()
        if field.many_to_one
        and field.concrete
        and field.model is model
        and issubclass(field.related_model, Page)
    ]


def prefetch_chosen_pages(stream) -> None:
    """Give every chosen item its specific page, with the pages it links to, in one query per page type."""
    items = [item for item in _chosen_items(stream) if item.get("page") is not None]
    if not items:
        return
    ids_by_model = defaultdict(set)
    for item in items:
        chosen = item["page"]
        ids_by_model[chosen.specific_class or type(chosen)].add(chosen.pk)
    pages = {}
    for model, ids in ids_by_model.items():
        pages.update(model.objects.filter(pk__in=ids).select_related(*_page_relations(model)).in_bulk())
    for item in items:
        page = pages.get(item["page"].pk)
        item.__dict__["page"] = page if page is not None and page.live else None


def _images(value):
    """Every image nested in a stream, a list or a struct value."""
    return (nested for nested in _nested_values(value) if isinstance(nested, AbstractImage))


def prefetch_issue(page) -> None:
    """Chosen pages and image renditions of an issue (body and hero), ready for rendering."""
    prefetch_chosen_pages(page.body)
    images = list(_images(page.body))
    if page.hero is not None:
        images.append(page.hero)
    for model in {type(image) for image in images}:
        prefetch_related_objects([image for image in images if type(image) is model], "renditions")
