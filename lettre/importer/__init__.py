"""The importer of past issues: one issue's file (the e-mail's HTML, its text, or a zip with its images)
becomes a draft ``LettrePage``. One module per concern: ``upload`` (reading the file, its limits),
``sanitise`` (nh3), ``text_reader`` and ``html_reader`` (the outline), ``frame`` (masthead, footer and
credits), ``sections`` and ``recognise`` (sections and the recurring blocks), ``images``, ``stream``
(the blocks), ``report``, ``drafts`` (the transaction), ``views`` and ``forms`` (the admin)."""

from .drafts import import_issue
from .errors import ImportRejected, MastheadMissing
from .upload import read_upload

__all__ = ["ImportRejected", "MastheadMissing", "import_issue", "read_upload"]
