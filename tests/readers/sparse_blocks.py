"""An issue body with one block of each type whose optional fields are all left empty, and items that
chose an event and a resource (deleted or restricted afterwards by the tests)."""

from tests.email.every_block import image_value

NO_LINK = {"label": "", "page": None, "document": None, "url": ""}


def sparse_body(photo, document, event=None, resource=None) -> list:
    chosen = []
    if event is not None:
        chosen.append(
            (
                "agenda",
                {
                    "title": "",
                    "items": [
                        {
                            "page": event,
                            "title": "",
                            "date_text": "",
                            "organisation": "",
                            "text": "",
                            "links": [],
                        },
                    ],
                },
            )
        )
    if resource is not None:
        chosen.append(
            (
                "recommandations",
                {
                    "title": "",
                    "groups": [
                        {
                            "heading": "Ressources choisies",
                            "items": [
                                {
                                    "page": resource,
                                    "organisation": "",
                                    "title": "",
                                    "date_text": "",
                                    "text": "",
                                    "link": NO_LINK,
                                },
                            ],
                        }
                    ],
                },
            )
        )
    return [
        ("rubrique", {"title": "Rubrique sans ancre", "anchor": ""}),
        (
            "interview",
            {
                "kicker": "",
                "statement": "<p>Un point de vue sans question.</p>",
                "person": {"name": "Martin Sotton", "role": "", "portrait": None},
                "questions": [],
                "read_more": NO_LINK,
            },
        ),
        (
            "interview",
            {
                "kicker": "",
                "statement": "",
                "person": {"name": "Jacqueline Gourault", "role": "", "portrait": None},
                "questions": [{"question": "Une seule question ?", "answer": "<p>Une réponse.</p>"}],
                "read_more": NO_LINK,
            },
        ),
        (
            "image_du_mois",
            {
                "image": image_value(photo, "Une place de village"),
                "title": "Une image",
                "text": "<p>Son histoire.</p>",
                "credit": "",
            },
        ),
        (
            "agenda",
            {
                "title": "",
                "items": [
                    {
                        "page": None,
                        "title": "Un rendez-vous sans date",
                        "date_text": "",
                        "organisation": "",
                        "text": "",
                        "links": [NO_LINK],
                    },
                ],
            },
        ),
        (
            "recommandations",
            {
                "title": "",
                "groups": [
                    {
                        "heading": "Lectures",
                        "items": [
                            {
                                "page": None,
                                "organisation": "",
                                "title": "Une lecture",
                                "date_text": "",
                                "text": "",
                                "link": NO_LINK,
                            },
                        ],
                    }
                ],
            },
        ),
        (
            "actualites",
            {
                "title": "",
                "items": [
                    {"kicker": "", "title": "Une actualité", "text": "", "image": None, "link": NO_LINK},
                ],
            },
        ),
        (
            "article",
            {
                "kicker": "",
                "title": "",
                "image": None,
                "text": "<p>Un texte.</p>",
                "links": [NO_LINK],
            },
        ),
        (
            "appel",
            {
                "title": "",
                "text": "<p>Un appel sans titre : la rubrique au-dessus le dit.</p>",
                "image": None,
                "link": {"label": "", "page": None, "document": None, "url": "https://example.org/"},
            },
        ),
        ("texte", "<p>Un texte libre.</p>"),
        ("image", {"image": image_value(photo, "Une rue"), "caption": "", "credit": "", "link": NO_LINK}),
        ("documents", {"title": "", "documents": [{"document": document, "label": ""}]}),
        *chosen,
    ]
