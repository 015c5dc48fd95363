"""wagtail-localize and the optional text fields of StreamField blocks.

An optional ``CharBlock`` / ``TextBlock`` left out of a block's stored value (the demo loader, the
importer of past issues and the block defaults store nothing there) comes back as ``None``;
wagtail-localize 1.14 then fails to extract the page's strings (``TypeError: `string` must be
either a `StringValue` or a `str`. Got `NoneType```), so the page cannot be translated at all.
``allow_empty_text_blocks`` (installed by ``CoreConfig.ready``) makes such a value give no string
to translate, as an empty one does; the translation keeps the source's empty value.

Same library, same effect: an ``ImageBlock`` inside a ``StructBlock`` inside another (an image of
an item of a news block) reaches the extractor without its stored value and fails
(``'NoneType' object has no attribute 'get'``); the value is rebuilt from the image (its alt text).
"""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.BlockQuoteBlock)


def allow_empty_text_blocks() -> None:
    handle_block = StreamFieldSegmentExtractor.handle_block
    if getattr(handle_block, "allows_empty_text", False):
        return

    def handle_block_or_empty(self, block_type, block_value, raw_value=None):
        if block_value is None and isinstance(block_type, (*TEXT_BLOCKS, ImageBlock)):
            return []
        if raw_value is None and isinstance(block_type, ImageBlock):
            raw_value = block_type.get_prep_value(block_value)
        return handle_block(self, block_type, block_value, raw_value=raw_value)

    handle_block_or_empty.allows_empty_text = True
    StreamFieldSegmentExtractor.handle_block = handle_block_or_empty
