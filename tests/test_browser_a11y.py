"""Accessibility and phone-width checks on every built page, in headless Chromium, offline.

- <html lang> is set;
- headings start at h1 and never skip a level going down (h1 -> h3 fails);
- images carry alt text; SVG figures/charts carry role=img and an accessible name (aria-label,
  aria-labelledby or <title>); decorative ones say so (aria-hidden / alt="" with role=presentation);
- at 390 px nothing overflows sideways (document.scrollingElement.scrollWidth <= 391).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from browser_util import PHONE, Session, built_site, launch_chromium, require_chromium

PER_FOLDER = 20  # pages of one kind share a template: an even sample keeps big corpora fast

AUDIT_JS = r"""
() => {
  const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  const hidden = el => el.closest('[aria-hidden=true], [hidden]') !== null;
  const problems = [];
  const lang = document.documentElement.getAttribute('lang');
  if (!lang || !lang.trim()) problems.push('<html> has no lang');

  let previous = 0;
  for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (hidden(h)) continue;
    const level = Number(h.tagName[1]);
    if (previous === 0 && level !== 1) problems.push(`first heading is ${h.tagName}: ${h.textContent.trim().slice(0, 60)}`);
    if (previous && level > previous + 1)
      problems.push(`heading jumps h${previous} -> h${level}: ${h.textContent.trim().slice(0, 60)}`);
    previous = level;
  }
  if (previous === 0) problems.push('page has no heading');
  if (document.querySelectorAll('h1').length > 1) problems.push('more than one h1');

  for (const img of document.querySelectorAll('img')) {
    if (hidden(img)) continue;
    const alt = img.getAttribute('alt');
    const decorative = alt === '' && ['presentation', 'none'].includes(img.getAttribute('role'));
    if (!decorative && !(alt && alt.trim())) problems.push(`img without alt: ${img.getAttribute('src')}`);
  }

  const named = el => {
    if ((el.getAttribute('aria-label') || '').trim()) return true;
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    if (ids.length && ids.every(id => (document.getElementById(id) || {}).textContent?.trim())) return true;
    const title = el.querySelector(':scope > title');
    return !!(title && title.textContent.trim());
  };
  for (const svg of document.querySelectorAll('.md-content svg')) {
    if (hidden(svg) || svg.parentElement.closest('svg')) continue;
    if (svg.closest('.md-icon, .twemoji, button, label')) continue;
    if (svg.getAttribute('role') !== 'img' || !named(svg))
      problems.push(`svg without role=img and a name: ${svg.outerHTML.slice(0, 80)}`);
  }
  for (const canvas of document.querySelectorAll('canvas')) {
    if (!hidden(canvas) && !named(canvas)) problems.push('canvas chart without a name');
  }

  const width = document.scrollingElement.scrollWidth;
  if (width > window.innerWidth + 1) {
    const wide = [...document.querySelectorAll('body *')]
      .filter(e => visible(e) && e.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(e => !e.closest('.md-sidebar, .md-search'))
      .slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    problems.push(`horizontal overflow: scrollWidth ${width} > ${window.innerWidth} (${wide.join(', ')})`);
  }
  return problems;
}
"""


def _sample(site: Path) -> list[Path]:
    """Every top-level page and folder index, and PER_FOLDER evenly spaced pages of each folder."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(site.rglob("*.html")):
        if path.name != "404.html":
            groups.setdefault(path.relative_to(site).parts[0] if path.parent != site else "", []).append(path)
    chosen = []
    for folder, pages in sorted(groups.items()):
        if folder and len(pages) > PER_FOLDER:
            step = len(pages) / PER_FOLDER
            pages = sorted({pages[int(i * step)] for i in range(PER_FOLDER)}
                           | {p for p in pages if p.name == "index.html"})
        chosen.extend(pages)
    return chosen


@pytest.fixture(scope="module")
def site() -> Path:
    require_chromium()
    return built_site("").path


def test_every_page_is_accessible_and_fits_a_phone(site):
    from playwright.sync_api import sync_playwright

    pages = _sample(site)
    assert pages
    report: dict[str, list[str]] = {}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        session = Session(browser, PHONE)
        for path in pages:
            problems = session.open(path).evaluate(AUDIT_JS)
            if problems:
                report[path.relative_to(site).as_posix()] = problems
        session.assert_clean()
        browser.close()
    assert report == {}


def test_audit_catches_what_it_should(tmp_path):
    """The audit itself flags a bad page (no lang, h1->h3, img without alt, unnamed svg, overflow)."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    bad = tmp_path / "bad.html"
    bad.write_text(
        '<html><body><div class="md-content"><h1>T</h1><h3>x</h3><img src="data:image/gif;base64,'
        'R0lGODlhAQABAAAAACw=">'
        '<svg width="10" height="10"></svg><div style="width:900px">wide</div></div></body></html>',
        encoding="utf-8",
    )
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport=PHONE)
        page.goto(bad.as_uri())
        problems = page.evaluate(AUDIT_JS)
        browser.close()
    kinds = sorted(p.split(":")[0].split(" (")[0] for p in problems)
    assert any(k.startswith("<html> has no lang") for k in kinds), problems
    assert any("jumps h1 -> h3" in p for p in problems), problems
    assert any(p.startswith("img without alt") for p in problems), problems
    assert any(p.startswith("svg without role=img") for p in problems), problems
    assert any(p.startswith("horizontal overflow") for p in problems), problems
