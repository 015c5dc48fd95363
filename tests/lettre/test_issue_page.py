"""The issue page around its blocks (header, table of contents, credits, sharing, neighbours),
and the archive of issues."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.models import SiteSettings, SiteTexts
from lettre.models import LettrePage
from tests.html import page, text, texts


@pytest.fixture
def site_settings(home_page):
    settings = SiteSettings.for_site(home_page.get_site())
    settings.publisher = "Agence nationale de la cohésion des territoires"
    settings.save()
    SiteTexts.objects.create(
        locale=home_page.locale,
        gdpr_notice="<p>Vos données sont traitées par l'ANCT pour l'envoi de la lettre.</p>",
        default_credits=[("credit", {"role": "Directeur de publication", "names": "Yves Le Breton"})],
    )
    return settings


def toc_links(soup) -> list[tuple[str, str]]:
    return [(a["href"], text(a)) for a in soup.select("nav.fr-summary a")]


def section_ids(soup) -> list[str]:
    return [h2["id"] for h2 in soup.select("h2.pvd-rubrique")]


def test_issue_header_shows_number_date_title_standfirst_and_hero(client, issue_factory, image_factory):
    hero = image_factory(title="Une", alt="La place de la mairie de Barentin")
    issue = issue_factory(
        number=4,
        issue_date=datetime.date(2021, 5, 12),
        title="La lettre de mai",
        intro="<p>Chaque mois, retrouvez dans cette lettre des actualités.</p>",
        hero=hero,
    )
    soup = page(client.get(issue.url))
    header = soup.select_one("header.pvd-issue__header")
    assert "Lettre d'information #4" in text(header)
    assert text(header.find("time", datetime="2021-05-12")) == "12 mai 2021"
    assert texts(soup.find_all("h1")) == ["La lettre de mai"]
    assert "Chaque mois, retrouvez dans cette lettre des actualités." in text(header)
    assert header.find("img", alt="La place de la mairie de Barentin")


def test_table_of_contents_links_to_every_section_anchor(client, issue_factory):
    issue = issue_factory(
        body=[
            ("rubrique", {"title": "Actualités et vie du programme", "anchor": ""}),
            ("texte", "<p>Une actualité.</p>"),
            ("rubrique", {"title": "L'image du mois", "anchor": "image"}),
        ]
    )
    soup = page(client.get(issue.url))
    assert toc_links(soup) == [
        ("#actualites-et-vie-du-programme", "Actualités et vie du programme"),
        ("#image", "L'image du mois"),
    ]
    assert section_ids(soup) == ["actualites-et-vie-du-programme", "image"]


def test_issue_without_section_heading_has_no_table_of_contents(client, issue_factory):
    soup = page(client.get(issue_factory(body=[("texte", "<p>Un texte.</p>")]).url))
    assert soup.select("nav.fr-summary") == []
    assert "Un texte." in text(soup.main)


def test_two_sections_with_the_same_title_get_distinct_anchors(client, issue_factory):
    issue = issue_factory(body=[("rubrique", {"title": "Agenda"}), ("rubrique", {"title": "Agenda"})])
    soup = page(client.get(issue.url))
    assert [href for href, _label in toc_links(soup)] == ["#agenda", "#agenda-2"]
    assert section_ids(soup) == ["agenda", "agenda-2"]


def test_an_anchor_written_by_the_editor_is_never_given_to_two_sections(client, issue_factory):
    issue = issue_factory(body=[
        ("rubrique", {"title": "Agenda"}),
        ("rubrique", {"title": "Agenda"}),
        ("rubrique", {"title": "Les rendez-vous", "anchor": "agenda-2"}),
    ])
    soup = page(client.get(issue.url))
    ids = section_ids(soup)
    assert len(set(ids)) == 3
    assert [href for href, _label in toc_links(soup)] == [f"#{html_id}" for html_id in ids]


def test_rendering_an_issue_leaves_its_section_values_as_saved(rf, issue_factory):
    issue = issue_factory(body=[("rubrique", {"title": "Agenda"}), ("rubrique", {"title": "Agenda"})])
    issue.get_context(rf.get(issue.url))
    assert [block.value.html_id for block in issue.body] == ["agenda", "agenda"]
    assert [entry["link"] for entry in issue.toc] == ["#agenda", "#agenda-2"]


def test_default_credits_gdpr_contact_and_copyright_of_the_issue_year(client, issue_factory, site_settings):
    issue = issue_factory(issue_date=datetime.date(2020, 11, 23))
    footer = text(page(client.get(issue.url)).select_one("footer.pvd-issue__footer"))
    assert "Directeur de publication : Yves Le Breton" in footer
    assert "Vos données sont traitées par l'ANCT pour l'envoi de la lettre." in footer
    assert "petitesvillesdedemain@anct.gouv.fr" in footer
    assert "© 2020 Agence nationale de la cohésion des territoires" in footer


def test_issue_credits_replace_the_default_ones(client, issue_factory, site_settings):
    issue = issue_factory(credits=[("credit", {"role": "Rédaction", "names": "Léa Martin"})])
    footer = text(page(client.get(issue.url)).select_one("footer.pvd-issue__footer"))
    assert "Rédaction : Léa Martin" in footer
    assert "Yves Le Breton" not in footer


def test_share_links_by_email_and_linkedin_without_third_party_script(client, issue_factory):
    issue = issue_factory(number=4, title="La lettre de mai")
    soup = page(client.get(issue.url))
    mailto = soup.select_one("a[href^='mailto:?']")["href"]
    assert "subject=%234%20%E2%80%93%20La%20lettre%20de%20mai" in mailto
    assert issue.get_full_url().replace(":", "%3A").replace("/", "%2F") in mailto
    linkedin = soup.select_one("a[href^='https://www.linkedin.com/sharing/share-offsite/']")
    assert linkedin["rel"] == ["noopener"]
    scripts = [script["src"] for script in soup.find_all("script", src=True)]
    assert scripts and all(src.startswith("/static/") for src in scripts)


def test_print_stylesheet_is_linked_for_print(client, issue_factory):
    soup = page(client.get(issue_factory().url))
    assert soup.select("link[rel=stylesheet][media=print][href*='css/print.css']")


def test_an_issue_links_to_the_previous_and_the_next_issue(client, issue_factory):
    first = issue_factory(number=1, issue_date=datetime.date(2020, 11, 23), title="Le lancement")
    second = issue_factory(number=2, issue_date=datetime.date(2020, 12, 15), title="Décembre")
    third = issue_factory(number=3, issue_date=datetime.date(2021, 1, 20), title="Janvier")
    soup = page(client.get(second.url))
    assert text(soup.find("a", rel="prev", href=first.url)).endswith("#1 – Le lancement")
    assert text(soup.find("a", rel="next", href=third.url)).endswith("#3 – Janvier")
    first_soup = page(client.get(first.url))
    assert first_soup.find("a", rel="prev") is None
    assert first_soup.find("a", rel="next", href=second.url)


def test_draft_issue_is_not_a_neighbour(client, issue_factory):
    first = issue_factory(number=1, issue_date=datetime.date(2020, 11, 23))
    issue_factory(number=2, issue_date=datetime.date(2020, 12, 15), publish=False)
    third = issue_factory(number=3, issue_date=datetime.date(2021, 1, 20))
    assert page(client.get(third.url)).find("a", rel="prev")["href"] == first.url


@pytest.fixture
def chosen_events(home_page, event_factory, partner_factory):
    """Five upcoming events, each organised by its own partner."""
    start = timezone.now() + datetime.timedelta(days=5)
    return [
        event_factory(f"Webinaire {n}", start=start, organiser=partner_factory(f"Partenaire {n}"))
        for n in range(5)
    ]


def test_chosen_events_are_loaded_without_one_query_per_item(client, issue_factory, chosen_events):
    def queries_for(count):
        items = [{"page": event} for event in chosen_events[:count]]
        issue = issue_factory(body=[("agenda", {"title": "", "items": items})])
        client.get(issue.url)  # renditions, caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(issue.url).content.decode()
        assert all(f"Partenaire {n}" in html for n in range(count))
        return len(captured)

    assert queries_for(5) == queries_for(1)


def test_chosen_events_come_with_their_organisers_whoever_reads_the_issue(issue_factory, chosen_events):
    """The agenda items of an issue read from the database load their events in a fixed number of
    queries, without a page's get_context preparing them (the e-mail, the search, a script...)."""

    def queries_to_read(count):
        items = [{"page": event} for event in chosen_events[:count]]
        issue = issue_factory(body=[("agenda", {"title": "", "items": items})])
        with CaptureQueriesContext(connection) as captured:
            items = LettrePage.objects.get(pk=issue.pk).body[0].value["items"]
            organisers = [item.organisation_name for item in items]
        assert organisers == [f"Partenaire {n}" for n in range(count)]
        return len(captured)

    assert queries_to_read(5) == queries_to_read(1)


