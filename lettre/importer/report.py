"""What an import made of the file, section by section, before and after the draft is created: the
blocks of each type, the links and images, what was left out, removed or could not be imported."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.dates import day_display
from lettre.models import LettrePage

from .sanitise import Removed


def body_blocks():
    """The blocks of an issue's body, by type key."""
    return LettrePage._meta.get_field("body").stream_block.child_blocks


def block_label(kind: str) -> str:
    return str(body_blocks()[kind].meta.label)


@dataclass
class SectionReport:
    title: str
    blocks: Counter = field(default_factory=Counter)
    links: int = 0
    images: int = 0
    placeholders: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str, nodes) -> None:
        self.blocks[kind] += 1
        self.links += sum(len(node.links) for node in nodes)

    @property
    def display_title(self) -> str:
        return self.title or _("Top of the issue")

    @property
    def block_counts(self) -> list[tuple[str, int]]:
        return [(block_label(kind), count) for kind, count in self.blocks.items()]

    @property
    def block_count(self) -> int:
        return sum(self.blocks.values())


@dataclass
class ImportReport:
    source_name: str = ""
    number: int | None = None
    issue_date: datetime.date | None = None
    title: str = ""
    masthead: str = ""  # the masthead as written; "" if the number and date were given by the editor
    intro_links: int = 0
    has_hero: bool = False
    sections: list[SectionReport] = field(default_factory=list)
    credits: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    removed: Removed = field(default_factory=Removed)
    placeholders: list[str] = field(default_factory=list)
    images_created: int = 0
    existing_draft: object = None  # a draft with the same number (replaced on confirmation)
    page: object = None
    dry_run: bool = False

    def add_section(self, title: str) -> SectionReport:
        if self.sections and not title and not self.sections[-1].title:
            return self.sections[-1]
        section = SectionReport(title=title)
        self.sections.append(section)
        return section

    @property
    def date_display(self) -> str:
        return day_display(self.issue_date) if self.issue_date else ""

    @property
    def totals(self) -> Counter:
        total = Counter()
        for section in self.sections:
            total.update(section.blocks)
        return total

    @property
    def total_counts(self) -> list[tuple[str, int]]:
        return [(block_label(kind), count) for kind, count in sorted(self.totals.items())]

    @property
    def links(self) -> int:
        return self.intro_links + sum(section.links for section in self.sections)

    @property
    def images(self) -> int:
        return sum(section.images for section in self.sections)

    @property
    def credit_lines(self) -> list[str]:
        return [f"{role} : {names}" for role, names in self.credits]

    @property
    def removed_lines(self) -> list[str]:
        lines = []
        if self.removed.scripts:
            lines.append(
                ngettext(
                    "%(count)d script or embedded object removed",
                    "%(count)d scripts or embedded objects removed",
                    self.removed.scripts,
                )
                % {"count": self.removed.scripts}
            )
        if self.removed.handlers:
            lines.append(
                _("Event handlers removed: %(names)s") % {"names": ", ".join(sorted(self.removed.handlers))}
            )
        if self.removed.javascript_links:
            lines.append(
                ngettext(
                    "%(count)d “javascript:” link removed",
                    "%(count)d “javascript:” links removed",
                    self.removed.javascript_links,
                )
                % {"count": self.removed.javascript_links}
            )
        return lines

    def summary(self) -> str:
        counts = {
            "blocks": sum(self.totals.values()),
            "sections": len([s for s in self.sections if s.title]),
            "links": self.links,
            "images": self.images,
            "placeholders": len(self.placeholders),
        }
        return (
            _(
                "%(sections)d sections, %(blocks)d blocks, %(links)d links, %(images)d images imported, "
                "%(placeholders)d images to add by hand."
            )
            % counts
        )

    def lines(self) -> list[str]:
        """The whole report as text, for the management command."""
        lines = [
            _("Issue #%(number)s of %(date)s: “%(title)s”")
            % {"number": self.number, "date": self.date_display, "title": self.title},
            _("Masthead: %(line)s") % {"line": self.masthead or _("none (number and date given)")},
            self.summary(),
        ]
        for section in self.sections:
            counts = ", ".join(f"{label} × {count}" for label, count in section.block_counts) or "—"
            lines.append(
                f"- {section.display_title} : {counts} ; "
                + _("%(links)d links, %(images)d images") % {"links": section.links, "images": section.images}
            )
            lines.extend(f"    {note}" for note in section.notes)
        for title, items in (
            (_("Credits:"), self.credit_lines),
            (_("Warnings:"), self.warnings),
            (_("Removed by the sanitiser:"), self.removed_lines),
            (_("Left out (e-mail chrome, replaced by the site's own):"), self.left_out),
        ):
            if items:
                lines += [title, *(f"  {item}" for item in items)]
        return lines
