"""Builds the whole demo site from the two seed issues; running it again changes nothing."""

import io
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler

from communes.demo import load_demo_communes
from lettre.models import LettrePage

from . import issue_01, issue_04
from .english import load_english
from .events import event_index, load_events
from .pages import stream, upsert_page
from .partners import load_partners, partner_index
from .resources import load_resources, resource_index
from .site import (
    AdminAccount,
    admin_account,
    credit_blocks,
    default_site,
    editor_guide,
    home_page,
    legal_pages,
    lettre_index,
    site_settings,
)
from .themes import load_themes

ISSUES = (issue_01, issue_04)


@dataclass
class Demo:
    """What the loader built, for the issues to choose from and for the command's report."""

    home: object = None
    themes: dict = field(default_factory=dict)
    partners: dict = field(default_factory=dict)
    resources: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)
    issues: list = field(default_factory=list)
    translations: list = field(default_factory=list)
    admin: AdminAccount | None = None


def load_issue(index, module, demo: Demo) -> LettrePage:
    key = f"lettre:{module.NUMBER}"
    return upsert_page(
        index, LettrePage, module.SLUG,
        title=module.TITLE,
        number=module.NUMBER,
        issue_date=module.ISSUE_DATE,
        intro=module.INTRO,
        hero=module.hero(),
        body=stream(LettrePage, "body", module.body(demo), f"{key}:body"),
        credits=stream(LettrePage, "credits", credit_blocks(module.CREDITS), f"{key}:credits"),
        contact_label=getattr(module, "CONTACT_LABEL", ""),
    )


@contextmanager
def search_index_paused():
    """No index update on each save while loading: ``update_index`` indexes everything once at the end."""
    models = [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


def load_demo_content(update_index: bool = True) -> Demo:
    demo = Demo()
    with search_index_paused(), transaction.atomic():
        demo.home = home = home_page()
        site = default_site(home)
        site_settings(site)
        # The sections of the menu, in this order.
        index = lettre_index(home)
        resources, partners, events = resource_index(home), partner_index(home), event_index(home)
        demo.themes = load_themes()
        demo.partners = load_partners(partners)
        demo.resources = load_resources(resources, demo.themes, demo.partners)
        demo.events = load_events(events, demo.themes, demo.partners, demo.resources)
        load_demo_communes(home)  # before the issues, whose blocks mention communes
        demo.issues = [load_issue(index, module, demo) for module in ISSUES]
        legal_pages(home)
        editor_guide(home)
        demo.admin = admin_account()
        demo.translations = load_english(home)
    if update_index:
        call_command("update_index", verbosity=0, stdout=io.StringIO())
    return demo
