"""Small helpers the browser tests share."""

from django.urls import reverse
from django.utils import translation

LANGUAGES = ("nb", "sv", "en")
PAGE_TYPES = (
    "HomePage",
    "PhaseGuidePage",
    "PhasePage",
    "InitiativeIndexPage",
    "InitiativePage",
    "ToolIndexPage",
    "ToolPage",
    "StudyTripIndexPage",
    "StudyTripPage",
)
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# The public pages meet WCAG 2.2 too (EN 301 549 is moving to it); the admin views are Wagtail's
# own and are held to 2.1.
WCAG_22_AA = [*WCAG_21_AA, "wcag22aa"]
PHONE_WIDTH, DESKTOP_WIDTH = 390, 1280

FOCUS_IS_VISIBLE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return false;
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return false;
  // The focused element or a close ancestor (a card around its link) draws the focus ring.
  for (let node = element, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const style = getComputedStyle(node);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow && style.boxShadow !== "none";
    if (outline || shadow) return true;
  }
  return false;
}"""

FOCUSED = """() => {
  const element = document.activeElement;
  return {
    tag: element.tagName.toLowerCase(),
    id: element.id,
    href: element.getAttribute("href") || "",
    text: (element.innerText || element.value || "").trim().slice(0, 80),
    name: element.getAttribute("name") || "",
    value: element.getAttribute("value") || "",
    rel: element.getAttribute("rel") || "",
    hreflang: element.getAttribute("hreflang") || "",
  };
}"""


def page_urls(site_pages, language):
    """One URL of every page type in a language, plus the legal basis pages, search, the
    scale of evidence levels and the glossary."""
    urls = {}
    for page_type in PAGE_TYPES:
        found = site_pages.get(language, {}).get(page_type)
        assert found, f"the demo content has no {page_type} in {language}"
        urls[page_type] = found[0]
    urls["LegalBasisIndex"] = f"/{language}/legal-bases/"
    urls["LegalBasis"] = f"/{language}/legal-bases/folkehelseloven/"
    urls["Search"] = f"/{language}/search/"
    with translation.override(language):
        urls["EvidenceScale"] = reverse("evidence_scale")
    urls["Glossary"] = f"/{language}/glossary/"
    urls["Map"] = f"/{language}/map/"
    return urls


def tab_until(page, wanted, limit=120, what="the element"):
    """Press Tab until `wanted(focused)` is true; every stop must show where focus is."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        seen.append(focused["text"] or focused["href"] or focused["tag"])
        assert page.evaluate(FOCUS_IS_VISIBLE), f"focus is not visible on {focused} at {page.url}"
        if wanted(focused):
            return focused
    raise AssertionError(f"Tab never reached {what} on {page.url}; it went through {seen}")


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
