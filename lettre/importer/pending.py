"""An upload waiting for the editor's confirmation, between the report and the draft: its bytes in the
media storage (shared by every web machine, S3 in production), found again by a signed token that names
the editor. Nothing of the issue is created before the confirmation; an upload not confirmed within a
day is deleted by the next import."""

import datetime
import posixpath
import uuid

from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

FOLDER = "lettre-imports"
SALT = "lettre.importer.pending"
MAX_AGE = datetime.timedelta(days=1)


def save(name: str, data: bytes, **params) -> str:
    """Keep the upload; the token carries where it is and ``params`` (user, archive, number, date…)."""
    clean_stale()
    safe_name = posixpath.basename(name).replace("/", "_")[-100:] or "lettre"
    path = default_storage.save(f"{FOLDER}/{uuid.uuid4().hex}/{safe_name}", ContentFile(data))
    return signing.dumps({"path": path, "name": name, **params}, salt=SALT, compress=True)


def load(token: str) -> tuple[dict, bytes]:
    """The parameters and bytes of a kept upload. Raises ``signing.BadSignature`` (also when expired)
    or ``FileNotFoundError``."""
    params = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    if not default_storage.exists(params["path"]):
        raise FileNotFoundError(params["path"])
    with default_storage.open(params["path"], "rb") as stream:
        return params, stream.read()


def delete(params: dict) -> None:
    default_storage.delete(params["path"])


def clean_stale() -> None:
    """Delete uploads older than a day that no one confirmed."""
    try:
        folders, _files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotImplementedError):
        return
    limit = timezone.now() - MAX_AGE
    for folder in folders:
        _subfolders, files = default_storage.listdir(f"{FOLDER}/{folder}")
        for file in files:
            path = f"{FOLDER}/{folder}/{file}"
            try:
                stale = default_storage.get_modified_time(path) < limit
            except (NotImplementedError, OSError):
                continue
            if stale:
                default_storage.delete(path)
