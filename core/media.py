"""Local media served by the site itself (SERVE_MEDIA=true, single-machine installs without a bucket).

Images and renditions only: documents are served by Wagtail's serve view, which checks the privacy of
their collection, never at their file's address.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PRIVATE_PREFIXES = ("documents/",)


def serve_media(request, path):
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith(PRIVATE_PREFIXES):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = "public, max-age=86400"
    return response
