"""Everything an issue shows, loaded in a fixed number of queries whatever its number of blocks,
items and images: the web page and the e-mail both call `prefetch_issue`.

Wagtail converts a StreamField lazily, one query per chooser field and block type (an image of an
article, an image of a news item, a page of a link… each its own query), and rich text expands its
page links text by text. Here the raw JSON of the body is read once: every chosen object is
collected, each model is loaded in one query (pages: one query per page type, with the pages they
point to; images with all their renditions, the hero among them; communes with their membership),
the body is rebuilt from those objects, and the page links of every rich text are expanded together.
"""

from collections import defaultdict
from copy import copy

from django.template.loader import render_to_string
from wagtail import blocks
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page
from wagtail.rich_text import RichText, expand_db_html, extract_references_from_rich_text

from core.rich_text import as_id, preloaded_pages

from .items import ChosenPageBlock, load_specific_pages

RICH_TEXT_SEPARATOR = "<!--pvd-rich-text-->"
RICH_TEXT_LINK = blocks.PageChooserBlock()  # where rich text links to pages count among the pages


class ExpandedRichText(RichText):
    """A rich text whose links were expanded with others (its source stays the stored one)."""

    def __init__(self, source, html):
        super().__init__(source)
        self.html = html

    def __html__(self):
        return render_to_string("wagtailcore/shared/richtext.html", {"html": self.html})


def list_items(raw) -> list[tuple]:
    """(value, id) of each item of a ListBlock's raw value (the block format or a plain list)."""
    items = []
    for item in raw or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            items.append((item["value"], item.get("id")))
        else:
            items.append((item, None))
    return items


