"""Keeping ``SearchDocument`` rows in step with the pages and with Wagtail's index.

- ``store``: called by the index (``search.backend``) each time Wagtail writes index entries, on
  save, on publish and by ``update_index``: the facets are read from the pages, the text vectors
  copied from the entries just written (PostgreSQL).
- ``follow_page_save``: every save of a page updates ``live`` and the publication date at once,
  even when indexing itself runs later in a task queue, so an unpublished page leaves the results
  in the same transaction.
- ``ensure_documents``: after ``migrate``, builds the documents of a site indexed before they
  existed (nothing to do on a new or up-to-date database).
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from .kinds import KINDS, KINDS_BY_MODEL
from .models import SearchDocument

BATCH = 500
FACT_FIELDS = ["content_type", "locale", "live", "published_at", "year", "partner", "themes"]


def _theme_ids(model, ids: list[int]) -> dict[int, list[int]]:
    """{page id: [theme ids]} in one query, for the kinds that have themes."""
    if not ids or not any(field.name == "themes" for field in model._meta.get_fields()):
        return {}
    through = model.themes.through
    owner = through._meta.get_field(model._meta.model_name).attname
    found: dict[int, list[int]] = defaultdict(list)
    for page_id, theme_id in through.objects.filter(**{f"{owner}__in": ids}).values_list(owner, "theme_id"):
        found[page_id].append(theme_id)
    return found


def _copy_vectors(ids: list[int]) -> None:
    """The title and body vectors Wagtail's index just wrote, copied beside the facets (PostgreSQL)."""
    if connection.vendor != "postgresql" or not ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {SearchDocument._meta.db_table} AS document "  # noqa: S608 - table names from the models
            "SET title_vector = entry.title, body_vector = entry.body, title_norm = entry.title_norm "
            f"FROM {IndexEntry._meta.db_table} AS entry "
            "WHERE entry.content_type_id = document.content_type_id "
            "AND entry.object_id = document.page_id::text AND document.page_id = ANY(%s)",
            [ids],
        )


def store(model, objects) -> None:
    """Documents of pages Wagtail has just indexed (other models are ignored)."""
    kind = KINDS_BY_MODEL.get(model)
    pages = [page for page in objects if isinstance(page, Page)]
    if kind is None or not pages:
        return
    content_type = ContentType.objects.get_for_model(model)
    themes = _theme_ids(model, [page.pk for page in pages])
    documents = [
        SearchDocument(
            page_id=page.pk, content_type=content_type, locale_id=page.locale_id, live=page.live,
            published_at=page.first_published_at, year=kind.year_of(page), partner_id=kind.partner_of(page),
            themes=themes.get(page.pk, []),
        )
        for page in pages
    ]
    with transaction.atomic():
        SearchDocument.objects.bulk_create(documents, update_conflicts=True, unique_fields=["page"],
                                           update_fields=FACT_FIELDS)
        _copy_vectors([page.pk for page in pages])


def sync_title_norms() -> None:
    """After Wagtail recomputes every title norm (end of ``update_index``)."""
    if connection.vendor == "postgresql":
        _copy_vectors(list(SearchDocument.objects.values_list("page_id", flat=True)))


def follow_page_save(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or instance.pk is None:
        return
    SearchDocument.objects.filter(page_id=instance.pk).exclude(
        live=instance.live, published_at=instance.first_published_at
    ).update(live=instance.live, published_at=instance.first_published_at)


def ensure_documents(**kwargs) -> None:
    """Documents for the searchable pages that have none yet, e.g. right after this table appeared."""
    from wagtail.search.backends import get_search_backend

    if SearchDocument._meta.db_table not in connection.introspection.table_names():
        return  # migrated back before the table, or not there yet
    backend = get_search_backend()
    for kind in KINDS:
        missing = list(kind.model.objects.exclude(pk__in=SearchDocument.objects.values("page_id"))
                       .order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(missing), BATCH):
            backend.add_bulk(kind.model, list(kind.model.objects.filter(pk__in=missing[start:start + BATCH])))
