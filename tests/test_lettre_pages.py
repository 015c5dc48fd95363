"""The issue page around its blocks, and the archive of issues."""

import datetime

import pytest
from lxml import html as lxml_html

from core.models import SiteSettings


def parse(response):
    assert response.status_code == 200
    return lxml_html.fromstring(response.content.decode())


def text_of(tree, xpath):
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]


@pytest.fixture
def site_settings(home_page):
    from wagtail.models import Site

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher = "Agence nationale de la cohésion des territoires"
    settings.gdpr_notice = "<p>Vos données sont traitées par l'ANCT pour l'envoi de la lettre.</p>"
    settings.default_credits = [("credit", {"role": "Directeur de publication", "names": "Yves Le Breton"})]
    settings.save()
    return settings


def test_issue_header_shows_number_date_title_standfirst_and_hero(client, issue_factory, image_factory):
    hero = image_factory(title="Une", alt="La place de la mairie de Barentin")
    issue = issue_factory(
        number=4,
        issue_date=datetime.date(2021, 5, 12),
        title="La lettre de mai",
        intro="<p>Chaque mois, retrouvez dans cette lettre des actualités.</p>",
        hero=hero,
    )
    tree = parse(client.get(issue.url))
    header = tree.xpath("//header[contains(@class, 'pvd-issue__header')]")[0]
    header_text = " ".join(header.text_content().split())
    assert "#4" in header_text
    assert "12 mai 2021" in header_text or "12 May 2021" in header_text
    assert text_of(tree, "//h1") == ["La lettre de mai"]
    assert "Chaque mois, retrouvez dans cette lettre des actualités." in header_text
    assert header.xpath(".//img[@alt='La place de la mairie de Barentin']")
    assert header.xpath(".//time[@datetime='2021-05-12']")


def test_table_of_contents_links_to_every_rubric_anchor(client, issue_factory):
    issue = issue_factory(
        body=[
            ("rubrique", {"title": "Actualités et vie du programme", "anchor": ""}),
            ("texte", "<p>Une actualité.</p>"),
            ("rubrique", {"title": "L'image du mois", "anchor": "image"}),
        ]
    )
    tree = parse(client.get(issue.url))
    toc = [(a.get("href"), a.text_content()) for a in tree.xpath("//nav[contains(@class, 'fr-summary')]//a")]
    assert toc == [
        ("#actualites-et-vie-du-programme", "Actualités et vie du programme"),
        ("#image", "L'image du mois"),
    ]
    for href, _label in toc:
        assert tree.xpath(f"//h2[@id='{href[1:]}']")


def test_issue_without_rubric_has_no_table_of_contents(client, issue_factory):
    tree = parse(client.get(issue_factory(body=[("texte", "<p>Un texte.</p>")]).url))
    assert not tree.xpath("//nav[contains(@class, 'fr-summary')]")


def test_default_credits_gdpr_contact_and_copyright_of_the_issue_year(client, issue_factory, site_settings):
    issue = issue_factory(issue_date=datetime.date(2020, 11, 23))
    tree = parse(client.get(issue.url))
    footer = " ".join(tree.xpath("//footer[contains(@class, 'pvd-issue__footer')]")[0].text_content().split())
    assert "Directeur de publication : Yves Le Breton" in footer
    assert "Vos données sont traitées par l'ANCT pour l'envoi de la lettre." in footer
    assert "petitesvillesdedemain@anct.gouv.fr" in footer
    assert "© 2020 Agence nationale de la cohésion des territoires" in footer


def test_issue_credits_replace_the_default_ones(client, issue_factory, site_settings):
    issue = issue_factory(credits=[("credit", {"role": "Rédaction", "names": "Léa Martin"})])
    tree = parse(client.get(issue.url))
    footer = " ".join(tree.xpath("//footer[contains(@class, 'pvd-issue__footer')]")[0].text_content().split())
    assert "Rédaction : Léa Martin" in footer
    assert "Yves Le Breton" not in footer


