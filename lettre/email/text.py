"""The plain-text alternative of the e-mail, made from its HTML: all the text, every link."""

import re

import html2text

# mrml writes the preheader first in the body, hidden; the text part starts with the issue.
PREHEADER = re.compile(r'<div style="display:none;[^"]*">.*?</div>', re.DOTALL)
BLANK_LINES = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_tables = True  # layout tables: keep their text, drop the grid
    converter.ignore_images = True  # the alt texts are for screen readers of the HTML part
    converter.ignore_emphasis = True
    converter.unicode_snob = True
    converter.inline_links = True
    converter.protect_links = False
    converter.skip_internal_links = False
    text = converter.handle(PREHEADER.sub("", html, count=1))
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", text).strip() + "\n"
