"""Idempotent page writes: update-or-create a child page by slug, publish only what changed.

StreamField values are given in the python format (lists of ``(block_type, dict)``); their block
ids are derived from their position so that loading twice writes exactly the same JSON.
"""

import json
import uuid

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Page

DEMO_NAMESPACE = uuid.UUID("5b0c6a8e-6f7d-4d8e-9a51-1c1d2b3f4a5e")


def _with_stable_ids(data, key: str):
    """Replace the random ids of stream and list children by ids computed from their path."""
    if isinstance(data, list):
        for index, item in enumerate(data):
            _with_stable_ids(item, f"{key}.{index}")
    elif isinstance(data, dict):
        if {"type", "value", "id"} <= data.keys():
            data["id"] = str(uuid.uuid5(DEMO_NAMESPACE, key))
        for name, item in data.items():
            if name != "id":
                _with_stable_ids(item, f"{key}.{name}")
    return data


def stream(model, field_name: str, blocks, key: str) -> list:
    """The JSON of a StreamField value, validated as an editor's save would validate it."""
    field = model._meta.get_field(field_name)
    value = field.to_python(list(blocks))
    try:
        field.stream_block.clean(value)
    except ValidationError as error:
        detail = error.as_json_data() if hasattr(error, "as_json_data") else error.messages
        detail = json.dumps(detail, ensure_ascii=False)
        message = _("Invalid demo content in %(key)s: %(detail)s") % {"key": key, "detail": detail}
        raise CommandError(message) from error
    raw = json.loads(json.dumps(field.stream_block.get_prep_value(value), cls=DjangoJSONEncoder))
    return _with_stable_ids(raw, key)


def _current(page, field):
    value = getattr(page, field.attname)
    if isinstance(field, StreamField):
        return json.loads(json.dumps(field.get_prep_value(value), cls=DjangoJSONEncoder))
    return value


def _wanted(field, value):
    if field.is_relation and not isinstance(field, ParentalManyToManyField):
        return value.pk if value is not None else None
    return value


def upsert_page(parent: Page, model, slug: str, **fields):
    """The child of ``parent`` with this slug, created or brought up to date.

    A new revision is published only when something changed, so a second run adds nothing.
    """
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None and not isinstance(existing.specific, model):
        raise CommandError(
            _("The page “%(path)s” exists but is a %(found)s, not a %(wanted)s.")
            % {"path": existing.url_path, "found": type(existing.specific).__name__, "wanted": model.__name__}
        )
    page = existing.specific if existing is not None else model(slug=slug)
    changed = existing is None
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, ParentalManyToManyField):
            wanted = {obj.pk for obj in value}
            if existing is None or set(getattr(page, name).values_list("pk", flat=True)) != wanted:
                setattr(page, name, list(value))
                changed = True
        elif existing is None or _current(page, field) != _wanted(field, value):
            setattr(page, name, value)
            changed = True
    if existing is None:
        parent.add_child(instance=page)
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    return page


def richtext_page_link(page: Page, label: str) -> str:
    """A link to a page inside rich text, in Wagtail's storage format (follows moves and renames)."""
    return f'<a linktype="page" id="{page.pk}">{label}</a>'


def source_text(sentence: str) -> str:
    """A sentence of the seed as the rich text of an issue item (the item's own words)."""
    return format_html("<p>{}</p>", sentence)
