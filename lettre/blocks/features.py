"""Editorial blocks: image of the month, news items, article."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from communes.blocks import communes_block
from core.blocks import (
    RICH_TEXT_FEATURES,
    HeadingLevelsValue,
    LibraryPreviewMixin,
    LinkBlock,
    present_links,
    preview_image,
)


class ImageOfTheMonthBlock(LibraryPreviewMixin, blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=150)
    communes = communes_block()

    class Meta:
        template = "lettre/blocks/image_of_the_month.html"
        icon = "image"
        label = _("Image of the month")
        description = _("“L'image du mois”: a photo, its title and the story behind it.")
        preview_value = {
            "title": "Signature de convention d'adhésion d'Espinasses et La Bâtie-Neuve (05)",
            "text": "<p>Joël Giraud a signé la convention d'adhésion au programme.</p>",
            "credit": "© ANCT",
        }

    def preview_extras(self) -> dict:
        return {"image": preview_image("Signature de la convention d'adhésion en mairie")}


class NewsItemBlock(blocks.StructBlock):
    kicker = blocks.CharBlock(
        label=_("Kicker"), required=False, max_length=120, help_text=_("E.g. “Conseiller numérique”.")
    )
    image = ImageBlock(label=_("Image"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=RICH_TEXT_FEATURES + ["h4"])
    link = LinkBlock(label=_("Link"), required=False)
    communes = communes_block()

    class Meta:
        icon = "doc-full"
        label = _("News item")


class NewsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=150,
        help_text=_("Optional, when the section heading is not enough."),
    )
    items = blocks.ListBlock(NewsItemBlock(), label=_("News items"), min_num=1)

    class Meta:
        value_class = HeadingLevelsValue
        template = "lettre/blocks/news.html"
        icon = "list-ul"
        label = _("News")
        description = _("News of the programme: items with image, title, text and link.")
        preview_value = {
            "items": [
                {
                    "title": "Le recrutement des conseillers numériques progresse",
                    "text": "<p>Les communes peuvent recruter un conseiller numérique.</p>",
                    "link": {"label": "En savoir plus", "url": "https://example.org"},
                }
            ]
        }


class ArticleValue(blocks.StructValue):
    @cached_property
    def shown_links(self) -> list:
        return present_links(self.get("links"))


class ArticleBlock(LibraryPreviewMixin, blocks.StructBlock):
    kicker = blocks.CharBlock(label=_("Kicker"), required=False, max_length=120)
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=300,
        help_text=_("Empty when the section heading just above says it."),
    )
    image = ImageBlock(label=_("Image"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES + ["h4"])
    links = blocks.ListBlock(
        LinkBlock(),
        label=_("Links and downloads"),
        min_num=0,
        help_text=_("Buttons shown after the text: pages, documents to download or addresses."),
    )
    communes = communes_block()

    class Meta:
        value_class = ArticleValue
        template = "lettre/blocks/article.html"
        icon = "doc-full-inverse"
        label = _("Article")
        description = _(
            "A longer piece: “Regard sur le chef de projet”, “Le pack de bienvenue”, “Voir aussi”."
        )
        preview_value = {
            "kicker": "Regard sur le chef de projet",
            "title": "Chef de projet architecte, le profil gagnant !",
            "text": "<p>Les architectes ont un rôle majeur à jouer dès le diagnostic.</p>",
        }

    def preview_extras(self) -> dict:
        return {"image": preview_image("Une cheffe de projet devant les plans d'un centre-bourg")}
