"""Static SVG charts, drawn at build time (no script, no external file).

Every chart has a <title> and <desc> (the data in words) for screen readers,
black-on-white-friendly text (``currentColor``), and never relies on colour
alone: each bar carries its number, each graph edge its width and the desc
lists the pairs. Coordinates are rounded, so output is byte-stable.
"""

from __future__ import annotations

import math
from html import escape

from .model import month_label

_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'


def _n(x: float) -> str:
    """A coordinate as short, stable text."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _e(text: str) -> str:
    return escape(" ".join(str(text).split()), quote=True)


def _open(uid: str, w: float, h: float, title: str, desc: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="bg-chart-svg" viewBox="0 0 {_n(w)} {_n(h)}" '
        f'width="{_n(w)}" height="{_n(h)}" role="img" aria-labelledby="{uid}-t {uid}-d" {_FONT} font-size="12">',
        f'<title id="{uid}-t">{_e(title)}</title>',
        f'<desc id="{uid}-d">{_e(desc)}</desc>',
    ]


def period_keys(keys: list[str]) -> tuple[list[str], str]:
    """Every month between the first and last of *keys* ("YYYY-MM"), or every year if that is too many."""
    keys = sorted(k for k in keys if len(k) == 7)
    if not keys:
        return [], "month"
    y0, m0 = int(keys[0][:4]), int(keys[0][5:])
    y1, m1 = int(keys[-1][:4]), int(keys[-1][5:])
    span = (y1 - y0) * 12 + (m1 - m0) + 1
    if span > 36:
        return [str(y) for y in range(y0, y1 + 1)], "year"
    out = []
    y, m = y0, m0
    for _ in range(span):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out, "month"


def _period_label(key: str) -> str:
    return month_label(key) if len(key) == 7 else key


def _short_label(key: str) -> tuple[str, str]:
    """Two-line axis label: ("Jun", "2024") or ("2024", "")."""
    if len(key) == 7:
        return month_label(key)[:3], key[:4]
    return key, ""


def bar_rows(uid: str, title: str, rows: list[tuple[str, dict[str, int]]], keys: list[str]) -> str:
    """Small multiples: one row of bars per series (theme), one column per period.

    *rows* are (series name, {period key: count}); *keys* the periods in order.
    No colour legend is needed: each row is labelled and each bar shows its count.
    """
    if not keys or not rows:
        return ""
    label_w, col_w, row_h, top, axis_h = 170.0, max(18.0, min(44.0, 640.0 / len(keys))), 64.0, 8.0, 34.0
    w = label_w + col_w * len(keys) + 10
    h = top + row_h * len(rows) + axis_h
    peak = max([1] + [c for _, counts in rows for c in counts.values()])
    desc_parts = []
    for name, counts in rows:
        vals = ", ".join(f"{_period_label(k)}: {counts[k]}" for k in keys if counts.get(k))
        desc_parts.append(f"{name}: {vals or 'no articles'}.")
    out = _open(uid, w, h, title, " ".join(desc_parts))
    for i, (name, counts) in enumerate(rows):
        y0 = top + i * row_h
        base = y0 + row_h - 8
        out.append(f'<text x="0" y="{_n(base - 14)}" fill="currentColor" font-weight="bold">{_e(name[:26])}</text>')
        out.append(f'<line x1="{_n(label_w)}" y1="{_n(base)}" x2="{_n(w - 10)}" y2="{_n(base)}" '
                   f'stroke="currentColor" stroke-width="1"/>')
        for j, k in enumerate(keys):
            c = counts.get(k, 0)
            if not c:
                continue
            bh = (row_h - 26) * c / peak
            x = label_w + j * col_w + col_w * 0.15
            out.append(f'<rect class="bg-bar" x="{_n(x)}" y="{_n(base - bh)}" width="{_n(col_w * 0.7)}" '
                       f'height="{_n(bh)}" fill="#5b7fb5" stroke="currentColor" stroke-width="0.8"/>')
            out.append(f'<text x="{_n(x + col_w * 0.35)}" y="{_n(base - bh - 3)}" text-anchor="middle" '
                       f'fill="currentColor" font-size="10">{c}</text>')
    ay = top + row_h * len(rows)
    step = max(1, math.ceil(len(keys) * 40 / (col_w * len(keys))))
    for j, k in enumerate(keys):
        if j % step:
            continue
        a, b = _short_label(k)
        x = label_w + j * col_w + col_w / 2
        out.append(f'<text x="{_n(x)}" y="{_n(ay + 12)}" text-anchor="middle" fill="currentColor" '
                   f'font-size="10">{_e(a)}</text>')
        if b and (j == 0 or k.endswith("-01")):
            out.append(f'<text x="{_n(x)}" y="{_n(ay + 25)}" text-anchor="middle" fill="currentColor" '
                       f'font-size="10">{_e(b)}</text>')
    out.append("</svg>")
    return "".join(out)


def cooccurrence_graph(uid: str, title: str, nodes: list[tuple[str, int]],
                       edges: list[tuple[str, str, int]]) -> str:
    """Entities on a circle (fixed order: as given), edges as lines whose width is the count.

    *nodes* are (name, number of articles); *edges* (a, b, articles naming both).
    """
    if not nodes:
        return ""
    n = len(nodes)
    w, h = 900.0, 560.0
    cx, cy, rx, ry = w / 2, h / 2, w / 2 - 170, h / 2 - 50
    peak_n = max(c for _, c in nodes) or 1
    pos: dict[str, tuple[float, float]] = {}
    for i, (name, _) in enumerate(nodes):
        ang = -math.pi / 2 + 2 * math.pi * i / n
        pos[name] = (cx + rx * math.cos(ang), cy + ry * math.sin(ang))
    edges = [e for e in edges if e[0] in pos and e[1] in pos and e[2] > 0]
    peak_e = max([1] + [c for _, _, c in edges])
    desc = "Entities (articles): " + ", ".join(f"{nm} ({c})" for nm, c in nodes) + ". "
    if edges:
        top = sorted(edges, key=lambda e: (-e[2], e[0], e[1]))[:20]
        desc += "Most often named together: " + ", ".join(f"{a} and {b} ({c})" for a, b, c in top) + "."
    out = _open(uid, w, h, title, desc)
    for a, b, c in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        sw = 0.6 + 5.0 * c / peak_e
        out.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="currentColor" '
                   f'stroke-opacity="0.45" stroke-width="{_n(sw)}"><title>{_e(a)} and {_e(b)}: {c}</title></line>')
    for i, (name, c) in enumerate(nodes):
        x, y = pos[name]
        rad = 5 + 9 * c / peak_n
        ang = -math.pi / 2 + 2 * math.pi * i / n
        lx, ly = x + (rad + 6) * math.cos(ang), y + (rad + 6) * math.sin(ang) + 4
        anchor = "middle" if abs(math.cos(ang)) < 0.3 else ("start" if math.cos(ang) > 0 else "end")
        out.append(f'<circle class="bg-node" cx="{_n(x)}" cy="{_n(y)}" r="{_n(rad)}" fill="#5b7fb5" '
                   f'stroke="currentColor" stroke-width="1"><title>{_e(name)}: {c}</title></circle>')
        out.append(f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}" fill="currentColor">'
                   f'{_e(name[:28])} ({c})</text>')
    out.append("</svg>")
    return "".join(out)
