"""Bytes -> clean Unicode text.

BOMs first (UTF-8/16/32), then strict UTF-8, then charset-normalizer's
detection (never hand-guessed). The text is then repaired with ftfy (mojibake
such as ``Hezbollahâ€™s``), NFC-normalised, and its invisible debris removed:
non-breaking and odd spaces become plain spaces, zero-width characters and
soft hyphens go, every newline convention becomes ``\\n``.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import ftfy
from charset_normalizer import from_bytes

from ..models import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15", "cp1256", "iso8859_6", "mac_roman")
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # typographic quotes are the writer's, keep them
    fix_character_width=False,
    fix_latin_ligatures=True,
    normalization="NFC",
    explain=False,
)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def utf16_without_bom(data: bytes) -> str | None:
    """The codec name when *data* is UTF-16 text without a byte-order mark, else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.7 * len(zeros):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
            if printable >= 0.95 * len(text):
                return codec
    return None


def to_text(data: bytes, name: str = "") -> tuple[str, str]:
    """Decode *data*; return (text, encoding used). Raises InputError."""
    if not data or not data.strip(b" \t\r\n\x0b\x0c"):
        raise InputError("empty file", path=name or None)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"cannot decode as {enc}: {exc.reason}", path=name or None) from None
    if b"\x00" in data:
        codec = utf16_without_bom(data)
        if codec:
            return data.decode(codec), codec
        raise InputError("binary file (NUL bytes), not text", path=name or None)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise InputError("cannot detect the text encoding", path=name or None)
    best = matches[0]
    try:  # same characters either way: name the common code page
        if str(best.encoding).startswith("cp125") and data.decode("cp1252") == str(best):
            return str(best), "cp1252"
    except UnicodeDecodeError:
        pass
    # charset-normalizer often ties several Western code pages (the bytes of
    # a Latin-1 text are "valid" cp1250 too); among the equally good
    # candidates prefer the ones news copy actually comes in.
    ties = [m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.05]
    for enc in _PREFERRED:
        pick = next((m for m in ties if m.encoding == enc), None)
        if pick is not None:
            return str(pick), str(pick.encoding)
    return str(best), str(best.encoding)


def clean_text(text: str) -> str:
    """Repair mojibake, normalise Unicode and whitespace (keeps line structure)."""
    text = _NEWLINES.sub("\n", text)
    text = ftfy.fix_text(text, _FTFY)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """Bytes -> (clean text, encoding). Raises InputError when nothing readable remains."""
    text, enc = to_text(data, name)
    text = clean_text(text)
    if not text.strip():
        raise InputError("empty after decoding (whitespace only)", path=name or None)
    bad = sum(1 for ch in text if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cs"))
    if bad > max(8, len(text) // 20):
        raise InputError(f"undecodable text ({bad} invalid characters, encoding {enc})", path=name or None)
    return text, enc
