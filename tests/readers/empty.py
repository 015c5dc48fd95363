"""Finds empty values leaking into what a reader gets: “None”, an empty heading, an empty list item,
a link without address, in a page or e-mail (HTML) and in the plain-text part of an e-mail."""

import re

from tests.html import parse, text

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def _has_content(node) -> bool:
    """Text, or an image / form control that says something on its own."""
    return bool(text(node)) or node.find(["img", "svg", "input", "select", "iframe", "picture"]) is not None


def html_problems(html: str) -> list[str]:
    soup = parse(html)
    for hidden in soup.find_all(["script", "style", "template"]):
        hidden.decompose()
    problems = []
    for node in soup.find_all(string=re.compile(r"\bNone\b")):
        problems.append(f"“None” in the text: {str(node).strip()[:80]}")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if isinstance(value, str) and value.strip() == "None":
                problems.append(f'{name}="None" on <{element.name}>')
    problems += [
        f"empty heading: {heading}" for heading in soup.find_all(HEADINGS) if not _has_content(heading)
    ]
    problems += [f"empty list item: {str(li)[:120]}" for li in soup.find_all("li") if not _has_content(li)]
    problems += [
        f"link without address: {str(link)[:120]}"
        for link in soup.find_all("a", href=True)
        if not link["href"].strip()
    ]
    return problems


_TEXT_RULES = {
    "“None” in the text": re.compile(r"\bNone\b"),
    "empty heading": re.compile(r"^#+\s*$", re.MULTILINE),
    "empty list item": re.compile(r"^\s*[*+-]\s*$", re.MULTILINE),
    "link without address": re.compile(r"\]\(\s*\)|<>"),
    "link without text": re.compile(r"(?<!!)\[\s*\]\("),
}


def text_problems(plain: str) -> list[str]:
    problems = []
    for name, rule in _TEXT_RULES.items():
        for match in rule.finditer(plain):
            line_start = plain.rfind("\n", 0, match.start()) + 1
            line_end = plain.find("\n", match.end())
            problems.append(
                f"{name}: {plain[line_start : line_end if line_end > 0 else None].strip()[:100]!r}"
            )
    return problems
