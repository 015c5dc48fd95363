"""Nothing lost: each seed text, and the project's own e-mail of issues #1 and #4, imports into a draft whose
page shows every sentence of the seed (the same check as the demo content), its interviews recognised."""

import pytest

from lettre.models import LettrePage
from tests.html import parse
from tests.seeds import SEED_FILES, missing_sentences, visible_text

pytestmark = pytest.mark.django_db


def block_types(page) -> list[str]:
    return [block.block_type for block in page.get_latest_revision_as_object().body]


def interviews(page) -> list:
    return [
        block.value for block in page.get_latest_revision_as_object().body if block.block_type == "interview"
    ]


@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_each_seed_text_imports_into_a_draft_with_every_sentence(import_file, seed_bytes, draft_html, number):
    report = import_file(SEED_FILES[number], seed_bytes(number))
    page = report.page
    assert (page.number, page.live) == (number, False)
    assert LettrePage.objects.get(pk=page.pk).live is False
    assert missing_sentences(number, visible_text(draft_html(page))) == []


@pytest.mark.parametrize("number", sorted(SEED_FILES))
def test_the_projects_own_email_imports_back_with_every_sentence(
    import_file, demo_emails, draft_html, number
):
    report = import_file(f"lettre-{number}.html", demo_emails["emails"][number].encode())
    assert report.page.number == number
    assert missing_sentences(number, visible_text(draft_html(report.page))) == []


def test_the_interviews_of_issue_1_are_interview_blocks_from_the_text_and_from_the_email(
    import_file, seed_bytes, demo_emails
):
    from_text = import_file(SEED_FILES[1], seed_bytes(1)).page
    people = [
        (value["person"]["name"], value["person"]["role"], len(value["questions"]))
        for value in interviews(from_text)
    ]
    role = "Ministre de la Cohésion des territoires et des Relations avec les collectivités territoriales"
    assert people == [
        ("Jacqueline Gourault", role, 3),
        ("Christophe Bouillon", "maire de Barentin et président de l'APVF", 0),
    ]
    assert interviews(from_text)[1]["statement"].source.startswith(
        "<p>L'APVF (Association des Petites Villes"
    )

    from_email = import_file("lettre-1.html", demo_emails["emails"][1].encode(), replace=True).page
    assert [(value["person"]["name"], len(value["questions"])) for value in interviews(from_email)][:1] == [
        ("Jacqueline Gourault", 3)
    ]
    assert (
        interviews(from_email)[0]["questions"][1]["question"]
        == "Comment ce programme va-t-il se mettre en place ?"
    )


def test_the_interview_of_issue_4_keeps_its_kicker_question_and_read_more(import_file, demo_emails):
    page = import_file("lettre-4.html", demo_emails["emails"][4].encode()).page
    [interview] = interviews(page)
    assert interview["kicker"] == "4 questions à"
    assert (interview["person"]["name"], interview["person"]["role"]) == (
        "Martin Sotton",
        "Maire de Thizy les Bourgs (69)",
    )
    assert interview["questions"][0]["question"].startswith(
        "Votre ville a bénéficié de la création d'un poste"
    )
    assert interview["read_more"]["label"] == "Lire la suite"


def test_masthead_title_standfirst_and_credits_are_read(import_file, demo_emails, seed_bytes):
    page = import_file("lettre-4.html", demo_emails["emails"][4].encode()).page
    assert str(page.issue_date) == "2021-05-12"
    assert page.title.startswith("Formation des chefs de projet, première rencontre nationale")
    assert page.intro.startswith("<p>Chaque mois, retrouvez dans cette lettre des actualités")
    credits = [
        (block.value["role"], block.value["names"]) for block in page.get_latest_revision_as_object().credits
    ]
    assert ("Directeur de publication", "Yves Le Breton") in credits

    text_page = import_file(SEED_FILES[1], seed_bytes(1)).page
    credits = {
        block.value["role"]: block.value["names"]
        for block in text_page.get_latest_revision_as_object().credits
    }
    assert credits["Contributions"] == "Pandora Baudouin, Mathilde Fraisse, Emmanuelle Le Bris"


def test_past_events_written_date_colon_title_become_agenda_items(import_file, seed_bytes):
    page = import_file(SEED_FILES[4], seed_bytes(4)).page
    [agenda] = [
        block.value for block in page.get_latest_revision_as_object().body if block.block_type == "agenda"
    ]
    assert [(item["date_text"], item["title"]) for item in agenda["items"]] == [
        ("22 avril", "La première rencontre nationale Petites villes de demain"),
        ("5 mai", "Le tiers lieu comme levier de revitalisation"),
        ("10 mai", "Le Plan de relance : quelles opportunités pour mon territoire ?"),
    ]


def test_links_keep_their_targets(import_file, demo_emails, seed_bytes, draft_html):
    email_page = import_file("lettre-4.html", demo_emails["emails"][4].encode()).page
    links = {a.get_text(" ", strip=True): a["href"] for a in parse(draft_html(email_page)).main.find_all("a")}
    assert links["sur la plateforme"] == "https://www.vta.anct.gouv.fr"
    assert links["Découvrez les histoires"] == "https://www.ademe.fr"
    assert links["Lire la suite"].startswith("https://agence-cohesion-territoires.gouv.fr")

    text_page = import_file(SEED_FILES[4], seed_bytes(4), replace=True).page
    links = {a.get_text(" ", strip=True): a["href"] for a in parse(draft_html(text_page)).main.find_all("a")}
    assert links["marion.gonzales@francevilledurable.fr"] == "mailto:marion.gonzales@francevilledurable.fr"


def test_the_report_says_what_became_what(import_file, demo_emails):
    report = import_file("lettre-1.html", demo_emails["emails"][1].encode(), dry_run=True)
    assert report.page is None and not LettrePage.objects.filter(number=1).exists()
    sections = {section.title: section for section in report.sections}
    assert sections["3 questions à"].blocks["interview"] == 1
    assert sections["Les (premiers) rendez-vous du Club"].links == 6
    assert "Voir cette lettre dans votre navigateur" in report.left_out
    assert any(
        "only a remote address" in warning or "adresse distante" in warning for warning in report.warnings
    )
    assert report.placeholders and report.images == 0
