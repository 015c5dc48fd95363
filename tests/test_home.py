"""The home page and the site-wide navigation: menu, breadcrumb, skip links, theme, footer."""

import datetime

import pytest
from django.urls import path
from lxml import html as lxml_html
from wagtail import urls as wagtail_urls

from home.models import ContentPage
from lettre.feeds import LettreAtomFeed, LettreRssFeed


def parse(response):
    assert response.status_code == 200
    return lxml_html.fromstring(response.content.decode())


def texts(tree, xpath):
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]


def urlconf(with_subscribe: bool):
    """The public site, with or without a subscription form."""
    from django.http import HttpResponse
    from django.urls import include

    patterns = [
        path("recherche/", include("search.urls")),  # the header's search form
        path("lettres/rss.xml", LettreRssFeed(), name="lettre_rss"),
        path("lettres/atom.xml", LettreAtomFeed(), name="lettre_atom"),
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


def test_home_highlights_the_latest_issue_and_lists_the_previous_ones(client, home_page, issues):
    tree = parse(client.get("/"))
    latest = tree.xpath("//section[contains(@class, 'pvd-latest-issue')]")[0]
    assert texts(latest, ".//*[contains(@class, 'fr-card__title')]") == ["#4 – La lettre de mai"]
    assert latest.xpath(f".//a[@href='{issues[1].url}']")
    previous = tree.xpath("//section[contains(@class, 'pvd-previous-issues')]")[0]
    assert texts(previous, ".//*[contains(@class, 'fr-card__title')]") == ["#1 – Le lancement du programme"]
    assert "Brouillon de juin" not in tree.text_content()


def test_home_links_to_the_archive(client, home_page, lettre_index, issues):
    tree = parse(client.get("/"))
    assert tree.xpath(f"//main//a[@href='{lettre_index.url}']")


def test_subscribe_button_only_when_the_subscription_form_exists(client, home_page, settings):
    settings.ROOT_URLCONF = urlconf(with_subscribe=False)
    tree = parse(client.get("/"))
    cta = tree.xpath("//section[contains(@class, 'pvd-subscribe')]")[0]
    assert not cta.xpath(".//a")

    settings.ROOT_URLCONF = urlconf(with_subscribe=True)
    tree = parse(client.get("/"))
    cta = tree.xpath("//section[contains(@class, 'pvd-subscribe')]")[0]
    assert cta.xpath(".//a[@href='/abonnement/'][contains(@class, 'fr-btn')]")


def test_main_menu_lists_home_children_shown_in_menus(client, home_page, lettre_index):
    home_page.add_child(instance=ContentPage(title="Mentions légales", slug="mentions-legales"))
    tree = parse(client.get(lettre_index.url))
    menu = tree.xpath("//nav[@id='navigation-principale']")[0]
    assert texts(menu, ".//a") == ["Les lettres"]
    assert menu.xpath(".//a[@aria-current='page']")


def test_breadcrumb_on_an_issue_page(client, issue_factory, lettre_index):
    issue = issue_factory(title="La lettre de mai")
    tree = parse(client.get(issue.url))
    crumbs = tree.xpath("//nav[contains(@class, 'fr-breadcrumb')]//li")
    assert [" ".join(li.text_content().split()) for li in crumbs][1:] == ["Les lettres", "La lettre de mai"]
    assert crumbs[-1].xpath(".//a[@aria-current='page']")


def test_skip_links_and_theme_switch(client, home_page):
    tree = parse(client.get("/"))
    skip_targets = [a.get("href") for a in tree.xpath("//div[contains(@class, 'fr-skiplinks')]//a")]
    for target in skip_targets:
        assert tree.xpath(f"//*[@id='{target[1:]}']"), target
    assert tree.xpath("//*[@id='fr-theme-modal']")
    assert tree.xpath("//button[@aria-controls='fr-theme-modal']")
    assert tree.xpath("//input[@name='fr-radios-theme'][@value='dark']")


def test_footer_links_legal_pages(client, home_page):
    home_page.add_child(instance=ContentPage(title="Accessibilité : non conforme", slug="accessibilite"))
    tree = parse(client.get("/"))
    footer = tree.xpath("//footer[@id='pied-de-page']")[0]
    assert "Accessibilité : non conforme" in texts(footer, ".//a")


def test_one_h1_per_page_on_home(client, home_page, issues):
    tree = parse(client.get("/"))
    assert len(tree.xpath("//h1")) == 1
