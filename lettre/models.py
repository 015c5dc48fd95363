"""The archive of issues and one issue of the newsletter."""

import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from core.blocks import CreditLineBlock
from core.cache.memo import kept_html, remembered
from core.dates import day_display
from core.models import RestrictionsInOneQueryMixin, SectionIndexPage, SiteTexts, public_q
from core.pagination import paginate

from .blocks import IssueBodyBlock
from .blocks.prefetch import prefetch_issue
from .email.preview import EmailPreviewMixin
from .forms import IssueAdminForm

ISSUES_PER_PAGE = 12


@dataclass(frozen=True)
class Section:
    """A section heading of an issue, as its table of contents links to it."""

    block_id: str | None
    html_id: str
    title: str


class LettreIndexPage(SectionIndexPage):
    """The archive: every issue, newest first, grouped by year."""

    subpage_types = ["lettre.LettrePage"]

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


class LettrePage(RestrictionsInOneQueryMixin, EmailPreviewMixin, Page):
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
    body = StreamField(IssueBodyBlock(), verbose_name=_("content"), blank=True)
    credits = StreamField(
        [("credit", CreditLineBlock())],
        verbose_name=_("credits"),
        blank=True,
        help_text=_("Empty: the default credits of the site settings are used."),
    )
    contact_label = models.CharField(
        _("contact label"),
        max_length=200,
        blank=True,
        help_text=_("Shown before the contact e-mail address, e.g. “Contactez la direction de programme :”. "
                    "Empty: the one of the site texts."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("issue_date")], heading=_("Issue")),
        FieldPanel("intro"),
        FieldPanel("hero"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("credits"), FieldPanel("contact_label")],
            heading=_("Credits and footer"),
            classname="collapsed",
        ),
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
    base_form_class = IssueAdminForm

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
        return day_display(self.issue_date)

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
    def sections(self) -> list[Section]:
        """The section headings, in order: the table of contents. Two headings with the same anchor
        get distinct ones (“agenda”, “agenda-2”) so that every link leads to its own section."""
        sections, used = [], set()
        heading_block = self.body.stream_block.child_blocks["rubrique"]
        for raw in self.body.raw_data:  # without loading the other blocks' pages and images
            if raw["type"] != "rubrique":
                continue
            heading = heading_block.to_python(raw["value"])
            html_id, n = heading.html_id, 1
            while html_id in used:
                n += 1
                html_id = f"{heading.html_id}-{n}"
            used.add(html_id)
            sections.append(Section(raw["id"], html_id, heading["title"]))
        return sections

    @cached_property
    def section_titles(self) -> dict[str, str]:
        """{block id: the title of the section heading it sits under}: a block need not repeat it.
        Read from the raw blocks, like the sections: a page whose rendered body is kept loads none
        of its blocks' pages and images (core.cache.memo)."""
        titles, current = {}, ""
        for raw in self.body.raw_data:
            if raw["type"] == "rubrique":
                current = raw["value"].get("title", "")
            else:
                titles[raw["id"]] = current
        return titles

    @property
    def toc(self) -> list[dict]:
        """The table of contents as the DSFR summary expects it: links to the section anchors."""
        return [{"link": f"#{section.html_id}", "label": section.title} for section in self.sections]

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
        context = super().get_context(request, *args, **kwargs)
        # The body as rendered and kept (lettre_tags.issue_body); else its pages and images, the hero
        # among them, are loaded now, before the header shows the hero.
        name = self.kept_body_name(request)
        context["kept_body"] = kept_html(name) if name else None
        if context["kept_body"] is None:
            prefetch_issue(self)
        # Each section heading block reads its anchor here (SectionHeadingBlock.get_context).
        context["section_ids"] = {section.block_id: section.html_id for section in self.sections}
        context["section_titles"] = self.section_titles  # InterviewBlock.get_context
        context["share_links"] = self.share_links(request)
        return context

    def kept_body_name(self, request) -> str | None:
        """What the rendered body is kept under: per published revision, language and host; None for
        a preview or a page without a live revision (rendered each time)."""
        previewed = request is None or getattr(request, "is_preview", False)
        if previewed or not (self.live and self.live_revision_id):
            return None
        language, host = translation.get_language(), request.get_host()
        return f"issue-body:{self.pk}:{self.live_revision_id}:{language}:{host}"

    def site_texts(self) -> SiteTexts:
        """The site's words (contact label, default credits, data notice) in the issue's language
        (read once per page object: the footer and the credits both ask)."""
        if getattr(self, "_site_texts", None) is None:
            self._site_texts = SiteTexts.for_locale(self.locale)
        return self._site_texts

    @property
    def footer_contact_label(self) -> str:
        """The issue's own contact label, or the site's in the issue's language."""
        return self.contact_label or self.site_texts().contact_label

    def get_credits(self):
        """The issue's own credits, or the site's defaults in the issue's language."""
        if self.credits:
            return [block.value for block in self.credits]
        return [block.value for block in self.site_texts().default_credits]

    @classmethod
    def choosing(cls, page) -> list["LettrePage"]:
        """The published issues whose blocks choose `page` (a resource, an event), newest first."""
        issue_ids = (
            ReferenceIndex.get_references_to(page)
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .values_list("object_id", flat=True)
        )
        return list(
            cls.objects.live().public().filter(pk__in=[int(pk) for pk in issue_ids]).order_by("-issue_date")
        )

    def siblings_in_archive(self):
        """The other published, public issues of its archive in its language."""
        return (
            LettrePage.objects.live()
            .sibling_of(self, inclusive=False)
            .filter(public_q(), locale_id=self.locale_id)
        )

    def neighbour_query(self, later: bool):
        """The published issue just before (or after) this one in the archive: by date, then number."""
        side = "gt" if later else "lt"
        order = ("issue_date", "number") if later else ("-issue_date", "-number")
        return (
            self.siblings_in_archive()
            .filter(models.Q(**{f"issue_date__{side}": self.issue_date})
                    | models.Q(issue_date=self.issue_date, **{f"number__{side}": self.number}))
            .order_by(*order)
            .values("pk")[:1]
        )

    @cached_property
    def neighbours(self) -> dict:
        """The previous and the next issue, in one query, read again after a change of any page."""
        return remembered(f"issue-neighbours:{self.pk}", self.read_neighbours, pages=True)

    def read_neighbours(self) -> dict:
        before, after = self.neighbour_query(later=False), self.neighbour_query(later=True)
        found = LettrePage.objects.filter(models.Q(pk__in=before) | models.Q(pk__in=after))
        previous = next_ = None
        for issue in found:
            if (issue.issue_date, issue.number) < (self.issue_date, self.number):
                previous = issue
            else:
                next_ = issue
        return {"previous": previous, "next": next_}

    @property
    def previous_issue(self):
        return self.neighbours["previous"]

    @property
    def next_issue(self):
        return self.neighbours["next"]

