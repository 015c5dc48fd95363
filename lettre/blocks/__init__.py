"""The block catalogue of a newsletter issue (see DESIGN.md)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .agenda import AgendaBlock, RecommandationsBlock
from .base import CreditLineBlock, LinkBlock, PersonBlock
from .content import AppelBlock, DocumentsBlock, RubriqueBlock, SingleImageBlock, TexteBlock
from .features import ActualitesBlock, ArticleBlock, ImageDuMoisBlock
from .interview import InterviewBlock


class LettreBodyBlock(blocks.StreamBlock):
    rubrique = RubriqueBlock()
    interview = InterviewBlock()
    image_du_mois = ImageDuMoisBlock()
    agenda = AgendaBlock()
    recommandations = RecommandationsBlock()
    actualites = ActualitesBlock()
    article = ArticleBlock()
    appel = AppelBlock()
    texte = TexteBlock()
    image = SingleImageBlock()
    documents = DocumentsBlock()

    class Meta:
        label = _("Content of the issue")


__all__ = [
    "ActualitesBlock",
    "AgendaBlock",
    "AppelBlock",
    "ArticleBlock",
    "CreditLineBlock",
    "DocumentsBlock",
    "ImageDuMoisBlock",
    "InterviewBlock",
    "LettreBodyBlock",
    "LinkBlock",
    "PersonBlock",
    "RecommandationsBlock",
    "RubriqueBlock",
    "SingleImageBlock",
    "TexteBlock",
]
