"""A section heading (“rubrique”): starts a section of the issue and an entry of its table of contents."""

from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class SectionHeadingValue(blocks.StructValue):
    @cached_property
    def html_id(self) -> str:
        """The anchor written by the editor, else one made from the title."""
        return slugify(self.get("anchor") or self.get("title") or "") or "rubrique"


class SectionHeadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("E.g. “Les recommandations du mois”. It also appears in the table of contents."),
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=80,
        help_text=_("End of the address to link to this section. Empty: made from the title."),
    )

    class Meta:
        value_class = SectionHeadingValue
        template = "lettre/blocks/section_heading.html"
        icon = "title"
        label = _("Section heading")
        description = _("Starts a section of the issue (“rubrique”) and adds it to the table of contents.")
        preview_value = {"title": "Les recommandations du mois"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # An issue page hands its headings their anchors, made distinct across the issue
        # (LettrePage.sections), keyed by block id; elsewhere (admin preview) the heading's own.
        context["html_id"] = context.get("section_ids", {}).get(context.get("id")) or value.html_id
        return context
