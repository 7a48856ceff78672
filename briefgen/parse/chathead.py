"""Message headers of a copied chat/channel export: "Channel Name, [15.10.2024 21:12]" (Telegram Desktop copy).

Such a line opens a message: it names the sender and dates the message, it is never a headline. The headers
become bylines carrying their date (the first message dates the document); the post itself states no
headline, so the title is inferred from the message text.
"""

from __future__ import annotations

import re

from .datefind import find_dates
from .model import Line

# "Name, [15.10.2024 21:12]", "Name, [10/15/2024 9:12 PM]": a sender, a comma, a bracketed date and time
_HEADER = re.compile(r"^(?P<name>\S.{0,100}?),\s*\[(?P<stamp>\d{1,4}[./\-]\d{1,2}[./\-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
                     r"(?:\s*[AaPp]\.?[Mm]\.?)?)\]\s*$")


def mark_chat_headers(lines: list[Line]) -> None:
    """Mark "Sender, [date time]" message headers as dated bylines."""
    for ln in lines:
        if ln.kind or ln.hint is not None:
            continue
        m = _HEADER.match(ln.text.strip())
        if not m or len(m.group("name").split()) > 15:
            continue
        hits = find_dates(m.group("stamp"))[0]
        if not hits:
            continue
        ln.kind, ln.date = "byline", hits[0]
        ln.reason = f"chat message header '{ln.text.strip()}' (sender and message time)"
