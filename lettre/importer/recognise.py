"""The recurring sections recognised where it is safe: an interview (“3 questions à …”, “Le point de vue du
maire”), “L'image du mois” and agenda items written “date : title”. Each recogniser takes the nodes of a
section from a position and returns a ``Piece`` and the number of nodes it used, or ``None``: the
nodes then stay text. A piece keeps its nodes, so a block that does not validate falls back to text."""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from .frame import MONTH_NAMES
from .nodes import Node

KICKER_RE = re.compile(
    r"^(?P<kicker>(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+questions?\s+(?:à|a))"
    r"(?:\s+(?P<rest>.+))?$",
    re.IGNORECASE,
)
INTERVIEW_SECTION_RE = re.compile(r"questions?\s+à|point de vue|entretien|interview", re.IGNORECASE)
IMAGE_OF_THE_MONTH_RE = re.compile(r"image du mois", re.IGNORECASE)
DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
DAY_RE = r"\d{1,2}(?:er)?"
DATE_TITLE_RE = re.compile(
    rf"^(?P<date>(?:(?:{DAYS})\s+)?{DAY_RE}(?:\s*(?:et|au|-|–)\s*{DAY_RE})?\s+(?:{MONTH_NAMES})"
    rf"(?:\s+\d{{4}})?)\s*[:–-]\s*(?P<title>\S.*)$",
    re.IGNORECASE,
)
QUESTION_MAX = 400
NAME_MAX, ROLE_MAX = 200, 300
_url_validator = URLValidator()


@dataclass
class Piece:
    """A planned block: ``kind`` is a block type of the issue body, ``data`` its value with the image
    nodes still to resolve, ``nodes`` the source nodes it holds."""

    kind: str
    nodes: list[Node] = field(default_factory=list)
    data: dict = field(default_factory=dict)
    image: Node | None = None  # the image the block needs (portrait, image of the month)


def is_valid_url(href: str) -> bool:
    try:
        _url_validator(href)
    except ValidationError:
        return False
    return True


def split_person(text: str) -> tuple[str, str]:
    """“Christophe Bouillon, maire de Barentin” → name and role."""
    name, _, role = text.partition(", ")
    return name.strip(), role.strip()


def _is_question(node: Node, name_level: int | None) -> bool:
    if node.links:
        return False
    if node.is_heading:
        return (name_level is not None and node.level > name_level) or node.text.endswith("?")
    if not node.is_paragraph or len(node.text) > QUESTION_MAX:
        return False
    return node.is_bold_only or (
        node.text.endswith("?") and node.text.count("? ") == 0 and node.text.count(". ") == 0
    )


def _answer_html(nodes: list[Node]) -> str:
    parts = []
    for node in nodes:
        if node.kind == "list":
            tag = "ol" if node.ordered else "ul"
            parts.append(f"<{tag}>" + "".join(f"<li>{item}</li>" for item in node.items) + f"</{tag}>")
        else:
            parts.append(f"<p>{node.html}</p>")
    return "".join(parts)


