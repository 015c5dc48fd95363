"""The archive of issues and one issue of the newsletter."""

import re
from urllib.parse import quote, urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import CreditLineBlock, LettreBodyBlock
from .email.preview import EmailPreviewMixin

ISSUES_PER_PAGE = 12


class LettreIndexPage(Page):
    """The archive: every issue, newest first, grouped by year."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["lettre.LettrePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter archive")
        verbose_name_plural = _("newsletter archives")

    def issues(self):
        return (
            LettrePage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero")
            .order_by("-issue_date", "-number")
        )

    def paginate(self, request):
        """The page of issues asked for; a bad page number gives the first or the last page."""
        from core.pagination import paginate

        return paginate(self.issues(), request.GET.get("page"), ISSUES_PER_PAGE)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pagination = self.paginate(request)
        years: dict[int, list] = {}
        for issue in pagination.object_list:
            years.setdefault(issue.issue_date.year, []).append(issue)
        context["pagination"] = pagination
        context["issues_by_year"] = sorted(years.items(), reverse=True)
        return context


class LettrePage(EmailPreviewMixin, Page):
    """One issue of the newsletter, read on the web and sent by e-mail."""

    number = models.PositiveIntegerField(
        _("number"), help_text=_("Number of the issue, e.g. 4 for “#4”. Each number is used once.")
    )
    issue_date = models.DateField(_("date of the issue"))
    intro = RichTextField(
        _("standfirst"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("The chapô: a few sentences introducing the issue. Also the e-mail preheader."),
    )
    hero = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(LettreBodyBlock(), verbose_name=_("content"), blank=True)
    credits = StreamField(
        [("credit", CreditLineBlock())],
        verbose_name=_("credits"),
        blank=True,
        help_text=_("Empty: the default credits of the site settings are used."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("issue_date")], heading=_("Issue")),
        FieldPanel("intro"),
        FieldPanel("hero"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("credits")], heading=_("Credits"), classname="collapsed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("issue_date"),
        index.FilterField("number"),
    ]

    parent_page_types = ["lettre.LettreIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def __str__(self):
        return f"#{self.number} – {self.title}" if self.number else self.title

    @property
    def number_label(self) -> str:
        return f"#{self.number}"

    @property
    def intro_text(self) -> str:
        """The standfirst as plain text, paragraphs separated by a space (cards, feeds)."""
        return " ".join(strip_tags(re.sub(r"</(p|li|h\d)>", r"</\1> ", self.intro or "")).split())

    @property
    def date_display(self) -> str:
        return date_format(self.issue_date, "j F Y") if self.issue_date else ""

    def clean(self):
        super().clean()
        if self.number is None:
            return
        clash = LettrePage.objects.filter(number=self.number)
        if self.locale_id:
            clash = clash.filter(locale_id=self.locale_id)
        if self.translation_key:
            clash = clash.exclude(translation_key=self.translation_key)
        if self.pk:
            clash = clash.exclude(pk=self.pk)
        existing = clash.first()
        if existing is not None:
            raise ValidationError(
                {
                    "number": _("Number %(number)s is already used by the issue “%(title)s”.")
                    % {"number": self.number, "title": existing.title}
                }
            )

    @cached_property
    def rubriques(self) -> list:
        """Section headings, in order: the table of contents. Two rubrics with the same title
        get distinct anchors (“agenda”, “agenda-2”) so that every link leads to its own section."""
        rubriques = [block.value for block in self.body if block.block_type == "rubrique"]
        seen: dict[str, int] = {}
        for rubrique in rubriques:
            anchor = rubrique.anchor
            seen[anchor] = seen.get(anchor, 0) + 1
            if seen[anchor] > 1:
                rubrique.__dict__["anchor"] = f"{anchor}-{seen[anchor]}"
        return rubriques

    @property
    def toc(self) -> list[dict]:
        """The table of contents as the DSFR summary expects it: links to the rubric anchors."""
        return [{"link": f"#{rubrique.anchor}", "label": rubrique["title"]} for rubrique in self.rubriques]

    def share_links(self, request=None) -> dict:
        """“Transférez, partagez !”: an e-mail to forward and a LinkedIn share, no third-party script."""
        url = self.get_full_url(request=request) or ""
        subject = f"{self.number_label} – {self.title}"
        return {
            # quote, not quote_plus: mail clients show a “+” literally.
            "email": "mailto:?" + urlencode({"subject": subject, "body": url}, quote_via=quote),
            "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        }

    def get_context(self, request, *args, **kwargs):
        from .blocks.prefetch import prefetch_issue

        context = super().get_context(request, *args, **kwargs)
        prefetch_issue(self)
        self.rubriques  # noqa: B018 - settles distinct anchors before the body is rendered
        context["share_links"] = self.share_links(request)
        return context

    def get_credits(self):
        """The issue's own credits, or the site's defaults."""
        if self.credits:
            return [block.value for block in self.credits]
        from home.models import SiteSettings

        site = self.get_site()
        if site is None:
            return []
        return [block.value for block in SiteSettings.for_site(site).default_credits]

    def siblings_in_archive(self):
        return LettrePage.objects.live().public().sibling_of(self, inclusive=False).filter(locale=self.locale)

    @cached_property
    def previous_issue(self):
        return (
            self.siblings_in_archive()
            .filter(models.Q(issue_date__lt=self.issue_date)
                    | models.Q(issue_date=self.issue_date, number__lt=self.number))
            .order_by("-issue_date", "-number")
            .first()
        )

    @cached_property
    def next_issue(self):
        return (
            self.siblings_in_archive()
            .filter(models.Q(issue_date__gt=self.issue_date)
                    | models.Q(issue_date=self.issue_date, number__gt=self.number))
            .order_by("issue_date", "number")
            .first()
        )
