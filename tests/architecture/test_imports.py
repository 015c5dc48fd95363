"""Apps depend one way (docs/architecture.md): import-linter's layers contract in pyproject.toml,
checked on the code as it is, and shown to fail when an app imports one above it."""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The packages the contract covers, as pyproject.toml lists them (a new app is added there once).
APPS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["root_packages"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=120,
    )


def copy_of_the_code(destination: Path) -> Path:
    shutil.copy(ROOT / "pyproject.toml", destination)
    for app in APPS:
        ignore = shutil.ignore_patterns("__pycache__", "seeds", "data")
        shutil.copytree(ROOT / app, destination / app, ignore=ignore)
    return destination


def test_apps_depend_one_way():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("module", "bad_import", "reported"), [
    ("core/dates.py", "from lettre.models import LettrePage", "core.dates -> lettre.models"),
    # ressources and agenda are siblings: neither imports the other.
    ("ressources/models.py", "from agenda.models import EventPage", "ressources.models -> agenda.models"),
])
def test_the_check_fails_on_an_import_against_the_layers(tmp_path, module, bad_import, reported):
    tree = copy_of_the_code(tmp_path)
    with open(tree / module, "a") as source:
        source.write(f"\n{bad_import}  # the dependency the check must see\n")
    result = lint_imports(tree)
    assert result.returncode == 1
    assert "0 kept, 1 broken" in result.stdout
    assert reported in result.stdout