def chosen_ids(block, raw):
    """(chooser block, id) of every object chosen in the raw value of `block`, depth first."""
    if raw is None:
        return
    if isinstance(block, ImageBlock) and not isinstance(raw, dict):
        yield block.child_blocks["image"], raw
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from chosen_ids(child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for value, _id in list_items(raw):
            yield from chosen_ids(block.child_block, value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(raw, dict) and name in raw:
                yield from chosen_ids(child, raw[name])
    elif isinstance(block, blocks.ChooserBlock):
        yield block, raw
    elif isinstance(block, blocks.RichTextBlock) and isinstance(raw, str):
        for model, pk, _path, _content_path in extract_references_from_rich_text(raw):
            if issubclass(model, Page):
                yield RICH_TEXT_LINK, as_id(pk)


class Loaded:
    """The objects chosen in a stream, by pool (pages of every type together) and id."""

    def __init__(self, pools: dict):
        self.pools = pools
        self.seen: set = set()
        self.rich_texts: list[RichText] = []

    @staticmethod
    def pool(block) -> object:
        if isinstance(block, ChosenPageBlock):
            return "chosen page"
        if isinstance(block, blocks.PageChooserBlock):
            return "page"
        return block.model_class

    def get(self, block, pk):
        obj = self.pools.get(self.pool(block), {}).get(pk)
        if obj is None:
            return None
        key = (self.pool(block), pk)
        if key in self.seen:  # each place gets its own instance, as Wagtail does
            return copy(obj)
        self.seen.add(key)
        return obj


def load_pools(ids_by_pool: dict, extra_images=()) -> dict:
    """Each model's chosen objects in one query. Pages: the generic pages of links and of rich text
    and the types of the chosen pages in one query, then the chosen pages by type."""
    pools = {}
    image_model = get_image_model()
    page_ids = ids_by_pool.get("page", set()) | ids_by_pool.get("chosen page", set())
    if page_ids:
        pages = Page.objects.filter(pk__in=page_ids).select_related("locale").in_bulk()
        pools["page"] = pages
        chosen = ids_by_pool.get("chosen page", set())
        pools["chosen page"] = load_specific_pages(
            chosen, {pk: page.content_type_id for pk, page in pages.items() if pk in chosen}
        )
    for pool, ids in ids_by_pool.items():
        if pool in ("page", "chosen page") or pool is image_model:
            continue
        if hasattr(pool, "membership"):  # a commune: whether it has a page in the directory
            pools[pool] = pool.objects.select_related("membership").in_bulk(ids)
        else:
            pools[pool] = pool.objects.in_bulk(ids)
    image_ids = {*ids_by_pool.get(image_model, ()), *extra_images}
    if image_ids:
        pools[image_model] = image_model.objects.prefetch_related("renditions").in_bulk(image_ids)
    return pools


def convert(block, raw, loaded: Loaded):
    """The value of `block` from its raw JSON, its chosen objects taken from `loaded`."""
    if isinstance(block, ImageBlock):
        if raw is None or not isinstance(raw, dict):
            image = loaded.get(block.child_blocks["image"], raw)
            alt_text = image.default_alt_text if image else ""
            struct = {"image": image, "decorative": False, "alt_text": alt_text}
        else:
            struct = {
                name: convert(child, raw[name], loaded) if name in raw else child.get_default()
                for name, child in block.child_blocks.items()
            }
        image = struct.get("image")
        if image:
            image.decorative = struct.get("decorative")
            image.contextual_alt_text = "" if image.decorative else struct.get("alt_text")
        return image
    if isinstance(block, blocks.StreamBlock):
        return StreamValue(
            block,
            [
                StreamValue.StreamChild(
                    block.child_blocks[item["type"]],
                    convert(block.child_blocks[item["type"]], item.get("value"), loaded),
                    id=item.get("id"),
                )
                for item in raw or []
                if item.get("type") in block.child_blocks
            ],
        )
    if isinstance(block, blocks.ListBlock):
        return ListValue(
            block,
            bound_blocks=[
                ListValue.ListChild(block.child_block, convert(block.child_block, value, loaded), id=item_id)
                for value, item_id in list_items(raw)
            ],
        )
    if isinstance(block, blocks.StructBlock):
        raw = raw if isinstance(raw, dict) else {}
        return block.meta.value_class(
            block,
            [
                (name, convert(child, raw[name], loaded) if name in raw else child.get_default())
                for name, child in block.child_blocks.items()
            ],
        )
    if isinstance(block, blocks.ChooserBlock):
        return loaded.get(block, raw) if raw is not None else None
    value = block.to_python(raw)
    if isinstance(value, RichText) and value.source:
        loaded.rich_texts.append(value)
    return value


def expand_rich_texts(rich_texts: list[RichText], pages: dict) -> dict[int, RichText]:
    """The rich texts with their links expanded in one pass: one query per kind of link, not per text."""
    if not rich_texts:
        return {}
    with preloaded_pages(pages):
        parts = expand_db_html(RICH_TEXT_SEPARATOR.join(text.source for text in rich_texts)).split(
            RICH_TEXT_SEPARATOR
        )
    if len(parts) != len(rich_texts):  # a separator inside a text: leave them to expand alone
        return {}
    pairs = zip(rich_texts, parts, strict=True)
    return {id(text): ExpandedRichText(text.source, html) for text, html in pairs}


def swap_rich_texts(value, expanded: dict):
    """Put the expanded rich texts in place of the ones they were made from."""
    if isinstance(value, StreamValue):
        for child in value:
            child.value = swap_rich_texts(child.value, expanded)
    elif isinstance(value, ListValue):
        for child in value.bound_blocks:
            child.value = swap_rich_texts(child.value, expanded)
    elif isinstance(value, StructValue):
        for name, child in value.items():
            value[name] = swap_rich_texts(child, expanded)
    return expanded.get(id(value), value)


def load_stream(stream_block, raw, extra_images=()) -> tuple[StreamValue, dict]:
    """A StreamValue of `stream_block` built from raw JSON in a fixed number of queries, and the pools."""
    ids_by_pool = defaultdict(set)
    for chooser, pk in chosen_ids(stream_block, raw):
        if pk is not None:
            ids_by_pool[Loaded.pool(chooser)].add(pk)
    loaded = Loaded(load_pools(ids_by_pool, extra_images))
    value = convert(stream_block, raw, loaded)
    swap_rich_texts(value, expand_rich_texts(loaded.rich_texts, loaded.pools.get("page", {})))
    return value, loaded.pools


def prefetch_issue(issue) -> None:
    """Load the issue's body, chosen pages, images with their renditions (the hero among them) and
    rich-text links at once. Idempotent: a second call does nothing."""
    if getattr(issue, "_pvd_prefetched", False):
        return
    stream_block = issue.body.stream_block
    raw = list(issue.body.raw_data)
    hero_ids = [issue.hero_id] if issue.hero_id else []
    issue.body, pools = load_stream(stream_block, raw, extra_images=hero_ids)
    hero = pools.get(get_image_model(), {}).get(issue.hero_id)
    if hero is not None:
        issue.hero = copy(hero)  # its own instance: the body's blocks set their alt text on theirs
    issue._pvd_prefetched = True
