"""The data an editor's browser posts from an issue's edit form (empty standfirst, body and credits
unless given)."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def issue_form_data(issue=None, body=(), **values):
    fields = {"title": issue.title, "slug": issue.slug, "number": issue.number} if issue else {}
    return nested_form_data(
        {
            **fields,
            "issue_date": "2026-12-01",
            "intro": rich_text(""),
            "body": streamfield(list(body)),
            "credits": streamfield([]),
            "comments": inline_formset([]),
            **values,
        }
    )
