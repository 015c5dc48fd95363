"""The renditions of every image of an issue (body and hero) in one query per image model,
instead of one per picture at rendering. The pages chosen by its items come already loaded,
by ChosenPageBlock."""

from django.db.models import prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images.models import AbstractImage


def nested_values(value):
    """Every value nested in a stream, a list or a struct value, depth first (the value itself included)."""
    yield value
    if isinstance(value, StreamValue):
        for child in value:
            yield from nested_values(child.value)
    elif isinstance(value, ListValue | list):
        for child in value:
            yield from nested_values(child)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from nested_values(child)


def prefetch_renditions(issue) -> None:
    """Load the renditions of the issue's images (Django's prefetch: `image.renditions.all()`
    then reads them without a query)."""
    images = [value for value in nested_values(issue.body) if isinstance(value, AbstractImage)]
    if issue.hero is not None:
        images.append(issue.hero)
    for model in {type(image) for image in images}:
        prefetch_related_objects([image for image in images if type(image) is model], "renditions")
