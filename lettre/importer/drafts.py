"""One import, in one transaction: the file read into an outline, its frame and sections recognised, the
images created, the blocks built and validated, and a draft ``LettrePage`` saved under the archive — or
replacing a draft of the same number, never a published issue. The importer never publishes. A dry run
(and any failure) rolls everything back, images' files included."""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lettre.models import LettrePage

from .errors import ImportRejected, MastheadMissing
from .frame import Frame, find_masthead, is_chrome_link, split_footer, title_without_masthead
from .html_reader import Outline, read_html
from .images import ImageFiles
from .report import ImportReport
from .sanitise import sanitise
from .sections import Body, split_sections
from .stream import StreamBuilder
from .upload import Upload

TITLE_MAX = 255


@dataclass
class Parsed:
    frame: Frame
    outline: Outline
    body: Body
    title: str


def parse(upload: Upload, report: ImportReport) -> Parsed:
    """The issue's structure; nothing is written."""
    cleaned, report.removed = sanitise(upload.html)
    outline = read_html(cleaned)
    frame = Frame()
    nodes = []
    for node in outline.nodes:
        if is_chrome_link(node):
            frame.chrome.append(node.text)
        else:
            nodes.append(node)
    nodes = find_masthead(nodes, frame)
    title = frame.masthead.title if frame.masthead else ""
    if not title:
        title, nodes = title_without_masthead(nodes)
    nodes = split_footer(nodes, frame)
    return Parsed(frame=frame, outline=outline, body=split_sections(nodes), title=title)


def _left_out(parsed: Parsed) -> list[str]:
    left_out = [_("Hidden text (preheader): %(text)s") % {"text": text} for text in parsed.outline.hidden]
    left_out += parsed.frame.chrome
    if parsed.outline.layout_tables:
        left_out.append(
            _("%(count)d layout tables (their content is kept)") % {"count": parsed.outline.layout_tables}
        )
    if parsed.outline.tracking_pixels:
        left_out.append(_("%(count)d tracking pixels") % {"count": parsed.outline.tracking_pixels})
    return left_out


def existing_issue(index, number: int):
    return LettrePage.objects.filter(number=number, locale_id=index.locale_id).first()


def _unique_slug(index, number: int, current=None) -> str:
    base = slugify(f"lettre-{number}") or "lettre"
    siblings = index.get_children().exclude(pk=getattr(current, "pk", None))
    slug, n = base, 1
    while siblings.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _save_draft(index, target, fields: dict, user) -> LettrePage:
    page = target.specific if target is not None else LettrePage(live=False, locale_id=index.locale_id)
    for name, value in fields.items():
        setattr(page, name, value)
    page.slug = _unique_slug(index, page.number, target)
    try:
        if target is None:
            page.owner = user if getattr(user, "pk", None) else None
            index.add_child(instance=page)
        else:
            page.save()
    except ValidationError as error:
        raise ImportRejected(" ".join(error.messages)) from error
    page.save_revision(user=user if getattr(user, "pk", None) else None, log_action=True)
    return page


def import_issue(
    upload: Upload,
    *,
    index,
    user=None,
    number: int | None = None,
    issue_date: datetime.date | None = None,
    replace: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Import ``upload`` as a draft under the archive ``index``; the report says what became what.
    ``number`` and ``issue_date`` replace the masthead's. Raises ``ImportRejected`` (nothing created)."""
    report = ImportReport(source_name=upload.name, dry_run=dry_run)
    parsed = parse(upload, report)
    masthead = parsed.frame.masthead
    report.number = number or (masthead.number if masthead else None)
    report.issue_date = issue_date or (masthead.issue_date if masthead else None)
    report.masthead = masthead.line if masthead else ""
    if report.number is None or report.issue_date is None:
        raise MastheadMissing(
            _(
                "No masthead with the issue's number and date (such as “12 MAI 2021 - LETTRE "
                "D'INFORMATION #4”) was found in the file: give the number and the date."
            )
        )
    existing = existing_issue(index, report.number)
    if existing is not None and (existing.live or existing.first_published_at is not None):
        raise ImportRejected(
            _(
                "Issue #%(number)s is already published (“%(title)s”): an import never replaces "
                "a published issue. Choose another number."
            )
            % {"number": report.number, "title": existing.title}
        )
    if existing is not None and not (replace or dry_run):
        raise ImportRejected(
            _("A draft already has the number %(number)s (“%(title)s”): confirm that it is to be replaced.")
            % {"number": report.number, "title": existing.title}
        )
    report.existing_draft = existing
    report.title = parsed.title or _("Newsletter #%(number)s – %(date)s") % {
        "number": report.number,
        "date": report.date_display,
    }
    if not parsed.title:
        report.warnings.append(
            _("The file has no title: “%(title)s” was given; change it in the draft.")
            % {"title": report.title}
        )
    if len(report.title) > TITLE_MAX:
        report.warnings.append(
            _("The title was longer than %(max)d characters and was cut.") % {"max": TITLE_MAX}
        )
        report.title = report.title[:TITLE_MAX]
    report.credits = parsed.frame.credits
    report.left_out = _left_out(parsed)
    body = parsed.body
    report.intro_links = sum(len(node.links) for node in body.intro)
    images = ImageFiles(files=upload.files, base=upload.base, user=user)
    try:
        with transaction.atomic():
            builder = StreamBuilder(images, report, body.top_level)
            stream = builder.build(body)
            report.has_hero = builder.hero is not None
            fields = {
                "title": report.title,
                "number": report.number,
                "issue_date": report.issue_date,
                "intro": "".join(f"<p>{node.html}</p>" for node in body.intro),
                "hero": builder.hero,
                "body": stream,
                "credits": [
                    ("credit", {"role": role[:120], "names": names[:400]}) for role, names in report.credits
                ],
                "contact_label": parsed.frame.contact_label[:200],
            }
            report.page = _save_draft(index, existing, fields, user)
            report.images_created = len(images.created)
            report.warnings.extend(images.problems)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        images.discard()
        raise
    if dry_run:
        images.discard()
        report.page = None
    return report
