"""Fill locale/fr/LC_MESSAGES/django.po from the per-area JSON files of locale/translations/.

Run after `manage.py makemessages -l fr`: every msgid that has a French text in one of the
JSON files gets it (existing translations are kept unless marked fuzzy), then compile with
`manage.py compilemessages`. Prints the msgids still untranslated.
"""

import json
import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
PO_PATH = HERE / "fr" / "LC_MESSAGES" / "django.po"


def load_translations() -> dict:
    translations: dict = {}
    for path in sorted((HERE / "translations").glob("*.json")):
        translations.update(json.loads(path.read_text(encoding="utf-8")))
    return translations


def main() -> int:
    translations = load_translations()
    po = polib.pofile(str(PO_PATH))
    po.metadata["Language"] = "fr"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n > 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        fuzzy = "fuzzy" in entry.flags
        if entry.msgid_plural:
            key = f"{entry.msgid}||{entry.msgid_plural}"
            done = all(entry.msgstr_plural.values()) and not fuzzy
            if key in translations and (not done):
                singular, plural = translations[key]
                entry.msgstr_plural = {0: singular, 1: plural}
            elif not done:
                missing.append(key)
        else:
            done = bool(entry.msgstr) and not fuzzy
            if entry.msgid in translations and not done:
                entry.msgstr = translations[entry.msgid]
            elif not done:
                missing.append(entry.msgid)
        key = f"{entry.msgid}||{entry.msgid_plural}" if entry.msgid_plural else entry.msgid
        if fuzzy and key in translations:  # plural entries too (they were left fuzzy, hence unused)
            entry.flags.remove("fuzzy")
    po.save(str(PO_PATH))
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    print(f"{len(missing)} untranslated of {len([e for e in po if not e.obsolete])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
