"""Reading a file into the outline of an issue, without the database: the e-mail's broken headings and
paragraphs joined, its layout and tracking left out, Markdown's marks kept."""

from lettre.importer.html_reader import read_html
from lettre.importer.sanitise import sanitise
from lettre.importer.text_reader import text_to_html


def outline(html: str):
    return read_html(sanitise(html)[0])


def test_headings_the_email_broke_in_two_are_one_heading():
    nodes = outline(
        text_to_html(
            "LE POINT DE VUE\n\nDU MAIRE\n\nUne phrase.\n\n## RETOUR SUR LES EVENEMENTS\n"
            "### PASSES\n\n## L'enquête de co-construction du\n\nCLUB\n"
        )
    ).nodes
    assert [(node.kind, node.text) for node in nodes if node.is_heading] == [
        ("heading", "LE POINT DE VUE DU MAIRE"),
        ("heading", "RETOUR SUR LES EVENEMENTS PASSES"),
        ("heading", "L'enquête de co-construction du CLUB"),
    ]


def test_a_paragraph_broken_mid_sentence_is_joined_and_a_new_sentence_is_not():
    nodes = outline(
        text_to_html(
            "piloté par l'Agence nationale\n\nde la cohésion des territoires.\n\n"
            "Jacqueline Gourault\n\nMinistre de la Cohésion"
        )
    ).nodes
    assert [node.text for node in nodes] == [
        "piloté par l'Agence nationale de la cohésion des territoires.",
        "Jacqueline Gourault",
        "Ministre de la Cohésion",
    ]


def test_layout_tables_preheader_and_tracking_pixels_are_left_out_not_their_content():
    result = outline(
        '<div style="display:none">Aperçu caché</div><table><tr><td><table><tr><td>'
        "<h2>Actualités</h2>Le Club <strong>avance</strong>.</td></tr></table></td></tr></table>"
        '<img src="https://suivi.example.org/o.gif" width="1" height="1" alt="">'
    )
    assert [(node.kind, node.html) for node in result.nodes] == [
        ("heading", "Actualités"),
        ("paragraph", "Le Club <b>avance</b>."),
    ]
    assert (result.hidden, result.layout_tables, result.tracking_pixels) == (["Aperçu caché"], 2, 1)


def test_markdown_marks_and_lists_are_kept_and_text_files_escape_html():
    html = text_to_html("- **Avise**, *Mobiliser* [S'inscrire](https://avise.org)\n- Deux\n", markdown=True)
    [node] = outline(html).nodes
    assert node.items == [
        '<b>Avise</b>, <i>Mobiliser</i> <a href="https://avise.org">S\'inscrire</a>',
        "Deux",
    ]
    [paragraph] = outline(text_to_html("Si a <b> b", markdown=False)).nodes
    assert paragraph.text == "Si a <b> b"


def test_sanitising_removes_scripts_handlers_and_javascript_links_and_counts_them():
    cleaned, removed = sanitise(
        '<p onclick="x()" onmouseover="y()">Texte<script>x()</script>'
        '<a href="JavaScript:alert(1)">lien</a><iframe src="https://x"></iframe></p>'
    )
    assert cleaned == "<p>Texte<a>lien</a></p>"
    assert (removed.scripts, removed.handlers, removed.javascript_links) == (2, {"onclick", "onmouseover"}, 1)
