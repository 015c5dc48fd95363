"""No “None”, empty heading, empty list item or link without address reaches a reader: on every public
page of the demo site, in both issues' e-mails (HTML and text), and for blocks whose optional fields are
all empty or whose chosen page was deleted."""

import pytest
from django.core.management import call_command

from lettre.email.render import render_issue_email
from lettre.models import LettrePage
from tests.public_pages import public_pages

from .empty import html_problems, text_problems
from .sparse_blocks import sparse_body


def problems_of_issue(client, issue) -> list[str]:
    response = client.get(issue.url)
    assert response.status_code == 200
    edition = render_issue_email(issue)
    return [
        *(f"web: {problem}" for problem in html_problems(response.content.decode())),
        *(f"e-mail HTML: {problem}" for problem in html_problems(edition.html)),
        *(f"e-mail text: {problem}" for problem in text_problems(edition.text)),
    ]


@pytest.mark.django_db
def test_no_empty_value_on_any_public_page_nor_in_the_demo_issues_emails(client):
    call_command("load_demo_content", verbosity=0)
    problems = []
    for name, url in public_pages().items():
        response = client.get(url)
        problems += [f"{name} ({url}): {problem}" for problem in html_problems(response.content.decode())]
    for issue in LettrePage.objects.live().order_by("number"):
        problems += [f"issue #{issue.number} {problem}" for problem in problems_of_issue(client, issue)]
    assert not problems, "\n".join(problems)


def test_blocks_with_every_optional_field_empty_show_no_empty_value(
    client, issue_factory, image_factory, document_factory, event_factory, resource_factory
):
    photo = image_factory(title="Place", size=(1200, 675))
    document = document_factory("Guide", "guide.pdf")
    issue = issue_factory(number=9, intro="", body=sparse_body(photo, document))
    problems = problems_of_issue(client, issue)
    assert not problems, "\n".join(problems)


def test_an_item_whose_chosen_page_was_deleted_leaves_nothing_empty(
    client, issue_factory, image_factory, document_factory, event_factory, resource_factory
):
    photo = image_factory(title="Place", size=(1200, 675))
    document = document_factory("Guide", "guide.pdf")
    event = event_factory(title="Webinaire supprimé ensuite")
    resource = resource_factory(title="Ressource supprimée ensuite")
    issue = issue_factory(number=9, body=sparse_body(photo, document, event=event, resource=resource))
    event.delete()
    resource.delete()
    issue = LettrePage.objects.get(pk=issue.pk)
    problems = problems_of_issue(client, issue)
    assert not problems, "\n".join(problems)
    assert "Webinaire supprimé ensuite" not in client.get(issue.url).content.decode()
