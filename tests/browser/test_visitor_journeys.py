"""What a visitor does on the demo site: read the latest issue and register to an event, find a
resource in the library and download it, search the site."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from playwright.sync_api import expect

from agenda.models import EventPage
from lettre.models import LettrePage
from ressources.models import ResourceIndexPage, ResourcePage

from .texts import fr

UPCOMING_SECTION = "evenements-a-venir"  # anchor of “Les événements à venir” in issue #4


def events_announced_in(issue, anchor: str) -> list:
    """The events chosen by the agenda blocks of one section (rubrique) of an issue."""
    events, inside = [], False
    for block in issue.body:
        if block.block_type == "rubrique":
            inside = block.value.html_id == anchor
        elif inside and block.block_type == "agenda":
            events += [item.live_page for item in block.value["items"] if item.live_page]
    return events


@pytest.fixture
def latest_issue(demo_site):
    return LettrePage.objects.live().filter(locale__language_code="fr").order_by("-issue_date").first()


@pytest.fixture
def upcoming_event(latest_issue):
    """The first event announced in “Les événements à venir”, moved a month ahead: the demo's are
    in 2021, and registration is offered only until an event is over."""
    event = events_announced_in(latest_issue, UPCOMING_SECTION)[0]
    start = (timezone.now() + datetime.timedelta(days=30)).replace(hour=13, minute=0, second=0, microsecond=0)
    event.start, event.end = start, start + datetime.timedelta(hours=2)
    event.save_revision().publish()
    return event


def test_visitor_goes_from_the_home_page_to_the_registration_of_an_event_of_the_latest_issue(
    page, context, latest_issue, upcoming_event
):
    context.route(
        upcoming_event.registration_url,
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<html lang='fr'><title>Inscription</title></html>"
        ),
    )
    page.goto("/")
    page.get_by_role("region", name=fr("Latest issue")).get_by_role(
        "link", name=re.compile(re.escape(latest_issue.title))
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(latest_issue.title)

    # The table of contents jumps to the section of upcoming events.
    section = page.locator(f"#{UPCOMING_SECTION}")
    page.locator(".fr-summary").get_by_role("link", name=section.inner_text(), exact=True).click()
    expect(page).to_have_url(re.compile(f"#{UPCOMING_SECTION}$"))
    expect(section).to_be_in_viewport()

    # Out of context, the registration link still says which event it is for.
    with translation.override("fr"):
        registration = upcoming_event.action_links()[0]
    assert upcoming_event.title in registration.accessible_name
    link_in_issue = page.get_by_role("link", name=registration.accessible_name, exact=True)
    expect(link_in_issue).to_have_text(registration.text)
    expect(link_in_issue).to_have_attribute("href", upcoming_event.registration_url)

    page.locator("main").get_by_role("link", name=upcoming_event.title, exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(upcoming_event.title)

    register = page.locator("main").get_by_role("link", name=registration.text, exact=True)
    expect(register).to_have_attribute("target", "_blank")
    with page.expect_popup() as popup:
        register.click()
    expect(popup.value).to_have_url(upcoming_event.registration_url)
    expect(popup.value).to_have_title("Inscription")


def test_visitor_filters_the_library_by_theme_and_type_and_downloads_a_resource(page, demo_site):
    resource = (
        ResourcePage.objects.live()
        .filter(document__isnull=False, themes__isnull=False, locale__language_code="fr")
        .order_by("pk")[0]
    )
    theme = resource.themes.order_by("pk")[0]
    matching = (
        ResourcePage.objects.live()
        .filter(themes=theme, resource_type=resource.resource_type, locale=resource.locale)
        .distinct()
    )

    page.goto(ResourceIndexPage.objects.live().get(locale__language_code="fr").url)
    page.locator("#filtre-theme").select_option(theme.slug)
    page.locator("#filtre-type").select_option(resource.resource_type)
    page.get_by_role("button", name=fr("Apply filters")).click()

    expect(page).to_have_url(re.compile(rf"theme={theme.slug}&type={resource.resource_type}"))
    results = page.locator("#resultats")
    expect(results.get_by_role("status")).to_contain_text(str(matching.count()))
    expect(results.locator(".fr-card")).to_have_count(matching.count())
    results.get_by_role("link", name=resource.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(resource.title)

    download_link = page.locator("main").get_by_role("link", name=re.compile(fr("Download")))
    expect(download_link).to_contain_text(resource.title)  # its accessible name says what is downloaded
    with page.expect_download() as download:
        download_link.click()
    assert download.value.suggested_filename == resource.document.filename
    with resource.document.file.open("rb") as original, open(download.value.path(), "rb") as downloaded:
        assert downloaded.read() == original.read()


def test_visitor_searches_from_the_header_and_opens_a_result(page, demo_site):
    event = EventPage.objects.live().filter(title__icontains="tiers lieu").order_by("pk")[0]
    page.goto("/")
    search = page.locator("#recherche-entete-input")
    search.fill("tiers lieu")
    search.press("Enter")

    expect(page).to_have_url(re.compile(r"/recherche/\?q=tiers\+lieu"))
    result = page.locator("main").get_by_role("link", name=event.title, exact=True)
    result.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
