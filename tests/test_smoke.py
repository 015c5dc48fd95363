def test_home_page_renders_the_dsfr_header(client, home_page):
    html = client.get("/").content.decode()
    assert "République<br>française" in html
    assert "Agence nationale de la cohésion des territoires" in html


def test_issue_page_renders_an_interview_answer(client, issue_factory):
    issue = issue_factory(
        body=[
            (
                "interview",
                {
                    "person": {"name": "Jacqueline Gourault", "role": "Ministre"},
                    "questions": [
                        {
                            "question": "Quelle ambition ?",
                            "answer": "<p>la revitalisation des centres-villes</p>",
                        }
                    ],
                },
            )
        ]
    )
    response = client.get(issue.url)
    assert response.status_code == 200


def test_every_block_of_an_issue_has_a_web_template_a_description_and_a_preview():
    from django.template.loader import get_template

    from lettre.blocks import IssueBodyBlock

    for name, block in IssueBodyBlock().child_blocks.items():
        assert block.meta.template.startswith(("lettre/blocks/", "core/blocks/")), name
        get_template(block.meta.template)  # raises if missing or broken
        assert block.get_description(), name
        assert block.is_previewable, name
