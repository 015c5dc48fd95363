"""No button, link or badge of a public page clips its text, at 1280 px and at 320 px."""

import pytest

from tests.public_pages import public_pages

from .clipping import clipped_controls

pytestmark = pytest.mark.browser


def test_no_control_clips_its_text_on_any_public_page(page, demo_site):
    problems = []
    pages = public_pages()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        for name, url in pages.items():
            page.goto(url)
            problems += [f"{name} at {width}px: {problem}" for problem in clipped_controls(page)]
    assert not problems, "Clipped text:\n" + "\n".join(problems)