def interview(title: str, nodes: list[Node], start: int) -> tuple[Piece, int] | None:
    """An interview at ``nodes[start]``: [portrait] [“N questions à” [name, role]] name [role], then
    questions (headings below the name, bold or short lines ending with “?”) and answers, or a statement."""
    i, portrait, kicker, name, role, name_level = start, None, "", "", "", None
    section_kicker = KICKER_RE.match(title or "")
    announced = any(KICKER_RE.match(node.text) for node in nodes[start : start + 3] if node.kind != "image")
    if not announced and (start != 0 or not (section_kicker or INTERVIEW_SECTION_RE.search(title or ""))):
        return None
    if i < len(nodes) and nodes[i].kind == "image":
        portrait, i = nodes[i], i + 1
    if i < len(nodes) and nodes[i].kind != "image" and (match := KICKER_RE.match(nodes[i].text)):
        kicker, i = match["kicker"], i + 1
        if match["rest"]:
            name, role = split_person(match["rest"].strip(" :–-"))
    elif section_kicker:
        kicker = section_kicker["kicker"]
    if not name:
        if i >= len(nodes) or nodes[i].links or not (nodes[i].is_heading or nodes[i].is_short_line(NAME_MAX)):
            return None
        name_level = nodes[i].level if nodes[i].is_heading else None
        name, role = split_person(nodes[i].text)
        i += 1
    if (
        not role
        and i < len(nodes)
        and nodes[i].is_short_line(ROLE_MAX)
        and not _is_question(nodes[i], name_level)
    ):
        role, i = nodes[i].text, i + 1
    statement, questions, read_more = [], [], {}
    while i < len(nodes):
        node = nodes[i]
        if _is_question(node, name_level):
            questions.append((node.text, []))
        elif node.is_heading or node.kind == "image" or node.is_short_line(NAME_MAX):
            break
        elif (
            node.is_link_only
            and len(node.links) == 1
            and is_valid_url(node.links[0][0])
            and (i + 1 == len(nodes) or nodes[i + 1].is_heading or nodes[i + 1].kind == "image")
        ):
            read_more = {"label": node.links[0][1][:200], "url": node.links[0][0]}
            i += 1
            break
        else:
            (questions[-1][1] if questions else statement).append(node)
        i += 1
    answered = [{"question": q, "answer": _answer_html(a)} for q, a in questions if a]
    unanswered = [Node("heading", html=q, level=4) for q, a in questions if not a]
    if not name or len(name) > NAME_MAX or len(role) > ROLE_MAX or not (answered or statement):
        return None
    if kicker.lower() == (f"{len(answered)} questions à" if len(answered) > 1 else "1 question à"):
        kicker = ""
    data = {
        "kicker": kicker,
        "person": {"name": name, "role": role, "portrait": None},
        "statement": _answer_html(statement),
        "questions": answered,
        "read_more": read_more,
        "communes": [],
    }
    piece = Piece("interview", nodes=nodes[start:i], data=data, image=portrait)
    piece.data["_after"] = unanswered
    return piece, i - start


def image_of_the_month(title: str, nodes: list[Node], start: int) -> tuple[Piece, int] | None:
    """“L'image du mois”: a title, one image, an optional credit (“© …”) and the text, in any order."""
    if not IMAGE_OF_THE_MONTH_RE.search(title or "") or start != 0:
        return None
    picture, heading, credit, text, i = None, "", "", [], 0
    while i < len(nodes):
        node = nodes[i]
        if node.kind == "image" and picture is None:
            picture = node
        elif not heading and not text and (node.is_heading or node.is_short_line(250)) and not node.links:
            heading = node.text
        elif node.is_paragraph and node.text.startswith(("©", "Crédit", "Credit")) and not credit:
            credit = node.text
        elif node.kind in ("paragraph", "list") and heading:
            text.append(node)
        else:
            break
        i += 1
    if picture is None or not heading or not text or len(heading) > 250 or len(credit) > 150:
        return None
    data = {"title": heading, "text": _answer_html(text), "credit": credit, "communes": []}
    return Piece("image_du_mois", nodes=nodes[:i], data=data, image=picture), i


def agenda(title: str, nodes: list[Node], start: int) -> tuple[Piece, int] | None:
    """Agenda items whose headings read “date : title” (“22 avril : La première rencontre nationale”)."""
    items, i = [], start
    while i < len(nodes) and nodes[i].is_heading and (match := DATE_TITLE_RE.match(nodes[i].text)):
        if nodes[i].links or len(match["title"]) > 300 or len(match["date"]) > 120:
            break
        i += 1
        content, links = [], []
        while i < len(nodes) and nodes[i].kind in ("paragraph", "list"):
            node = nodes[i]
            if node.is_link_only and all(
                is_valid_url(href) and len(label) <= 200 for href, label in node.links
            ):
                links.extend({"label": label, "url": href} for href, label in node.links)
            else:
                content.append(node)
            i += 1
        items.append(
            {
                "title": match["title"],
                "date_text": match["date"],
                "organisation": "",
                "text": _answer_html(content),
                "links": links,
                "page": None,
            }
        )
    if not items:
        return None
    return Piece("agenda", nodes=nodes[start:i], data={"title": "", "items": items}), i - start


RECOGNISERS = (interview, image_of_the_month, agenda)