def test_share_links_by_email_and_linkedin_without_third_party_script(client, issue_factory):
    issue = issue_factory(number=4, title="La lettre de mai")
    response = client.get(issue.url)
    tree = parse(response)
    full_url = issue.get_full_url()
    mailto = tree.xpath("//a[starts-with(@href, 'mailto:?')]")[0].get("href")
    assert "subject=%234%20%E2%80%93%20La%20lettre%20de%20mai" in mailto
    assert full_url.replace(":", "%3A").replace("/", "%2F") in mailto
    linkedin = tree.xpath("//a[starts-with(@href, 'https://www.linkedin.com/sharing/share-offsite/')]")[0]
    assert linkedin.get("rel") == "noopener"
    scripts = [script.get("src") for script in tree.xpath("//script[@src]")]
    assert scripts and all(src.startswith("/static/") for src in scripts)


def test_print_stylesheet_is_linked_for_print(client, issue_factory):
    tree = parse(client.get(issue_factory().url))
    assert tree.xpath("//link[@rel='stylesheet'][@media='print'][contains(@href, 'css/print.css')]")


def test_previous_and_next_issue_links(client, issue_factory):
    first = issue_factory(number=1, issue_date=datetime.date(2020, 11, 23), title="Le lancement")
    second = issue_factory(number=2, issue_date=datetime.date(2020, 12, 15), title="Décembre")
    third = issue_factory(number=3, issue_date=datetime.date(2021, 1, 20), title="Janvier")
    tree = parse(client.get(second.url))
    assert (
        tree.xpath(f"//a[@rel='prev'][@href='{first.url}']")[0].text_content().endswith("#1 – Le lancement")
    )
    assert tree.xpath(f"//a[@rel='next'][@href='{third.url}']")[0].text_content().endswith("#3 – Janvier")
    first_tree = parse(client.get(first.url))
    assert not first_tree.xpath("//a[@rel='prev']")
    assert first_tree.xpath(f"//a[@rel='next'][@href='{second.url}']")


def test_draft_issue_is_not_a_neighbour(client, issue_factory):
    first = issue_factory(number=1, issue_date=datetime.date(2020, 11, 23))
    issue_factory(number=2, issue_date=datetime.date(2020, 12, 15), publish=False)
    third = issue_factory(number=3, issue_date=datetime.date(2021, 1, 20))
    tree = parse(client.get(third.url))
    assert tree.xpath("//a[@rel='prev']")[0].get("href") == first.url


@pytest.fixture
def archive(issue_factory, monkeypatch):
    """Five issues over two years, two per archive page."""
    monkeypatch.setattr("lettre.models.ISSUES_PER_PAGE", 2)
    dates = [(1, 2020, 11), (2, 2020, 12), (3, 2021, 1), (4, 2021, 5), (5, 2021, 6)]
    return [
        issue_factory(number=n, issue_date=datetime.date(y, m, 10), title=f"Lettre {n}") for n, y, m in dates
    ]


def archive_page(client, lettre_index, query=""):
    return parse(client.get(lettre_index.url + query))


def card_titles(tree):
    return text_of(tree, "//main//*[contains(@class, 'fr-card__title')]")


def test_archive_lists_newest_first_grouped_by_year(client, lettre_index, archive):
    tree = archive_page(client, lettre_index)
    assert card_titles(tree) == ["#5 – Lettre 5", "#4 – Lettre 4"]
    assert text_of(tree, "//main//h2") == ["2021"]
    tree = archive_page(client, lettre_index, "?page=2")
    assert card_titles(tree) == ["#3 – Lettre 3", "#2 – Lettre 2"]
    assert text_of(tree, "//main//h2") == ["2021", "2020"]
    section_2020 = tree.xpath("//section[h2='2020']")[0]
    assert text_of(section_2020, ".//*[contains(@class, 'fr-card__title')]") == ["#2 – Lettre 2"]


def test_archive_has_dsfr_pagination(client, lettre_index, archive):
    tree = archive_page(client, lettre_index, "?page=2")
    pagination = tree.xpath("//nav[contains(@class, 'fr-pagination')]")[0]
    assert pagination.xpath(".//a[@aria-current='page']")[0].text_content().strip() == "2"
    assert pagination.xpath(".//a[contains(@class, 'fr-pagination__link--last')][@href='?page=3']")


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
    tree = archive_page(client, lettre_index, query)
    assert card_titles(tree)[0] == expected


def test_archive_hides_drafts(client, lettre_index, issue_factory):
    issue_factory(number=7, title="Publiée")
    issue_factory(number=8, title="Brouillon", publish=False)
    assert card_titles(archive_page(client, lettre_index)) == ["#7 – Publiée"]


