"""The home page and the site-wide navigation: menu, breadcrumb, skip links, theme, footer."""

import datetime

import pytest
from django.http import HttpResponse
from django.urls import include, path
from wagtail import urls as wagtail_urls

from home.models import ContentPage
from lettre.feeds import LettreAtomFeed, LettreRssFeed
from tests.html import page, text, texts


def urlconf(with_subscribe: bool):
    """The public site, with or without a subscription form."""
    patterns = [
        path("recherche/", include("search.urls")),  # the header's search form
        path("lettres/rss.xml", LettreRssFeed.as_view(), name="lettre_rss"),
        path("lettres/atom.xml", LettreAtomFeed.as_view(), name="lettre_atom"),
    ]
    if with_subscribe:
        patterns.append(path("abonnement/", lambda request: HttpResponse("ok"), name="subscribe"))
    patterns.append(path("", include(wagtail_urls)))
    return type("PublicUrls", (), {"urlpatterns": patterns})  # hashable, as get_resolver() needs


@pytest.fixture
def issues(issue_factory):
    return [
        issue_factory(number=1, issue_date=datetime.date(2020, 11, 23), title="Le lancement du programme"),
        issue_factory(number=4, issue_date=datetime.date(2021, 5, 12), title="La lettre de mai"),
        issue_factory(
            number=5, issue_date=datetime.date(2021, 6, 10), title="Brouillon de juin", publish=False
        ),
    ]


def test_home_page_has_the_dsfr_header_of_the_state(client, home_page):
    header = page(client.get("/")).select_one("header.fr-header")
    assert list(header.select_one(".fr-logo").stripped_strings) == ["République", "française"]
    assert "Agence nationale de la cohésion des territoires" in text(header)


def test_home_highlights_the_latest_issue_and_lists_the_previous_ones(client, home_page, issues):
    soup = page(client.get("/"))
    latest = soup.select_one("section.pvd-latest-issue")
    assert texts(latest.select(".fr-card__title")) == ["#4 – La lettre de mai"]
    assert latest.find("a", href=issues[1].url)
    previous = soup.select_one("section.pvd-previous-issues")
    assert texts(previous.select(".fr-card__title")) == ["#1 – Le lancement du programme"]
    assert "Brouillon de juin" not in text(soup)


def test_home_links_to_the_archive(client, home_page, lettre_index, issues):
    assert page(client.get("/")).select(f"main a[href='{lettre_index.url}']")


def test_subscribe_form_only_when_the_subscription_page_exists(client, home_page, settings):
    settings.ROOT_URLCONF = urlconf(with_subscribe=False)
    assert page(client.get("/")).select_one("section.pvd-subscribe").find_all("form") == []

    settings.ROOT_URLCONF = urlconf(with_subscribe=True)
    [form] = page(client.get("/")).select_one("section.pvd-subscribe").find_all("form")
    assert form["action"] == "/abonnement/" and form.select_one("button.fr-btn")


def test_main_menu_lists_home_children_shown_in_menus(client, home_page, lettre_index):
    home_page.add_child(instance=ContentPage(title="Mentions légales", slug="mentions-legales"))
    menu = page(client.get(lettre_index.url)).find("nav", id="navigation-principale")
    assert texts(menu.find_all("a")) == ["Les lettres"]
    assert menu.find("a")["aria-current"] == "page"


def test_the_breadcrumb_of_an_issue_leads_to_the_archive_and_marks_the_issue_current(
    client, issue_factory, lettre_index
):
    issue = issue_factory(title="La lettre de mai")
    crumbs = page(client.get(issue.url)).select("nav.fr-breadcrumb li")
    assert texts(crumbs)[1:] == ["Les lettres", "La lettre de mai"]
    assert crumbs[-1].find("a")["aria-current"] == "page"


def test_skip_links_reach_their_targets_and_the_theme_switch_offers_the_dark_theme(client, home_page):
    soup = page(client.get("/"))
    skip_targets = [a["href"] for a in soup.select("div.fr-skiplinks a")]
    assert len(skip_targets) == 3
    for target in skip_targets:
        assert soup.find(id=target[1:]), target
    assert soup.find(id="fr-theme-modal")
    assert soup.find("button", attrs={"aria-controls": "fr-theme-modal"})
    assert soup.find("input", attrs={"name": "fr-radios-theme", "value": "dark"})


def test_the_footer_links_the_legal_pages(client, home_page):
    home_page.add_child(instance=ContentPage(title="Accessibilité : non conforme", slug="accessibilite"))
    footer = page(client.get("/")).find("footer", id="pied-de-page")
    assert "Accessibilité : non conforme" in texts(footer.find_all("a"))


def test_one_h1_per_page_on_home(client, home_page, issues):
    assert len(page(client.get("/")).find_all("h1")) == 1
