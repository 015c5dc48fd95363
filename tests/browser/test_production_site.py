"""The demo site served as production serves it: gunicorn with `pvd_site.settings.production` (DEBUG off,
manifest storage after a real `collectstatic`, Content-Security-Policy, local media served by the site
with SERVE_MEDIA), behind a proxy that says HTTPS. Chromium must find every page styled, with no
refused stylesheet (integrity) and no Content-Security-Policy violation, in public and in the admin.
"""

import re
import sqlite3

import pytest
from playwright.sync_api import expect

from tests.production.servers import Gunicorn, StaticCollection, free_port, manage, production_env

from .fixtures import DEFAULT_TIMEOUT_MS, NAVIGATION_TIMEOUT_MS

ADMIN_PASSWORD = "mot de passe de la démo 2021"
ISSUE_4 = "/lettres/lettre-4-mai-2021/"
PUBLIC_PAGES = ["/", ISSUE_4, "/lettres/", "/recherche/?q=revitalisation"]
# What Chromium logs when it refuses a file, or a piece of a page, that the page asked for.
REFUSAL = re.compile(r"integrity|Content Security Policy|Refused to", re.IGNORECASE)


@pytest.fixture(scope="module")
def production_site(tmp_path_factory):
    static = StaticCollection()  # collects in a subprocess while the database is migrated
    folder = tmp_path_factory.mktemp("production-site")
    port = free_port()
    env = production_env(
        DATABASE_URL=f"sqlite:///{folder / 'db.sqlite3'}",
        STATIC_ROOT=static.root, MEDIA_ROOT=folder / "media", SERVE_MEDIA="true",
        ALLOWED_HOSTS="localhost", CSRF_TRUSTED_ORIGINS=f"http://localhost:{port}",
        WAGTAILADMIN_BASE_URL=f"http://localhost:{port}", DEMO_ADMIN_PASSWORD=ADMIN_PASSWORD,
        WEB_CONCURRENCY=2,
    )
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content", "-v0"]):
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stderr
    static.wait()
    server = Gunicorn("web-production", env, log_dir=folder, port=port, host="localhost").wait_ready()
    server.database = folder / "db.sqlite3"
    yield server
    server.stop()


@pytest.fixture
def production_page(browser, production_site):
    """A tab behind the HTTPS proxy; every message Chromium logs as an error is kept in `page.errors`."""
    context = browser.new_context(
        base_url=production_site.url, locale="fr-FR", timezone_id="Europe/Paris",
        viewport={"width": 1280, "height": 900},
        extra_http_headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.40"},
    )
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    context.route(lambda url: not url.startswith(production_site.url), lambda route: route.abort())
    page = context.new_page()
    page.errors = []
    page.on("console", lambda message: page.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def refusals(page) -> list[str]:
    return [message for message in page.errors if REFUSAL.search(message)]


def assert_dsfr_applied(page) -> None:
    """The DSFR stylesheet is there: its font on the body, its layout on the header."""
    assert "Marianne" in page.evaluate("() => getComputedStyle(document.body).fontFamily")
    header_row = page.locator(".fr-header__body-row").first
    assert header_row.evaluate("(row) => getComputedStyle(row).display") == "flex"


def test_public_pages_are_styled_with_no_refused_file_or_script(production_page):
    for path in PUBLIC_PAGES:
        response = production_page.goto(path)
        assert response.status == 200, path
        production_page.wait_for_load_state("networkidle")
        assert_dsfr_applied(production_page)
        assert refusals(production_page) == [], path
    images = production_page.goto(ISSUE_4) and production_page.locator("main img")
    expect(images.first).to_be_visible()
    assert images.first.evaluate("(image) => image.complete && image.naturalWidth > 0")


def test_the_404_page_is_the_sites_styled_page(production_page):
    response = production_page.goto("/cette-page-n-existe-pas/")
    assert response.status == 404
    expect(production_page.get_by_role("heading", level=1)).to_have_text("Page non trouvée")
    assert_dsfr_applied(production_page)
    assert refusals(production_page) == []


def page_id(database, slug: str) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT id FROM wagtailcore_page WHERE slug = ?", [slug]).fetchone()[0]


def test_the_admin_page_editor_works_under_the_admin_policy(production_page, production_site):
    page = production_page
    page.goto("/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="S'identifier").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{page_id(production_site.database, 'lettre-4-mai-2021')}/edit/")
    expect(page.get_by_role("button", name="Enregistrer le brouillon")).to_be_visible()
    # Not "networkidle": the editor pings its editing session and autosaves, so the network
    # may never rest for 500 ms; what is waited for is the page's own load and the form.
    page.wait_for_load_state("load")
    expect(page.locator("[data-streamfield-stream-container], .w-form-width").first).to_be_visible()

    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("#w-preview-iframe")
    heading = preview.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Formation des chefs de projet", timeout=60_000)
    # The preview's stylesheets, scripts and eager images have all been asked for once its frame
    # has fired "load": a refusal would have been logged by then.
    page.locator("#w-preview-iframe").element_handle().content_frame().wait_for_load_state("load")
    assert refusals(page) == [], page.errors


def test_documents_are_not_served_at_their_file_address(production_page, production_site):
    with sqlite3.connect(production_site.database) as connection:
        file = connection.execute("SELECT file FROM wagtaildocs_document LIMIT 1").fetchone()
    assert file, "the demo has documents"
    response = production_page.request.get(f"/media/{file[0]}")
    assert response.status == 404
    image = production_page.request.get("/media/../db.sqlite3")
    assert image.status == 404
