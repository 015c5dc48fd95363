"""The readers' checks reuse the browser fixtures (Chromium, live server, demo site)."""

from tests.browser.conftest import (  # noqa: F401 - fixtures
    blank_page,
    browser,
    context,
    demo_site,
    migrated_db,
    migrated_state,
    page,
    playwright_driver,
)
