"""Accessibility checks run in the browser: axe-core's WCAG 2.1 A/AA rules, plus the RGAA points axe
does not cover well (one h1, heading levels without gaps, alt on every image, lang, focus visible).

Each ``*_problems`` function returns a list of readable problems (empty when the page is fine); the
``assert_*`` wrappers fail with that list, so a failing run says what to fix and where.
"""

from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

ARTIFACTS_DIR = Path(__file__).resolve().parents[2] / "test-artifacts"
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_RUN_AXE = """async (tags) => {
  const options = {runOnly: {type: "tag", values: tags}, resultTypes: ["violations"]};
  const results = await axe.run(document, options);
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({target: n.target.join(" "), html: n.html, summary: n.failureSummary})),
  }));
}"""

# Headings as assistive technologies see them: rendered, not hidden from the accessibility tree.
_HEADINGS = """() => Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6, [role=heading]"))
  .filter((el) => el.checkVisibility() && !el.closest("[aria-hidden=true]"))
  .map((el) => ({
    level: Number(el.getAttribute("aria-level") || (/^H[1-6]$/.test(el.tagName) ? el.tagName[1] : 2)),
    text: el.textContent.trim().replace(/\\s+/g, " ").slice(0, 80),
  }))"""


def inject_axe(page: Page) -> None:
    if not AXE_JS.exists():
        raise AssertionError(f"{AXE_JS} is missing: run `npm ci` at the root of the project.")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Not a <script> tag: the pages' Content-Security-Policy refuses inline scripts, and rightly so;
        # DevTools' evaluation is not subject to it.
        page.evaluate(AXE_JS.read_text())


def axe_violations(page: Page, tags=tuple(WCAG_21_A_AA)) -> list[dict]:
    inject_axe(page)
    return page.evaluate(_RUN_AXE, list(tags))


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        rule = f"[{violation['impact']}] {violation['id']}: {violation['help']}"
        lines.append(f"{rule} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            lines.append(f"    at {node['target']}: {node['html'][:200]}")
            lines.extend(f"        {line}" for line in (node["summary"] or "").splitlines())
    return "\n".join(lines)


def assert_no_axe_violations(page: Page) -> None:
    violations = axe_violations(page)
    if violations:
        report = f"{len(violations)} axe-core violation(s) of WCAG 2.1 A/AA on {page.url}:\n"
        report += format_violations(violations)
        print(report)
        raise AssertionError(report)


def h1_problems(page: Page) -> list[str]:
    h1s = page.get_by_role("heading", level=1).all_inner_texts()
    if len(h1s) != 1:
        return [f"expected exactly one visible h1, found {len(h1s)}: {h1s}"]
    return []


def heading_level_problems(page: Page) -> list[str]:
    problems, previous = [], 0
    for heading in page.evaluate(_HEADINGS):
        if heading["level"] > previous + 1:
            problems.append(f"h{heading['level']} “{heading['text']}” follows h{previous} (level skipped)")
        previous = heading["level"]
    return problems


def image_alt_problems(page: Page) -> list[str]:
    missing = page.locator("img:not([alt])").evaluate_all("(imgs) => imgs.map((img) => img.outerHTML)")
    return [f"image without alt attribute: {html[:200]}" for html in missing]


def lang_problems(page: Page, expected: str | None = None) -> list[str]:
    """The page's language is the address's: English under /en/, French elsewhere."""
    expected = expected or ("en" if urlsplit(page.url).path.startswith("/en/") else "fr")
    lang = page.locator("html").get_attribute("lang")
    return [] if lang == expected else [f'<html lang="{lang}">, expected lang="{expected}"']


# The accessible name of each visible link, as browsers compute it for links (aria-labelledby,
# aria-label, else the text with the alt of its images, else the title), and where it leads.
_LINKS = """(selector) => Array.from(document.querySelectorAll(selector))
  .filter((a) => a.checkVisibility() && !a.closest("[aria-hidden=true]"))
  .map((a) => {
    const text = (el) => Array.from(el.childNodes).map((node) => node.nodeType === Node.TEXT_NODE
      ? node.textContent : node.nodeType !== Node.ELEMENT_NODE ? ""
      : node.tagName === "IMG" ? (node.getAttribute("alt") || "") : text(node)).join("");
    const labelledby = (a.getAttribute("aria-labelledby") || "").split(/\\s+/).filter(Boolean)
      .map((id) => document.getElementById(id)).filter(Boolean).map(text).join(" ");
    const name = labelledby || a.getAttribute("aria-label") || text(a) || a.getAttribute("title") || "";
    return {name: name.replace(/\\s+/g, " ").trim(), href: a.href.split("#")[0]};
  })"""


# Links that stand alone as actions: buttons, and the links under the items of an issue's blocks
# (registration, replay, slides, downloads). Links inside a sentence take their sense from it (RGAA 6.1).
ACTION_LINKS = "main a.fr-btn[href], .pvd-item-links a[href]"


def ambiguous_link_problems(page: Page, selector: str = "a[href]") -> list[str]:
    """Links that read the same but lead to different places (three “Je m'inscris” say nothing
    out of context), and links with no name at all."""
    targets: dict[str, set[str]] = {}
    for link in page.evaluate(_LINKS, selector):
        targets.setdefault(link["name"], set()).add(link["href"])
    problems = [
        f"{len(hrefs)} links named “{name}” lead to different pages: {sorted(hrefs)}"
        for name, hrefs in targets.items()
        if name and len(hrefs) > 1
    ]
    if "" in targets:
        problems.append(f"links without an accessible name: {sorted(targets[''])}")
    return problems


def focus_problems(page: Page, max_tabs: int = 15) -> list[str]:
    """Tab from the top of the page to the first link and check the browser draws a focus indicator."""
    page.locator("body").focus()
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el.tagName !== "A") return null;
              const style = getComputedStyle(el);
              return {html: el.outerHTML.slice(0, 200), outlineStyle: style.outlineStyle,
                      outlineWidth: style.outlineWidth, boxShadow: style.boxShadow};
            }"""
        )
        if focused:
            outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] not in ("0px", "")
            if outline or focused["boxShadow"] != "none":
                return []
            return [f"no visible focus indicator (outline none, no box-shadow) on {focused['html']}"]
    return [f"no link reached after {max_tabs} presses on Tab"]


def page_problems(page: Page) -> list[str]:
    """Every check on the page as it is now, axe-core's violations included."""
    problems = [
        *h1_problems(page),
        *heading_level_problems(page),
        *image_alt_problems(page),
        *lang_problems(page),
    ]
    violations = axe_violations(page)
    if violations:
        problems.append(
            f"{len(violations)} axe-core violation(s) of WCAG 2.1 A/AA:\n{format_violations(violations)}"
        )
    return problems + ambiguous_link_problems(page, ACTION_LINKS) + focus_problems(page)


def assert_page_accessible(page: Page) -> None:
    problems = page_problems(page)
    if problems:
        report = f"Accessibility problems on {page.url}:\n" + "\n".join(
            f"- {problem}" for problem in problems
        )
        print(report)
        raise AssertionError(report)
