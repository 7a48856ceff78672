"""Article bodies: rendered on their own, then sanitised with nh3.

A body is Markdown an editor may have changed by hand, so it is treated as
untrusted: it is converted with the site's Markdown extensions and MkDocs'
own link resolution (relative to the article's page, so ``other.md`` links
work and are checked in strict mode), then only a small set of tags survives
(no script, no event handlers, no ``javascript:`` URLs, no inline styles).
The result replaces the page's body placeholder, so nothing a body contains
can change the page around it.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urlsplit

import markdown
import nh3
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import _RelativePathTreeprocessor

TAGS = {"p", "h2", "h3", "h4", "figure", "figcaption", "span", "em", "strong", "a", "ul", "ol", "li",
        "blockquote", "br", "code", "pre"}
ATTRIBUTES = {"a": {"href", "title"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}}
CLASSES = {"figure": {"bg-figure"}, "span": {"bg-credit"}}
SCHEMES = {"http", "https", "mailto"}
SLOT_RE = re.compile(r'<div class="bg-body" data-bg-body="([a-z0-9-]+)"></div>')
_HEADING_RE = re.compile(r"<(/?)h([2-4])\b")
_ID_RE = re.compile(r"^[A-Za-z0-9_-]+$")


def _relink(href: str, from_dir: str, to_dir: str) -> str:
    """A relative *href* written for a page in *from_dir*, rewritten for a page in *to_dir*."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("#", "/")) or not parts.path:
        return href
    target = posixpath.normpath(posixpath.join(from_dir, parts.path))
    rel = posixpath.relpath(target, to_dir or ".")
    return rel + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")


def sanitize(html: str, id_prefix: str = "body-", from_dir: str = "", to_dir: str = "", shift: int = 0) -> str:
    """Keep only safe tags/attributes of *html*; prefix ids (no clash with page sections); move links."""

    def attr_filter(tag: str, attr: str, value: str) -> str | None:
        if attr == "id":
            return id_prefix + value if _ID_RE.match(value) else None
        if tag == "a" and attr == "href":
            if value.startswith("#"):
                return "#" + id_prefix + value[1:] if _ID_RE.match(value[1:]) else value
            if from_dir != to_dir:
                return _relink(value, from_dir, to_dir)
        return value

    out = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        allowed_classes=CLASSES,
        url_schemes=SCHEMES,
        attribute_filter=attr_filter,
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    if shift:
        out = _HEADING_RE.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}", out)
    return out


class BodyRenderer:
    """Render article bodies with the site's Markdown setup; cache per article."""

    def __init__(self, config, files: Files, bodies: dict[str, str]):
        self.config = config
        self.files = files
        self.bodies = bodies  # slug -> Markdown body
        self.md = markdown.Markdown(
            extensions=config["markdown_extensions"],
            extension_configs=config["mdx_configs"] or {},
        )
        self.rel = _RelativePathTreeprocessor(None, files, config)  # type: ignore[arg-type]
        self.rel._register(self.md)
        self._html: dict[str, str] = {}

    def _raw(self, slug: str) -> str:
        if slug not in self._html:
            src = f"articles/{slug}.md"
            self.rel.file = self.files.get_file_from_path(src) or File.generated(self.config, src, content="")
            self.md.reset()
            self._html[slug] = self.md.convert(self.bodies.get(slug, ""))
        return self._html[slug]

    def html_for(self, slug: str, page_src_uri: str) -> str:
        """The sanitised body of *slug* as it appears on the page *page_src_uri*."""
        article_src = f"articles/{slug}.md"
        own = page_src_uri == article_src
        from_dir = posixpath.dirname(self._dest(article_src))
        to_dir = posixpath.dirname(self._dest(page_src_uri))
        return sanitize(
            self._raw(slug),
            id_prefix="body-" if own else f"{slug}-",
            from_dir=from_dir,
            to_dir=to_dir,
            shift=0 if own else 2,
        )

    def _dest(self, src_uri: str) -> str:
        f = self.files.get_file_from_path(src_uri)
        return f.dest_uri if f is not None else src_uri[:-3] + ".html"

    def fill(self, html: str, page_src_uri: str) -> str:
        """Replace every body placeholder in a page's HTML."""
        if "data-bg-body" not in html:
            return html

        def repl(m: re.Match) -> str:
            slug = m.group(1)
            if slug not in self.bodies:
                return ""
            return f'<div class="bg-body">{self.html_for(slug, page_src_uri)}</div>'

        return SLOT_RE.sub(repl, html)
