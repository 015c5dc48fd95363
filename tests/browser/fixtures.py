"""Browser fixtures, a plugin loaded by tests/conftest.py and shared by tests/browser and tests/readers.

One Chromium per test session, one fresh browser context (cookies, storage) per test. Every test in
this folder is marked ``browser`` so CI can run them in their own step (``-m browser``) or skip them.
A failing test leaves a screenshot of the page as it was in ``test-artifacts/``.
"""

import mimetypes
import os
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from playwright.sync_api import Page as BrowserPage
from playwright.sync_api import expect, sync_playwright
from wagtail.models import Page

from .a11y import ARTIFACTS_DIR

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from a thread
# with a running loop unless told that it is safe here (it is: the loop only talks to the browser).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Upper bounds of Playwright's auto-waiting, not delays. The first visit of a page with images makes
# their renditions (AVIF, WebP, JPEG at three widths): seconds per page on a busy 2-core machine, and a
# click that opens such a page waits for it.
DEFAULT_TIMEOUT_MS = 30_000
NAVIGATION_TIMEOUT_MS = 60_000
EXPECT_TIMEOUT_MS = 15_000

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.path)).resolve().is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """When a test fails, save the page it was on as ``test-artifacts/<test name>.png``."""
    report = yield
    if report.when == "call" and report.failed:
        pages = [value for value in item.funcargs.values() if isinstance(value, BrowserPage)]
        page = pages[0] if pages else None
        if page is not None and not page.is_closed():
            ARTIFACTS_DIR.mkdir(exist_ok=True)
            name = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1])
            path = ARTIFACTS_DIR / f"{name}.png"
            try:
                page.screenshot(path=str(path), full_page=True)
                report.sections.append(("screenshot", str(path)))
            except Exception as error:  # noqa: BLE001 - a missing screenshot must not hide the failure
                report.sections.append(("screenshot", f"not saved: {error}"))
    return report


@pytest.fixture(scope="session")
def playwright_driver():
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)

    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash .ci/system-deps.sh` (apt-get install chromium).")
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def _serve_media(route):
    """The live server runs with DEBUG off and serves no media: answer media URLs from MEDIA_ROOT."""
    relative = unquote(urlsplit(route.request.url).path)[len(settings.MEDIA_URL) :]
    root = Path(settings.MEDIA_ROOT).resolve()
    path = (root / relative).resolve()
    if path.is_relative_to(root) and path.is_file():
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        route.fulfill(status=200, body=path.read_bytes(), content_type=content_type)
    else:
        route.fulfill(status=404, body="", content_type="text/plain")


@pytest.fixture
def context(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url,
        locale="fr-FR",
        timezone_id="Europe/Paris",
        viewport={"width": 1280, "height": 900},
        accept_downloads=True,
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    # Nothing leaves the machine: any address other than the live server's is refused (tests that
    # follow an external link answer it themselves with a later, more specific route).
    context.route(lambda url: not url.startswith(live_server.url), lambda route: route.abort())
    context.route(f"{live_server.url}{settings.MEDIA_URL}**", _serve_media)
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    yield page
    page.close()


@pytest.fixture
def blank_page(browser):
    """A page that needs no server nor database, for testing the checkers themselves."""
    context = browser.new_context(locale="fr-FR")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def migrated_state(migrations_data) -> str:
    """The database as the migrations left it (root page, locale, home page…), serialized once."""
    return migrations_data


@pytest.fixture
def migrated_db(migrated_state, live_server, transactional_db, django_db_serialized_rollback):
    """A database with what the migrations created, committed, for the live server to see.

    The live server needs committed data, so each test's data is flushed at its end, and serialized
    rollback puts back the migrations' data first. On SQLite the database lives in memory and the
    live server's threads share the connection object the test thread had when the server started;
    the test thread can be handed a new connection object since (seen after other test modules
    ran). Two connections to one in-memory database lock each other's tables ("database table is
    locked" under load), and the new one lacks the serialized data: give the test thread the
    server's connection back, and the data to it.
    """
    shared = live_server.thread.connections_override.get("default")
    if shared is not None and connections["default"] is not shared:
        connections["default"] = shared
    connection = connections["default"]
    if not hasattr(connection, "_test_serialized_contents"):
        connection._test_serialized_contents = migrated_state
    if not Page.objects.filter(depth=1).exists():
        connection.creation.deserialize_db_from_string(migrated_state)


@pytest.fixture
def demo_site(migrated_db, live_server):
    """The demo content (the two seed issues, library, agenda, partners) as ``make run`` shows it."""
    call_command("load_demo_content", verbosity=0)
    return live_server
