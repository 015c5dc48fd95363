"""The plain-text alternative of the e-mail: all the text, every link.

Made with html2text from the MJML source rather than from the compiled HTML: the same text
and links without the layout tables (ten times fewer tags to parse).
"""

import re

import html2text

MJ_HEAD = re.compile(r"<mj-head>.*?</mj-head>", re.DOTALL)
MJ_BUTTON = re.compile(
    r"<mj-button\b[^>]*?\shref=\"(?P<href>[^\"]*)\"[^>]*>(?P<label>.*?)</mj-button>", re.DOTALL
)
MJ_EMPTY = re.compile(r"<mj-[a-z-]+\b[^>]*/>")
MJ_TAG = re.compile(r"<(?P<end>/?)mj(?:ml|-[a-z-]+)\b[^>]*>")
BLANK_LINES = re.compile(r"\n{3,}")


def mjml_to_html(mjml: str) -> str:
    """The content of an MJML document as plain HTML: buttons become links, containers divs."""
    html = MJ_HEAD.sub("", mjml)
    html = MJ_BUTTON.sub(r'<p><a href="\g<href>">\g<label></a></p>', html)
    html = MJ_EMPTY.sub("", html)
    return MJ_TAG.sub(lambda match: f"<{match['end']}div>", html)


def html_to_text(html: str) -> str:
    converter = html2text.HTML2Text(bodywidth=0)
    converter.ignore_tables = True
    converter.ignore_images = True  # the alt texts are for screen readers of the HTML part
    converter.ignore_emphasis = True
    converter.unicode_snob = True
    converter.inline_links = True
    converter.protect_links = False
    text = converter.handle(html)
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return BLANK_LINES.sub("\n\n", text).strip() + "\n"