def test_chosen_events_are_loaded_without_one_query_per_item(client, issue_factory, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from agenda.models import EventIndexPage, EventPage
    from ressources.models import PartnerIndexPage, PartnerPage

    agenda = home_page.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
    partners = home_page.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
    start = timezone.now() + datetime.timedelta(days=5)
    events = []
    for n in range(5):
        organiser = partners.add_child(instance=PartnerPage(title=f"Partenaire {n}", slug=f"partenaire-{n}"))
        events.append(
            agenda.add_child(
                instance=EventPage(
                    title=f"Webinaire {n}",
                    slug=f"webinaire-{n}",
                    start=start,
                    end=start + datetime.timedelta(hours=1),
                    organiser=organiser,
                )
            )
        )

    def queries_for(count):
        issue = issue_factory(
            body=[("agenda", {"title": "", "items": [{"page": e} for e in events[:count]]})]
        )
        client.get(issue.url)  # renditions, caches
        with CaptureQueriesContext(connection) as captured:
            html = client.get(issue.url).content.decode()
        assert all(f"Partenaire {n}" in html for n in range(count))
        return len(captured)

    assert queries_for(5) == queries_for(1)


def test_two_rubrics_with_the_same_title_get_distinct_anchors(client, issue_factory):
    issue = issue_factory(body=[("rubrique", {"title": "Agenda"}), ("rubrique", {"title": "Agenda"})])
    tree = parse(client.get(issue.url))
    hrefs = [a.get("href") for a in tree.xpath("//nav[contains(@class, 'fr-summary')]//a")]
    assert hrefs == ["#agenda", "#agenda-2"]
    assert [h.get("id") for h in tree.xpath("//h2[contains(@class, 'pvd-rubrique')]")] == [
        "agenda",
        "agenda-2",
    ]


def test_an_anchor_written_by_the_editor_is_never_given_to_two_sections(client, issue_factory):
    issue = issue_factory(body=[
        ("rubrique", {"title": "Agenda"}),
        ("rubrique", {"title": "Agenda"}),
        ("rubrique", {"title": "Les rendez-vous", "anchor": "agenda-2"}),
    ])
    tree = parse(client.get(issue.url))
    ids = [h.get("id") for h in tree.xpath("//h2[contains(@class, 'pvd-rubrique')]")]
    assert len(set(ids)) == 3
    hrefs = [a.get("href") for a in tree.xpath("//nav[contains(@class, 'fr-summary')]//a")]
    assert hrefs == [f"#{html_id}" for html_id in ids]


def test_rendering_an_issue_leaves_its_section_values_as_saved(rf, issue_factory):
    issue = issue_factory(body=[("rubrique", {"title": "Agenda"}), ("rubrique", {"title": "Agenda"})])
    issue.get_context(rf.get(issue.url))
    assert [block.value.html_id for block in issue.body] == ["agenda", "agenda"]
    assert [entry["link"] for entry in issue.toc] == ["#agenda", "#agenda-2"]


def test_chosen_events_come_with_their_organisers_whoever_reads_the_issue(issue_factory, home_page):
    """The agenda items of an issue read from the database load their events in a fixed number of
    queries, without a page's get_context preparing them (the e-mail, the search, a script...)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from agenda.models import EventIndexPage, EventPage
    from lettre.models import LettrePage
    from ressources.models import PartnerIndexPage, PartnerPage

    agenda = home_page.add_child(instance=EventIndexPage(title="Agenda", slug="agenda"))
    partners = home_page.add_child(instance=PartnerIndexPage(title="Partenaires", slug="partenaires"))
    start = timezone.now() + datetime.timedelta(days=5)
    end = start + datetime.timedelta(hours=1)
    events = []
    for n in range(5):
        organiser = partners.add_child(instance=PartnerPage(title=f"Partenaire {n}", slug=f"partenaire-{n}"))
        event = EventPage(title=f"Webinaire {n}", slug=f"w-{n}", start=start, end=end, organiser=organiser)
        events.append(agenda.add_child(instance=event))

    def queries_to_read(count):
        items = [{"page": event} for event in events[:count]]
        issue = issue_factory(body=[("agenda", {"title": "", "items": items})])
        with CaptureQueriesContext(connection) as captured:
            items = LettrePage.objects.get(pk=issue.pk).body[0].value["items"]
            organisers = [item.organisation_name for item in items]
        assert organisers == [f"Partenaire {n}" for n in range(count)]
        return len(captured)

    assert queries_to_read(5) == queries_to_read(1)
