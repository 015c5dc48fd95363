"""The e-mail's frame around the content: its masthead (“12 MAI 2021 - LETTRE D'INFORMATION #4”), the
links of the e-mailing tool (view in browser, unsubscribe) and its footer, whose credits go to the
issue's credits field. Everything left out is kept as text for the report."""

import datetime
import re
from dataclasses import dataclass, field

from .nodes import Node

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
MONTH_NAMES = "|".join(MONTHS)
DATE_RE = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE)
NUMBER_RE = re.compile(r"(?:#|n°|nº|no\.|numéro)\s*(\d{1,4})\b", re.IGNORECASE)
MASTHEAD_SCAN = 12
MASTHEAD_MAX = 160
# The footer's line before the contact address: its label is the issue's (“Contactez…” in #4).
CONTACT_RE = re.compile(r"^(?P<label>Contact\w*\s[^:@]{1,150}:)")
CHROME_LINK_RE = re.compile(
    r"d[ée]sinscri|d[ée]sabonn|unsubscribe|navigateur|in (?:your|a) browser|version en ligne|view (?:it|this)"
    r" online|g[ée]rer (?:mon|votre) abonnement|manage (?:my|your) subscription|vos pr[ée]f[ée]rences",
    re.IGNORECASE,
)
SHARE_RE = re.compile(r"^(transf[ée]rez|partagez|forward, share)", re.IGNORECASE)
CREDIT_RE = re.compile(r"^(?P<role>[^:@]{2,60}?)\s+:\s*(?P<names>\S.*)$")
FOOTER_SCAN = 15


@dataclass
class Masthead:
    number: int | None = None
    issue_date: datetime.date | None = None
    line: str = ""  # the masthead as written
    title: str = ""


@dataclass
class Frame:
    masthead: Masthead | None = None
    chrome: list[str] = field(default_factory=list)  # text left out: masthead, tool links, footer
    credits: list[tuple[str, str]] = field(default_factory=list)
    contact_label: str = ""  # “Contactez la direction de programme :”, the issue's own words


def parse_date(text: str) -> datetime.date | None:
    match = DATE_RE.search(text)
    if match is None:
        return None
    try:
        return datetime.date(int(match[3]), MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        return None


def is_chrome_link(node: Node) -> bool:
    """A paragraph that is only a link of the e-mailing tool (“Se désinscrire”, “Voir dans le navigateur”)."""
    return node.is_link_only and all(CHROME_LINK_RE.search(label) for _, label in node.links)


def find_masthead(nodes: list[Node], frame: Frame) -> list[Node]:
    """The masthead among the first nodes: what comes before it is e-mail chrome; an ``h1`` just after it
    is the title. Returns the nodes after the masthead (all of them if there is none)."""
    for index, node in enumerate(nodes[:MASTHEAD_SCAN]):
        if node.kind not in ("heading", "paragraph") or len(node.text) > MASTHEAD_MAX:
            continue
        number, issue_date = NUMBER_RE.search(node.text), parse_date(node.text)
        if number is None or issue_date is None:
            continue
        frame.masthead = Masthead(number=int(number[1]), issue_date=issue_date, line=node.text)
        frame.chrome.extend(n.text for n in nodes[:index] if n.text)
        frame.chrome.append(node.text)
        rest = nodes[index + 1 :]
        if rest and rest[0].is_heading and rest[0].level == 1:
            frame.masthead.title = rest[0].text
            rest = rest[1:]
        return rest
    return nodes


def title_without_masthead(nodes: list[Node]) -> tuple[str, list[Node]]:
    """The first ``h1``, when the file has no masthead."""
    for index, node in enumerate(nodes[:MASTHEAD_SCAN]):
        if node.is_heading and node.level == 1:
            return node.text, nodes[:index] + nodes[index + 1 :]
    return "", nodes


def split_footer(nodes: list[Node], frame: Frame) -> list[Node]:
    """The nodes before the footer. The footer starts at “Transférez, partagez !” or, without it, at the
    credits among the last nodes; its credits are read, the rest is left out (the site has its own)."""
    start = next(
        (
            i
            for i, node in enumerate(nodes)
            if node.kind != "list" and len(node.text) < 80 and SHARE_RE.match(node.text)
        ),
        None,
    )
    if start is None:
        tail = max(0, len(nodes) - FOOTER_SCAN)
        start = next(
            (
                i
                for i in range(tail, len(nodes))
                if read_credits(nodes[i])[0] and nodes[i].is_paragraph and not nodes[i].ends_sentence
            ),
            None,
        )
    if start is None:
        return nodes
    for node in nodes[start:]:
        found, rest = read_credits(node)
        frame.credits.extend(found)
        frame.chrome.extend(rest)
        for line in rest:
            contact = CONTACT_RE.match(" ".join(line.split()))
            if contact and not frame.contact_label:
                frame.contact_label = contact["label"]
    return nodes[:start]


def read_credits(node: Node) -> tuple[list[tuple[str, str]], list[str]]:
    """(role, names) of the credit lines of a paragraph (“Rédaction : Chloé Carpentier”), and its other
    lines. A line without a role goes on with the names above (“Mathilde Fraisse,” / “Emmanuelle Le Bris”)."""
    if not node.is_paragraph:
        return [], [node.text] if node.text else []
    credits: list[tuple[str, str]] = []
    rest: list[str] = []
    for line in node.lines:
        match = CREDIT_RE.match(line)
        if match and len(match["names"]) <= 400 and not re.search(r"@|https?:", match["names"]):
            credits.append((match["role"].strip(), match["names"].strip()))
        elif credits and ":" not in line and not CHROME_LINK_RE.search(line) and not line.startswith("©"):
            role, names = credits[-1]
            credits[-1] = (role, f"{names} {line}")
        else:
            rest.append(line)
    return credits, rest if credits else [node.text]
