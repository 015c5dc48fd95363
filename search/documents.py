"""Writing ``SearchDocument`` rows: the one place that turns pages into what the search reads.

- ``write(page_ids)``: the documents of these pages, in bulk, one statement per batch (text,
  facets, visibility, and on PostgreSQL the vectors, computed by the database from the text).
  Called by the ``index_pages`` task and by ``rebuild`` (``manage.py update_index``).
- ``hide_unpublished`` / ``refresh_public_flags``: the two flags that must change at once, while
  the task may still wait in a queue, so that nothing unpublished or private is ever shown.

The text is what each page model declares in its ``search_fields`` (Wagtail's public ``index``
API), the title apart: the same fields Wagtail's own index searches in the admin and on SQLite.
"""

from collections.abc import Iterable
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import Q, TextField, Value
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .kinds import KINDS, ContentKind
from .languages import DEFAULT_CONFIG, configs_by_locale_id
from .models import SearchDocument, theme_marker, theme_markers

BATCH = 500
SEARCH_CONFIG = DEFAULT_CONFIG  # French stemming, accents ignored; each language's: search.languages
PREFIX_CONFIG = "simple_unaccent"  # whole words, accents ignored: the suggestions' prefixes
UPDATED_FIELDS = ["content_type", "locale", "live", "public", "published_at", "year", "partner", "themes",
                  "title", "body", "vector", "title_prefixes"]


def flatten(value) -> list[str]:
    """The text of a searched value as Wagtail gives it: a string (rich text already without its
    tags), or a list of them (StreamField)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [text for item in value for text in flatten(item)]
    return [str(value)]


def field_text(obj, fields) -> list[str]:
    """The text of ``fields`` (``index.SearchField`` and ``index.RelatedFields``) of ``obj``."""
    texts: list[str] = []
    for field in fields:
        if isinstance(field, index.SearchField):
            texts += flatten(field.get_value(obj))
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            objects = related.all() if hasattr(related, "all") else [related] if related else []
            for item in objects:
                texts += field_text(item, field.fields)
    return texts


def body_text(page: Page) -> str:
    fields = [field for field in type(page).get_search_fields() if field.field_name != "title"]
    return " ".join(" ".join(text.split()) for text in field_text(page, fields) if text.strip())


def indexed_queryset(kind: ContentKind):
    """The pages of one kind with what their text needs, in a few queries per batch."""
    queryset = kind.model.objects.all()
    for field in kind.model.get_search_fields():
        if isinstance(field, index.RelatedFields):
            queryset = field.select_on_queryset(queryset)
    return queryset.prefetch_related("themes") if kind.has_themes else queryset


def restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def under_any(paths: list[str]) -> Q:
    """Pages inside one of these sections (the section itself included)."""
    return reduce(or_, (Q(page__path__startswith=path) for path in paths), Q(pk__in=[]))


def vectors(title: str, body: str, config: str = SEARCH_CONFIG) -> dict:
    """The text search vectors, computed by PostgreSQL as the row is written (SQLite has none), with
    the configuration of the page's language."""
    if connection.vendor != "postgresql":
        return {}
    title, body = Value(title, output_field=TextField()), Value(body, output_field=TextField())
    return {
        "vector": SearchVector(title, weight="A", config=config)
        + SearchVector(body, weight="B", config=config),
        "title_prefixes": SearchVector(title, config=PREFIX_CONFIG),
    }


def document_of(page: Page, kind: ContentKind, content_type: ContentType,
                private: list[str], config: str = SEARCH_CONFIG) -> SearchDocument:
    body = body_text(page)
    return SearchDocument(
        page_id=page.pk, content_type=content_type, locale_id=page.locale_id, live=page.live,
        public=not any(page.path.startswith(path) for path in private),
        published_at=page.first_published_at, year=kind.year_of(page), partner_id=kind.partner_of(page),
        themes=theme_markers([theme.pk for theme in page.themes.all()]) if kind.has_themes else "",
        title=page.title, body=body, **vectors(page.title, body, config),
    )


def write(page_ids: Iterable[int]) -> int:
    """(Re)write the documents of these pages; pages of other types or gone are ignored."""
    page_ids = sorted(set(page_ids))
    private = restricted_paths()
    configs = configs_by_locale_id()
    written = 0
    for kind in KINDS:
        content_type = ContentType.objects.get_for_model(kind.model)
        for start in range(0, len(page_ids), BATCH):
            pages = indexed_queryset(kind).filter(pk__in=page_ids[start:start + BATCH])
            documents = [document_of(page, kind, content_type, private,
                                     configs.get(page.locale_id, SEARCH_CONFIG)) for page in pages]
            if not documents:
                continue
            SearchDocument.objects.bulk_create(documents, update_conflicts=True, unique_fields=["page"],
                                               update_fields=UPDATED_FIELDS)
            written += len(documents)
    return written


def rebuild() -> int:
    """Every document again, from every page of a searched kind (a deleted page's went with it)."""
    return write(pk for kind in KINDS for pk in kind.model.objects.values_list("pk", flat=True))


def hide_unpublished(page_id: int) -> None:
    SearchDocument.objects.filter(page_id=page_id).update(live=False)


def refresh_public_flags(section: Page) -> None:
    """``public`` of every document inside ``section``, after a view restriction or a move."""
    inside = SearchDocument.objects.filter(page__path__startswith=section.path)
    private = under_any(restricted_paths())
    inside.filter(private).update(public=False)
    inside.exclude(private).update(public=True)


def pages_citing(page_id: int) -> list[int]:
    """The documents naming this page as their partner (resources, events): their text holds its title."""
    return list(SearchDocument.objects.filter(partner_id=page_id).exclude(page_id=page_id)
                .values_list("page_id", flat=True))


def pages_citing_inside(section: Page) -> list[int]:
    """The documents naming as their partner a page inside ``section`` (the section itself included)."""
    return list(SearchDocument.objects.filter(partner__path__startswith=section.path)
                .values_list("page_id", flat=True))


def pages_with_theme(theme_id: int) -> list[int]:
    return list(SearchDocument.objects.filter(themes__contains=theme_marker(theme_id))
                .values_list("page_id", flat=True))
