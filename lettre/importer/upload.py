"""Reading what the editor uploads: ``.html``/``.htm`` (the e-mail's HTML), ``.md``/``.txt`` (its text)
or a ``.zip`` of one of them with its images. Limits are checked before anything is read in full: size,
number of files, total size and compression ratio of a zip (a zip bomb), paths leaving the zip's folder,
encoding. Any problem refuses the whole file with a message in French."""

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .errors import ImportRejected
from .text_reader import text_to_html

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 300
MAX_ZIP_TOTAL_BYTES = 60 * 1024 * 1024
MAX_ZIP_RATIO = 100  # a file that inflates more than a hundredfold is not an issue's HTML or image
RATIO_CHECKED_FROM = 1024 * 1024
DOCUMENTS = (".html", ".htm", ".md", ".txt")
IMAGES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
EXTENSIONS = (*DOCUMENTS, ".zip")
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
MOJIBAKE_RE = re.compile("Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ“”]|Ã©|Ã¨|Ã |Ãª")


@dataclass
class Upload:
    name: str
    html: str  # the issue as HTML (a text or Markdown issue converted)
    files: dict[str, bytes] = field(default_factory=dict)  # the images of a zip, by path
    base: str = ""  # the folder of the document inside the zip


def size_error() -> ImportRejected:
    return ImportRejected(
        _(
            "The file weighs more than 20 MB: an issue, even with its images, is lighter. "
            "Remove what is not part of the issue and import it again."
        )
    )


def read_limited(stream, limit: int) -> bytes:
    """At most ``limit`` bytes; a longer stream is refused without being read to its end."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise size_error()
    return data


def extension(name: str) -> str:
    return posixpath.splitext(name.lower())[1]


def read_upload(name: str, stream) -> Upload:
    """The issue in the uploaded file ``name`` (a binary stream)."""
    if extension(name) not in EXTENSIONS:
        raise ImportRejected(
            _("Only .html, .htm, .md, .txt or .zip files can be imported (received: %(name)s).")
            % {"name": name}
        )
    data = read_limited(stream, MAX_UPLOAD_BYTES)
    if not data.strip():
        raise ImportRejected(_("The file is empty."))
    if extension(name) == ".zip":
        return read_zip(name, data)
    return Upload(name=name, html=document_html(name, data))


def decode(data: bytes, is_html: bool) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or the charset an HTML file declares."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            declared = CHARSET_RE.search(data[:4096]) if is_html else None
            charset = declared.group(1).decode("ascii", "replace").lower() if declared else ""
            if not charset or charset.replace("-", "") in ("utf8", "utf16"):
                line = data[: error.start].count(b"\n") + 1
                raise ImportRejected(
                    _(
                        "The file is not encoded in UTF-8 (invalid character on line %(line)d) and does not "
                        "say which encoding it uses. Save it as UTF-8 and import it again."
                    )
                    % {"line": line}
                ) from error
            try:
                text = data.decode(charset)
            except (LookupError, UnicodeDecodeError) as declared_error:
                raise ImportRejected(
                    _(
                        "The file declares the encoding “%(charset)s” but cannot be read with it. Save it as "
                        "UTF-8 and import it again."
                    )
                    % {"charset": charset}
                ) from declared_error
    if MOJIBAKE_RE.search(text):
        raise ImportRejected(
            _(
                "The text contains garbled characters (such as “Ã©” instead of “é”): the file "
                "was saved with the wrong encoding. Save it again as UTF-8 and import it."
            )
        )
    if "\x00" in text:
        raise ImportRejected(_("The file is not a text or HTML file."))
    return text


def document_html(name: str, data: bytes) -> str:
    is_html = extension(name) in (".html", ".htm")
    text = decode(data, is_html)
    if not text.strip():
        raise ImportRejected(_("The file is empty."))
    return text if is_html else text_to_html(text, markdown=extension(name) == ".md")


def _check_entry(info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
        raise ImportRejected(
            _("The zip file contains a path that leads out of its folder (%(name)s): it is refused.")
            % {"name": name}
        )
    if info.flag_bits & 0x1:
        raise ImportRejected(_("The zip file is protected by a password: it cannot be read."))
    if info.file_size > RATIO_CHECKED_FROM and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
        raise ImportRejected(
            _("The zip file inflates to a size out of proportion with its weight (%(name)s): it is refused.")
            % {"name": name}
        )


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than its header announces (a forged header is refused)."""
    with archive.open(info) as entry:
        data = entry.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ImportRejected(
            _("The zip file is damaged or forged (%(name)s): it is refused.") % {"name": info.filename}
        )
    return data


def _document(names: list[str]) -> str:
    documents = [name for name in names if extension(name) in DOCUMENTS]
    if not documents:
        raise ImportRejected(_("The zip file holds no .html, .htm, .md or .txt file: nothing to import."))
    if len(documents) == 1:
        return documents[0]
    index = [name for name in documents if posixpath.basename(name).lower() in ("index.html", "index.htm")]
    html = [name for name in documents if extension(name) in (".html", ".htm")]
    for candidates in (index, html):
        if len(candidates) == 1:
            return candidates[0]
    raise ImportRejected(
        _("The zip file holds several issues (%(names)s): put one issue per zip file.")
        % {"names": ", ".join(documents[:5])}
    )


def read_zip(name: str, data: bytes) -> Upload:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as error:
        raise ImportRejected(_("The file is not a valid zip file.")) from error
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ImportRejected(
            _("The zip file holds more than %(count)d files: it is refused.") % {"count": MAX_ZIP_ENTRIES}
        )
    for info in infos:
        _check_entry(info)
    if sum(info.file_size for info in infos) > MAX_ZIP_TOTAL_BYTES:
        raise ImportRejected(_("Once unzipped, the file would weigh more than 60 MB: it is refused."))
    entries = {
        info.filename: info
        for info in infos
        if not info.is_dir()
        and not info.filename.startswith("__MACOSX/")
        and not posixpath.basename(info.filename).startswith(".")
    }
    document = _document(sorted(entries))
    try:
        html = document_html(document, _read_entry(archive, entries[document]))
        files = {
            path: _read_entry(archive, info) for path, info in entries.items() if extension(path) in IMAGES
        }
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error) as error:
        raise ImportRejected(_("The zip file is damaged: it cannot be read.")) from error
    return Upload(name=name, html=html, files=files, base=posixpath.dirname(document))