@pytest.fixture
def archive(issue_factory, monkeypatch):
    """Five issues over two years, two per archive page."""
    monkeypatch.setattr("lettre.models.ISSUES_PER_PAGE", 2)
    dates = [(1, 2020, 11), (2, 2020, 12), (3, 2021, 1), (4, 2021, 5), (5, 2021, 6)]
    return [
        issue_factory(number=n, issue_date=datetime.date(y, m, 10), title=f"Lettre {n}") for n, y, m in dates
    ]


def archive_page(client, lettre_index, query=""):
    return page(client.get(lettre_index.url + query))


def card_titles(soup):
    return texts(soup.select("main .fr-card__title"))


def test_archive_lists_newest_first_grouped_by_year(client, lettre_index, archive):
    soup = archive_page(client, lettre_index)
    assert card_titles(soup) == ["#5 – Lettre 5", "#4 – Lettre 4"]
    assert texts(soup.select("main h2")) == ["2021"]
    soup = archive_page(client, lettre_index, "?page=2")
    assert card_titles(soup) == ["#3 – Lettre 3", "#2 – Lettre 2"]
    assert texts(soup.select("main h2")) == ["2021", "2020"]
    section_2020 = next(section for section in soup.select("main section") if text(section.h2) == "2020")
    assert texts(section_2020.select(".fr-card__title")) == ["#2 – Lettre 2"]


def test_archive_pages_through_the_issues_with_the_dsfr_pagination(client, lettre_index, archive):
    pagination = archive_page(client, lettre_index, "?page=2").select_one("nav.fr-pagination")
    assert text(pagination.select_one("a[aria-current=page]")) == "2"
    assert pagination.select_one("a.fr-pagination__link--last")["href"] == "?page=3"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?page=abc", "#5 – Lettre 5"),
        ("?page=-1", "#5 – Lettre 5"),
        ("?page=999", "#1 – Lettre 1"),
        ("?page=", "#5 – Lettre 5"),
    ],
)
def test_archive_bad_page_numbers_fall_back_to_first_or_last_page(
    client, lettre_index, archive, query, expected
):
    assert card_titles(archive_page(client, lettre_index, query))[0] == expected


def test_archive_hides_drafts(client, lettre_index, issue_factory):
    issue_factory(number=7, title="Publiée")
    issue_factory(number=8, title="Brouillon", publish=False)
    assert card_titles(archive_page(client, lettre_index)) == ["#7 – Publiée"]
