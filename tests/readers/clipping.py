"""Finds buttons, links and badges whose text the layout cuts (DSFR 3.6 turns any `fr-btn` with an
`fr-icon-*` class and no `--icon-left/right` modifier, or inside an `fr-btns-group` without
`--icon-left/right`, into a 2.5rem icon with `overflow: hidden`)."""

from playwright.sync_api import Page

# Elements a reader clicks or reads as a label.
CONTROLS = "a, button, .fr-btn, .fr-badge, .fr-tag, .fr-link"

# DSFR's icon-only components: their text is hidden on purpose and their `title` names them on hover.
# They pass only with that title.
ICON_ONLY_WITH_TITLE = ".fr-share .fr-btn, .fr-search-bar .fr-btn, .fr-header__navbar .fr-btn, .fr-btn--close"
# DSFR's pagination shows only arrows below the lg breakpoint; the label stays in the accessibility tree.
ICON_ONLY_BY_DESIGN = ".fr-pagination__link"

_CLIPPED = """([selector, withTitle, byDesign]) => Array.from(document.querySelectorAll(selector))
  .filter((el) => el.checkVisibility() && el.innerText.trim() !== "")
  .filter((el) => !el.matches(byDesign) && !(el.matches(withTitle) && el.title.trim() !== ""))
  .filter((el) => {
    const style = getComputedStyle(el);
    const hidden = ["hidden", "clip"];
    const hides = hidden.includes(style.overflowX) || hidden.includes(style.overflowY);
    const cut = el.scrollWidth > el.clientWidth + 1
      || (style.whiteSpace === "nowrap" && el.scrollHeight > el.clientHeight + 1);
    return cut && (hides || style.textOverflow === "ellipsis");
  })
  .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} “${el.innerText.trim()
    .replace(/\\s+/g, " ").slice(0, 60)}” shows ${el.clientWidth}px of ${el.scrollWidth}px`)"""


def clipped_controls(page: Page) -> list[str]:
    return page.evaluate(_CLIPPED, [CONTROLS, ICON_ONLY_WITH_TITLE, ICON_ONLY_BY_DESIGN])
