"""The footer lines of the seeds, on the issue page as in its e-mail: the publisher, the contact label of
the issue (“Contacter…” in #1, “Contactez…” in #4) and “Suivre l'actualité du programme” with its links."""

import re

import pytest

from core.models import SiteSettings
from lettre.email.render import render_issue_email
from tests.html import page, parse, text, texts

PUBLISHER = "Agence nationale de la cohésion des territoires"
CONTACT = {1: "Contacter la direction de programme :", 4: "Contactez la direction de programme :"}
FOLLOW = "Suivre l'actualité du programme :"


def follow_hrefs() -> set[str]:
    settings = SiteSettings.objects.get()
    return {settings.linkedin_url, settings.scoopit_url}


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(CONTACT))
def test_the_issue_page_ends_with_the_seeds_footer_lines(client, demo_issues, number):
    footer = page(client.get(demo_issues[number].url)).select_one(".pvd-issue__footer")
    lines = texts(footer.find_all("p"))
    assert PUBLISHER in lines
    assert f"{CONTACT[number]} petitesvillesdedemain@anct.gouv.fr" in lines
    follow = next(line for line in footer.find_all("p") if text(line).startswith(FOLLOW))
    assert follow_hrefs() <= {link["href"] for link in follow.find_all("a")}


@pytest.mark.django_db
@pytest.mark.parametrize("number", sorted(CONTACT))
def test_the_e_mail_ends_with_the_same_lines(demo_issues, number):
    edition = render_issue_email(demo_issues[number])
    html = text(parse(edition.html))
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", " ".join(edition.text.split()))  # [label](url): label
    for shown in (html, plain):
        assert PUBLISHER in shown
        assert f"{CONTACT[number]} petitesvillesdedemain@anct.gouv.fr" in shown
        assert FOLLOW in shown
    assert follow_hrefs() <= {link["href"] for link in parse(edition.html).find_all("a")}
