"""The body of an issue, section by section: the chapô and main image at its top, then a section for each
section heading (“rubrique”), whose nodes become recognised blocks or text and image blocks."""

from dataclasses import dataclass, field

from .nodes import Node, is_capitals
from .recognise import RECOGNISERS, Piece

RUBRIQUE_MAX = 150


@dataclass
class Section:
    title: str  # "" for what comes before the first section heading
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class Body:
    intro: list[Node] = field(default_factory=list)
    hero: Node | None = None
    sections: list[Section] = field(default_factory=list)
    top_level: int = 2


def split_intro(nodes: list[Node]) -> tuple[Node | None, list[Node], list[Node]]:
    """The main image (an image first), the chapô (the paragraphs that follow), and the rest."""
    hero = None
    if nodes and nodes[0].kind == "image":
        hero, nodes = nodes[0], nodes[1:]
    count = 0
    while count < len(nodes) and nodes[count].is_paragraph:
        count += 1
    return hero, nodes[:count], nodes[count:]


def is_section_heading(node: Node, top_level: int) -> bool:
    return (
        node.is_heading
        and len(node.text) <= RUBRIQUE_MAX
        and (node.level <= top_level or is_capitals(node.text))
    )


def _text_pieces(nodes: list[Node]) -> list[Piece]:
    """Text blocks, one image block per image, in the order of the nodes."""
    pieces: list[Piece] = []
    for node in nodes:
        if node.kind == "image":
            pieces.append(Piece("image", nodes=[node], image=node))
        elif pieces and pieces[-1].kind == "texte":
            pieces[-1].nodes.append(node)
        else:
            pieces.append(Piece("texte", nodes=[node]))
    return pieces


def section_pieces(title: str, nodes: list[Node]) -> list[Piece]:
    pieces: list[Piece] = []
    loose: list[Node] = []
    i = 0
    while i < len(nodes):
        found = None
        for recogniser in RECOGNISERS:
            found = recogniser(title, nodes, i)
            if found:
                break
        if found is None:
            loose.append(nodes[i])
            i += 1
            continue
        piece, used = found
        pieces.extend(_text_pieces(loose))
        loose = []
        pieces.append(piece)
        i += used
    pieces.extend(_text_pieces(loose))
    return pieces


def split_sections(nodes: list[Node]) -> Body:
    hero, intro, rest = split_intro(nodes)
    levels = [node.level for node in rest if node.is_heading]
    body = Body(intro=intro, hero=hero, top_level=min(levels) if levels else 2)
    groups: list[tuple[str, list[Node]]] = [("", [])]
    for node in rest:
        title, group = groups[-1]
        starts = is_section_heading(node, body.top_level)
        if starts and title and not group and not is_capitals(node.text):
            starts = False  # “L'IMAGE DU MOIS” then “## Signature de convention…”: the section's own title
        if starts:
            groups.append((node.text, []))
        else:
            group.append(node)
    for title, group in groups:
        if title or group:
            body.sections.append(Section(title=title, pieces=section_pieces(title, group)))
    return body
