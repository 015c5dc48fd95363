"""The block catalogue of a newsletter issue (see DESIGN.md). The generic blocks (text, image,
documents, call to action, link, person) are core's; the type keys stored in the StreamField
JSON (“rubrique”, “image_du_mois”, “actualites”...) stay as the first issues were saved."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import CallToActionBlock, DocumentsBlock, SingleImageBlock, TextBlock

from .features import ArticleBlock, ImageOfTheMonthBlock, NewsBlock
from .interview import InterviewBlock
from .items import AgendaBlock, RecommendationsBlock
from .sections import SectionHeadingBlock


class IssueBodyBlock(blocks.StreamBlock):
    rubrique = SectionHeadingBlock()
    interview = InterviewBlock()
    image_du_mois = ImageOfTheMonthBlock()
    agenda = AgendaBlock()
    recommandations = RecommendationsBlock()
    actualites = NewsBlock()
    article = ArticleBlock()
    appel = CallToActionBlock()
    texte = TextBlock()
    image = SingleImageBlock()
    documents = DocumentsBlock()

    class Meta:
        label = _("Content of the issue")


__all__ = [
    "AgendaBlock",
    "ArticleBlock",
    "ImageOfTheMonthBlock",
    "InterviewBlock",
    "IssueBodyBlock",
    "NewsBlock",
    "RecommendationsBlock",
    "SectionHeadingBlock",
]
