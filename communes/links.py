"""What a page type needs to say which communes it concerns (resources, events): a child model to
subclass with a ParentalKey named ``page`` and ``related_name="commune_links"``, its admin panel, and
the list of communes. Wagtail's reference index records each link under the page, which is how a
commune's page finds them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.models import Orderable


class CommuneLink(Orderable):
    commune = models.ForeignKey(
        "communes.Commune", verbose_name=_("commune"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("commune")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("commune concerned")
        verbose_name_plural = _("communes concerned")


def communes_panel() -> MultipleChooserPanel:
    """Several communes chosen at once in the commune chooser (search without accents)."""
    return MultipleChooserPanel(
        "commune_links", chooser_field_name="commune", heading=_("Communes concerned"), label=_("Commune")
    )


class ConcernsCommunesMixin:
    @property
    def communes(self) -> list:
        return [link.commune for link in self.commune_links.select_related("commune")]
