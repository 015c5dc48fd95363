"""Static files storage: WhiteNoise's manifest storage (hashed names, compressed copies), except that
the DSFR's own files are copied byte for byte.

django-dsfr pins the SHA-384 of dsfr.min.css and utility.min.css in the `integrity` attribute of its
<link> tags. The manifest storage rewrites every url(...) inside CSS files to the hashed names, which
changes those bytes: browsers then refuse the stylesheets and every page is unstyled. Leaving the
DSFR's CSS as published keeps the integrity check true (its fonts and icons are then fetched under
their plain names, which WhiteNoise serves with a short cache lifetime).
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage

VERBATIM_PREFIXES = ("dsfr/dist/",)


def _unchanged(matchobj) -> str:
    return matchobj["matched"]


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    def url_converter(self, name, hashed_files, template=None):
        if name.replace("\\", "/").startswith(VERBATIM_PREFIXES):
            return _unchanged
        return super().url_converter(name, hashed_files, template)
