"""The Nu HTML checker (W3C's validator, `vnu-jar` from npm, run with Java) over HTML documents."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

VNU_JAR = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

# DSFR's own markup that the checker refuses, each with its reason; matched against the message.
KNOWN_DSFR_MARKUP = {
    # The DSFR header's menu modal is a div labelled by its button (DSFR 1.x header markup); the modal
    # script gives it role="dialog" when it opens.
    "The “aria-labelledby” attribute must not be specified on any “div” element": "DSFR header menu modal",
    # The DSFR pagination marks the current page and the disabled links as links without href, with
    # role="link" and aria-disabled (https://www.systeme-de-design.gouv.fr/composants/pagination).
    'The "role" attribute is not allowed for element "a" without "href" attribute': "DSFR pagination",
}


def validation_errors(documents: dict[str, str]) -> list[str]:
    """“name: line N: message” for each error of each document (name → HTML)."""
    java = shutil.which("java")
    if java is None:
        raise AssertionError("java is missing: run `bash .ci/system-deps.sh` (default-jre-headless).")
    if not VNU_JAR.exists():
        raise AssertionError(f"{VNU_JAR} is missing: run `npm ci` at the root of the project.")
    with tempfile.TemporaryDirectory() as folder:
        names, paths = {}, []
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
            paths.append(str(path))
        run = subprocess.run(
            [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--exit-zero-always", *paths],
            capture_output=True,
            text=True,
            check=True,
        )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = []
    for message in messages:
        if message.get("type") != "error" or any(known in message["message"] for known in KNOWN_DSFR_MARKUP):
            continue
        name = names.get(Path(message.get("url", "")).name, message.get("url"))
        extract = message.get("extract", "").strip()[:100]
        errors.append(f"{name}: line {message.get('lastLine')}: {message['message']} [{extract}]")
    return errors
