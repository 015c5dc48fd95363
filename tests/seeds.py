"""The two real issues (`demo/seeds/`) as sentences, and the text a reader sees on a page: what the
fidelity checks compare (the demo content, and later the importer of past issues)."""

import html
import re
import unicodedata
from pathlib import Path

from tests.html import parse

SEEDS = Path(__file__).resolve().parents[1] / "demo" / "seeds"
SEED_FILES = {1: "lettre-01-2020-11-23.txt", 4: "lettre-04-2021-05-12.txt"}

# E-mail chrome only: masthead and footer lines of the e-mail that the web page replaces by its
# own header, footer and share buttons. Never content.
EMAIL_CHROME = {
    "Bienvenue !",  # e-mail masthead
    "La lettre d'information du",  # e-mail masthead
    "CLUB",  # e-mail masthead (also the end of a split heading, checked as part of it)
    "Transférez, partagez !",  # share bar of the e-mail: the page has its own share buttons
    "[Scoop-it](#)",  # the footer links the brand as it writes itself: Scoop.it
    "Pour vous inscrire à cette lettre d'information, [cliquez ici](#).",  # e-mail subscription footer
    "[Se désinscrire](#)",  # e-mail unsubscribe link
}

# Lines the seed writes in one piece and the page shows as separate fields (the number and
# date, an event's date and title chosen from the agenda, a person's name and role): each part must
# appear.
SPLIT_LINES = {
    "23 NOVEMBRE 2020 - #1": ["#1", "23 novembre 2020"],
    "12 MAI 2021 - LETTRE D'INFORMATION #4 | MAI 2021": ["#4", "12 mai 2021"],
    "Christophe Bouillon, maire de Barentin et président de l'APVF": [
        "Christophe Bouillon", "maire de Barentin et président de l'APVF"],
    "#### 4 questions à Martin Sotton, Maire de Thizy les Bourgs (69)": [
        "4 questions à Martin Sotton", "Maire de Thizy les Bourgs (69)"],
    "### 22 avril : La première rencontre nationale Petites villes de demain": [
        "22 avril", "La première rencontre nationale Petites villes de demain"],
    "### 5 mai : Le tiers lieu comme levier de revitalisation": [
        "5 mai", "Le tiers lieu comme levier de revitalisation"],
    "### 10 mai : Le Plan de relance : quelles opportunités pour mon territoire ?": [
        "10 mai", "Le Plan de relance : quelles opportunités pour mon territoire ?"],
}

BLOCK_TAGS = [
    "address", "article", "aside", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section",
    "table", "td", "th", "tr", "ul", "button", "time",
]


def visible_text(page_html: str) -> str:
    """The text a reader sees in the page's <main>: no script or style, a space between blocks."""
    main = parse(page_html).main
    for hidden in main.find_all(["script", "style", "template"]):
        hidden.decompose()
    for block in main.find_all(BLOCK_TAGS):
        block.insert_before(" ")
        block.insert_after(" ")
    return normalise(main.get_text())


QUOTES_AND_SPACES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " ", "\u202f": " "})


def normalise(text: str) -> str:
    text = html.unescape(text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [label](url) -> label
    text = re.sub(r"^\s*#+\s*", "", text)  # markdown headings
    text = re.sub(r"^\s*-\s+", "", text)  # markdown list items
    text = text.replace("**", "").replace("*", "")
    text = text.translate(QUOTES_AND_SPACES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def letters_only(text: str) -> str:
    """Letters and digits without accents: capitals in the e-mail drop accents and punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char if char.isalnum() else " " for char in text if not unicodedata.combining(char))
    return re.sub(r"\s+", " ", text).strip()


def is_capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def seed_sentences(number: int) -> list[tuple[bool, str]]:
    """(in capitals?, sentence) pairs: every sentence of every line of the seed that is not chrome.

    Consecutive lines in capitals are one heading the e-mail breaks in two (“LE POINT DE VUE” /
    “DU MAIRE”): they are joined, then compared without accents and punctuation."""
    sentences: list[tuple[bool, str]] = []
    heading: list[str] = []

    def end_heading():
        if heading:
            sentences.append((True, " ".join(heading)))
            heading.clear()

    for raw in (SEEDS / SEED_FILES[number]).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            continue
        if line in EMAIL_CHROME:
            end_heading()
        elif line in SPLIT_LINES:
            end_heading()
            sentences.extend((False, part) for part in SPLIT_LINES[line])
        elif is_capitals(line):
            heading.append(line)
        else:
            end_heading()
            sentences.extend(
                (False, sentence)
                for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«\"*\[])", line)
                if normalise(sentence)
            )
    end_heading()
    return sentences


def missing_sentences(number: int, page_text: str) -> list[str]:
    folded_page = letters_only(page_text)
    missing = []
    for capitals, sentence in seed_sentences(number):
        if capitals:
            found = letters_only(normalise(sentence)) in folded_page
        else:
            found = normalise(sentence) in page_text
        if not found:
            missing.append(sentence)
    return missing
