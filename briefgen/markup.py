"""Article text is data: helpers that turn plain text into inert Markdown.

Every stage that puts article text into Markdown goes through here, so that a
headline like ``<script>`` or ``{{ x }}`` or ``# heading`` is shown as the
literal text a reader expects, never as live markup.
"""

from __future__ import annotations

import html
import re

_ALWAYS = {"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
           "<": "&lt;", ">": "&gt;", "&": "&amp;", "{": "\\{", "}": "\\}", "|": "\\|"}
_DOUBLED = re.compile(r"([~=^+:!/])(?=\1)")  # ~~strike~~ ==mark== ^^ins^^ !!! /// ::: ++keys++
_LINE_START = re.compile(r"^(\s*)([#>+\-=!:/%]|\d+(?=[.)]))")
# C0/C1 control characters (other than whitespace) and lone surrogates: never
# meaningful in article text; STX/ETX would collide with Markdown's placeholders.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """*text* as one line: control characters dropped, whitespace runs collapsed."""
    return " ".join(_CONTROL.sub("", str(text)).split())


def md_escape(text: str) -> str:
    """Escape *text* for use inside a Markdown paragraph, heading or link text.

    The result is one line (whitespace collapses) that Python-Markdown and
    the pymdown extensions render as exactly the original characters: HTML
    special characters become entities, emphasis/link/code punctuation gets
    a backslash, and anything that would open a block at the start of the
    line (heading, quote, list, rule, admonition) is neutralised.
    Ordinary prose punctuation (. , - : ') is left readable.
    """
    text = clean_text(text)
    text = "".join(_ALWAYS.get(ch, ch) for ch in text)
    text = _DOUBLED.sub(lambda m: "\\" + m.group(1), text)
    # Trailing hashes would be read as a heading's closing sequence.
    stripped = text.rstrip("#")
    text = stripped + "\\#" * (len(text) - len(stripped))
    m = _LINE_START.match(text)
    if m:
        if m.group(2)[0].isdigit():  # "1. " ordered list -> "1\. "
            end = m.end()
            text = text[:end] + "\\" + text[end:]
        else:
            text = text[: m.start(2)] + "\\" + text[m.start(2):]
    return text


def html_text(text: str) -> str:
    """Escape *text* for an HTML text node or attribute value."""
    return html.escape(clean_text(text), quote=True)


def paragraph(text: str) -> str:
    """One body paragraph as Markdown."""
    return md_escape(text)


def subhead(text: str, level: int = 2) -> str:
    """A section subhead as a Markdown heading."""
    return "#" * level + " " + md_escape(text)


FIGURE_RE = re.compile(
    r'^<figure class="bg-figure"><figcaption>(?P<caption>.*?)'
    r'(?: <span class="bg-credit">(?P<credit>.*?)</span>)?</figcaption></figure>$'
)


def figure(caption: str, credit: str | None = None) -> str:
    """A photo caption (and its credit) as a self-contained HTML figure block.

    The caption and credit are HTML-escaped; the block is one line so
    Markdown leaves it alone.
    """
    inner = html_text(caption)
    if credit:
        inner += f' <span class="bg-credit">{html_text(credit)}</span>'
    return f'<figure class="bg-figure"><figcaption>{inner}</figcaption></figure>'


def join_blocks(blocks: list[str]) -> str:
    """Join Markdown blocks with one blank line, ending with a newline."""
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def plain_text(markdown_body: str) -> str:
    """Best-effort plain text of a body made by this module (for analysis)."""
    lines = []
    for block in markdown_body.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        m = FIGURE_RE.match(block)
        if m:
            lines.append(html.unescape(m.group("caption")))
            continue
        block = re.sub(r"^#+ ", "", block)
        block = re.sub(r"\\(.)", r"\1", block)
        lines.append(html.unescape(block))
    return "\n\n".join(lines)
