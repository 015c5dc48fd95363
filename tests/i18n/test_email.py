"""The e-mail edition of an English issue is in English (interface strings, dates, site texts); a
subscriber reading English gets the English issue when it is live, else the French one."""

import datetime

import pytest

from core.models import SiteTexts
from lettre.email.languages import issue_for_language
from lettre.email.render import render_issue_email
from tests.html import parse


@pytest.fixture
def issues(issue_factory, translate, english_home, english):
    french = issue_factory(number=4, title="Lettre n°4", issue_date=datetime.date(2021, 5, 12))
    english_issue = translate(french, title="Newsletter #4")
    texts = SiteTexts.objects.create(locale=french.locale, contact_label="Contacter l'équipe :")
    english_texts = texts.copy_for_translation(english)
    english_texts.contact_label = "Contact the team:"
    english_texts.save()
    return french, english_issue


def test_the_english_issue_is_sent_in_english(issues):
    french, english = issues
    edition = render_issue_email(english).as_sample()
    html = parse(edition.html)
    assert edition.language == "en" and html.html["lang"] == "en"
    for words in ("Newsletter #4", "12 May 2021", "Unsubscribe", "Contact the team:"):
        assert words in edition.text, words
        assert words in html.get_text(), words
    for words in (" mai ", "Se désinscrire", "Contacter"):
        assert words not in edition.text, words

    french_edition = render_issue_email(french).as_sample()
    assert "12 mai 2021" in french_edition.text and "Se désinscrire" in french_edition.text


def test_the_issue_for_a_subscriber_follows_the_chosen_language(issues, issue_factory):
    french, english = issues
    assert issue_for_language(french, "en") == english
    assert issue_for_language(english, "fr") == french
    french_only = issue_factory(number=5)
    assert issue_for_language(french_only, "en") == french_only
    english.unpublish()
    assert issue_for_language(french, "en") == french
