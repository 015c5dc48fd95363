"""A draft saved with an unanswered interview question (drafts skip required fields): the test send
refuses it, names the field, and sends nothing."""

from django.urls import reverse

from lettre.models import LettrePage
from lettre.publish_check import publish_errors
from tests import html

INTERVIEW = {
    "kicker": "",
    "person": {"name": "Martin Sotton", "role": "Maire de Fréjus"},
    "statement": "",
    "questions": [
        {"question": "Quelle ambition portez-vous ?", "answer": "<p>Faire revivre le centre.</p>"},
        {"question": "Que vous apporte le Club ?", "answer": ""},
    ],
}


def test_the_test_send_refuses_an_incomplete_draft_naming_the_field(admin_client, issue_factory, mailoutbox):
    issue = issue_factory(
        number=5,
        publish=False,
        body=[("rubrique", {"title": "3 questions à", "anchor": ""}), ("interview", INTERVIEW)],
    )
    response = admin_client.post(
        reverse("lettre_test_send", args=[issue.pk]), {"recipients": "communication@anct.gouv.fr"}
    )
    assert response.status_code == 400
    text = html.text(html.parse(response.content).select_one("main"))
    assert "ne pourrait pas être publié" in text
    assert "Contenu › bloc 2 (Interview) › Questions › élément 2 › Réponse : Champ requis." in text
    assert mailoutbox == []


def test_a_complete_draft_has_nothing_to_complete(issue_factory):
    complete = {**INTERVIEW, "questions": INTERVIEW["questions"][:1]}
    issue = issue_factory(number=5, publish=False, body=[("interview", complete)])
    assert publish_errors(LettrePage.objects.get(pk=issue.pk).get_latest_revision_as_object()) == []
