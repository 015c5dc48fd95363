"""People: a person with portrait and role, a credit line (role and names)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    role = blocks.CharBlock(
        label=_("Role"),
        required=False,
        max_length=300,
        help_text=_("E.g. “Maire de Barentin et président de l'APVF”."),
    )
    portrait = ImageBlock(label=_("Portrait"), required=False)

    class Meta:
        icon = "user"
        label = _("Person")
        template = "core/blocks/person.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["person"] = value
        return context


class CreditLineBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"), max_length=120, help_text=_("E.g. “Directeur de publication”."))
    names = blocks.CharBlock(label=_("Names"), max_length=400)

    class Meta:
        icon = "user"
        label = _("Credit line")
