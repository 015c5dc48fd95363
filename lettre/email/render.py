"""An issue as an e-mail: MJML assembled from the block templates, compiled by mrml into
table-based HTML (600px, inline styles), every address absolute, plus its plain text."""

from dataclasses import dataclass, replace

import mrml
from django.conf import settings
from django.utils import translation

from . import engine
from .absolute import make_urls_absolute
from .context import email_context
from .placeholders import RecipientLinks
from .text import html_to_text, mjml_to_html

RENDER_OPTIONS = mrml.RenderOptions(disable_comments=True)


class EmailRenderError(Exception):
    """The MJML of an issue could not be compiled (a template or a rich text is malformed)."""


@dataclass(frozen=True)
class EmailEdition:
    subject: str
    html: str
    text: str
    language: str = ""

    def for_recipient(self, links: RecipientLinks) -> "EmailEdition":
        """The e-mail with the recipient's own unsubscribe / manage links."""
        return replace(self, html=links.fill(self.html, html=True), text=links.fill(self.text, html=False))

    def as_sample(self) -> "EmailEdition":
        """With non-working sample links, marked as such in the e-mail's language."""
        with translation.override(self.language or translation.get_language()):
            return self.for_recipient(RecipientLinks.sample())


def issue_to_mjml(page, context: dict | None = None) -> str:
    return engine.render("layout.mjml", context or email_context(page))


def compile_mjml(mjml: str) -> str:
    try:
        return mrml.to_html(mjml, render_options=RENDER_OPTIONS).content
    except Exception as error:  # mrml raises OSError / ValueError on malformed input
        raise EmailRenderError(str(error)) from error


def issue_language(page) -> str:
    return page.locale.language_code if page.locale_id else settings.LANGUAGE_CODE


def render_issue_email(page) -> EmailEdition:
    """The e-mail of `page` (a LettrePage, saved or a draft from a revision or a preview form),
    in the issue's language whatever the editor's."""
    with translation.override(issue_language(page)):
        return _render_issue_email(page)


def _render_issue_email(page) -> EmailEdition:
    context = email_context(page)
    mjml = issue_to_mjml(page, context)
    html = make_urls_absolute(compile_mjml(mjml), context["root_url"], context["web_url"])
    text_html = make_urls_absolute(mjml_to_html(mjml), context["root_url"], context["web_url"])
    return EmailEdition(
        subject=page.title, html=html, text=html_to_text(text_html), language=context["language_code"]
    )
