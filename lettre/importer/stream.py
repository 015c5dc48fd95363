"""The pieces of each section → the blocks of the issue's body, each validated as an editor's save would
validate it. A recognised block that does not validate, or whose image is missing, falls back to text
and image blocks made of the same nodes: nothing dropped, nothing doubled. An image that could not be
imported is left as a visible placeholder text block."""

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext as _

from .images import ImageFiles
from .nodes import Node
from .recognise import Piece, is_valid_url
from .report import ImportReport, SectionReport, body_blocks
from .sections import Body


def image_value(image, alt: str) -> dict:
    return {"image": image, "alt_text": alt, "decorative": not alt}


def rich_text(nodes: list[Node], top_level: int = 2) -> str:
    """Text nodes as Wagtail rich text: subheadings as h3 (h4 below), paragraphs, lists."""
    parts = []
    for node in nodes:
        if node.is_heading:
            tag = "h3" if node.level <= top_level + 1 else "h4"
            parts.append(f"<{tag}>{node.html}</{tag}>")
        elif node.kind == "list":
            tag = "ol" if node.ordered else "ul"
            parts.append(f"<{tag}>" + "".join(f"<li>{item}</li>" for item in node.items) + f"</{tag}>")
        elif node.is_paragraph:
            parts.append(f"<p>{node.html}</p>")
    return "".join(parts)


class StreamBuilder:
    def __init__(self, images: ImageFiles, report: ImportReport, top_level: int = 2):
        self.images = images
        self.report = report
        self.top_level = top_level
        self.blocks = body_blocks()
        self.stream: list[tuple[str, object]] = []
        self.section: SectionReport | None = None

    def add(self, kind: str, data, nodes: list[Node] = ()) -> bool:
        """Append a block if it validates; True if it did."""
        block = self.blocks[kind]
        try:
            value = block.clean(block.normalize(data))
        except ValidationError:
            return False
        self.stream.append((kind, value))
        self.section.count(kind, nodes)
        return True

    def placeholder(self, node: Node):
        source = escape(node.src or "—")
        if is_valid_url(node.src):
            source = f'<a href="{source}">{source}</a>'
        text = _("[Image to add: “%(alt)s” – %(src)s]") % {"alt": escape(node.alt or "—"), "src": source}
        self.add("texte", f"<p>{text}</p>")
        self.section.placeholders += 1
        self.report.placeholders.append(node.alt or node.src or "—")

    def image_of(self, node: Node | None):
        """The Wagtail image of a node, or None (after a placeholder block) if it could not be imported."""
        if node is None:
            return None
        image = self.images.image_for(node)
        if image is None:
            self.placeholder(node)
        return image

    def text(self, nodes: list[Node]):
        html = rich_text(nodes, self.top_level)
        if html and not self.add("texte", html, nodes):
            self.report.warnings.append(
                _("A text could not be converted: %(text)s")
                % {"text": " ".join(node.text for node in nodes)[:200]}
            )

    def fallback(self, piece: Piece, nodes: list[Node] | None = None):
        """Text and image blocks made of the piece's nodes."""
        pending: list[Node] = []
        for node in nodes if nodes is not None else piece.nodes:
            if node.kind == "image":
                self.text(pending)
                pending = []
                self.single_image(node)
            else:
                pending.append(node)
        self.text(pending)

    def single_image(self, node: Node):
        image = self.image_of(node)
        if image is None:
            return
        data = {
            "image": image_value(image, node.alt),
            "caption": "",
            "credit": "",
            "link": {"url": node.href} if is_valid_url(node.href) else {},
        }
        if self.add("image", data, [node]):
            self.section.images += 1

    def piece(self, piece: Piece):
        if piece.kind == "texte":
            self.text(piece.nodes)
        elif piece.kind == "image":
            self.single_image(piece.image)
        elif piece.kind == "interview":
            self.interview(piece)
        elif piece.kind == "image_du_mois":
            self.image_of_the_month(piece)
        elif not self.add(piece.kind, piece.data, piece.nodes):
            self.not_recognised(piece)

    def not_recognised(self, piece: Piece, nodes: list[Node] | None = None):
        self.section.notes.append(
            _("%(block)s not recognised (kept as text): it does not validate.")
            % {"block": self.blocks[piece.kind].meta.label}
        )
        self.fallback(piece, nodes)

    def interview(self, piece: Piece):
        after = piece.data.pop("_after", [])
        portrait = self.image_of(piece.image)
        piece.data["person"]["portrait"] = image_value(portrait, piece.image.alt) if portrait else None
        nodes = [node for node in piece.nodes if node is not piece.image]
        if self.add("interview", piece.data, nodes):
            self.section.images += 1 if portrait else 0
            self.text(after)
        else:
            self.not_recognised(piece, nodes)

    def image_of_the_month(self, piece: Piece):
        image = self.images.image_for(piece.image)
        if image is None:
            self.section.notes.append(_("Image of the month kept as text: its image could not be imported."))
            self.placeholder(piece.image)
            self.fallback(piece, [node for node in piece.nodes if node is not piece.image])
            return
        piece.data["image"] = image_value(image, piece.image.alt)
        if self.add("image_du_mois", piece.data, piece.nodes):
            self.section.images += 1
        else:
            self.not_recognised(piece)

    def build(self, body: Body) -> list[tuple[str, object]]:
        """The body's blocks; the main image (a Wagtail image or None) is ``self.hero``."""
        self.hero = None
        if body.hero is not None:
            self.section = self.report.add_section("")
            self.hero = self.image_of(body.hero)
            self.section.images += 1 if self.hero else 0
        for section in body.sections:
            self.section = self.report.add_section(section.title)
            if section.title:
                self.add("rubrique", {"title": section.title, "anchor": ""})
            for piece in section.pieces:
                self.piece(piece)
        return self.stream
