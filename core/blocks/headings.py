"""Heading levels inside a block, so that an outline never skips a level."""

from wagtail import blocks


class HeadingLevelsValue(blocks.StructValue):
    """Heading levels of a block: its own title is an h3 (under the section's h2), its items
    an h4 — or an h3 when the block has no title, so that no level is skipped."""

    title_field = "title"

    @property
    def item_heading_level(self) -> int:
        return 4 if self.get(self.title_field) else 3
