"""The lock files: production installs no test tool; development installs the same production
versions plus its tools; every direct dependency is pinned."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST_TOOLS = {"pytest", "pytest-django", "playwright", "moto", "ruff", "factory-boy", "wagtail-factories",
              "aiosmtpd", "time-machine", "import-linter", "pip-tools", "lxml"}


def name(requirement: str) -> str:
    return re.split(r"[<>=\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def pins(lock: str) -> dict[str, str]:
    lines = [line for line in (ROOT / lock).read_text().splitlines() if "==" in line and line[0].isalpha()]
    return {name(line): line.split("==", 1)[1].split()[0] for line in lines}


def direct(requirements: str) -> set[str]:
    lines = (ROOT / requirements).read_text().splitlines()
    return {name(line) for line in lines if line.strip() and line[0].isalpha()}


def test_production_lock_has_no_test_tool():
    assert TEST_TOOLS & set(pins("requirements.lock")) == set()


def test_development_lock_pins_production_packages_at_the_same_versions():
    production, development = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {package: development.get(package) for package in production} == production
    assert TEST_TOOLS - {"lxml"} <= set(development)


def test_every_direct_dependency_is_pinned_in_its_lock():
    assert direct("requirements.in") <= set(pins("requirements.lock"))
    assert direct("requirements-dev.in") <= set(pins("requirements-dev.lock"))
