"""What the e-mail layout shows around the blocks: header, share links, footer."""

import re
from dataclasses import dataclass
from html import unescape
from urllib.parse import quote, urlencode

from django.conf import settings
from django.template import TemplateDoesNotExist
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.models import SiteSettings
from lettre.blocks.prefetch import prefetch_issue

from . import engine
from .placeholders import TOKENS

PREHEADER_LENGTH = 200


@dataclass(frozen=True)
class EmailLink:
    text: str
    href: str


BLOCK_ENDS = re.compile(r"</(?:p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html: str) -> str:
    """Rich text as one line of plain text (the hidden preheader); paragraphs keep a space between them."""
    return " ".join(unescape(strip_tags(BLOCK_ENDS.sub(" ", html))).split())


def issue_site(page):
    """The site the issue belongs to (the default site for a page not yet in the tree)."""
    return (page.get_site() if page.path else None) or Site.objects.filter(is_default_site=True).first()


def site_settings_for(site):
    return SiteSettings.for_site(site) if site else SiteSettings()


def share_links(web_url: str, title: str) -> list[EmailLink]:
    mail = urlencode({"subject": title, "body": f"{title}\n{web_url}"}, quote_via=quote)
    linkedin = urlencode({"url": web_url})
    return [
        EmailLink(_("Forward by e-mail"), f"mailto:?{mail}"),
        EmailLink("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?{linkedin}"),
        EmailLink(_("Read it on the website"), web_url),
    ]


def render_block(block, issue, lead: str = "") -> str:
    # The block's own context (what its get_context computes for the web page), then the e-mail's.
    parent = {"id": block.id, "section_titles": issue.section_titles}
    context = block.block.get_context(block.value, parent_context=parent)
    context.update({"value": block.value, "block": block, "block_id": block.id, "issue": issue, "lead": lead})
    try:
        template = engine.get_template(f"blocks/{block.block_type}.mjml")
    except TemplateDoesNotExist:
        # A block added to the catalogue before its e-mail template: its web HTML, as text.
        template = engine.get_template("blocks/_fallback.mjml")
    return template.render(context)


def render_body(page) -> list[str]:
    """The MJML of each block. A section heading (rubrique) is not rendered as a section of its
    own but handed to the next block as `lead`, to open its first column: one mj-section less
    per rubric keeps the e-mail under Gmail's 102 KB."""
    prefetch_issue(page)
    rendered, lead = [], SafeString()
    for block in page.body:
        if block.block_type == "rubrique":
            lead += render_block(block, page)
            continue
        rendered.append(render_block(block, page, lead))
        lead = SafeString()
    if lead:
        rendered.append(engine.render("includes/lead_section.mjml", {"lead": lead}))
    return rendered


def subscribe_url(root_url: str) -> str:
    """The subscription form (served by the subscribers' app), or "" while there is none."""
    try:
        return root_url + reverse("subscribe")
    except NoReverseMatch:
        return ""


def email_context(page) -> dict:
    site = issue_site(page)
    root_url = (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    web_url = (page.full_url if page.path else None) or f"{root_url}/"
    site_settings = site_settings_for(site)
    return {
        "issue": page,
        "language_code": translation.get_language(),
        "subject": page.title,
        "preheader": Truncator(plain_text(page.intro or "")).chars(PREHEADER_LENGTH),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "web_url": web_url,
        "root_url": root_url,
        "blocks": render_body(page),
        "site_settings": site_settings,
        "site_texts": page.site_texts(),
        "credits": page.get_credits(),
        "share_links": share_links(web_url, page.title),
        "placeholders": TOKENS,
        "subscribe_url": subscribe_url(root_url),
    }
