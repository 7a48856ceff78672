"""Find raw input files: ``discover(paths, max_bytes)``.

Folders are walked recursively in sorted order; hidden files and folders
are skipped; a symlink is never followed outside the folder given. Each
unusable file becomes one ``InputError`` (reason + display name) and the rest
continue.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .models import InputError
from .parse.decode import utf16_without_bom

_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"Rar!", "a RAR archive"), (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"), (b"\x00\x00\x00\x18ftyp", "an MP4 video"), (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"OggS", "an Ogg media file"), (b"ID3", "an MP3 file"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3", "an SQLite database"),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class RawDoc:
    """One raw input file."""

    path: Path  # absolute path on disk
    name: str  # display/origin name (relative to the folder given, posix separators)
    data: bytes
    sha256: str  # hex of data


def _check(data: bytes) -> str | None:
    """Why *data* is not a text article, or None."""
    if not data.strip(b" \t\r\n\x0b\x0c"):
        return "empty file"
    for bom in _TEXT_BOMS:
        if data.startswith(bom):
            rest = data[len(bom):]
            if bom == b"\xef\xbb\xbf":
                return None if rest.strip(b" \t\r\n") else "empty file (only a byte-order mark)"
            try:
                text = rest.decode("utf-16-le" if bom == b"\xff\xfe" else "utf-16-be")
            except UnicodeDecodeError:
                return None  # the parser reports the decoding problem
            return None if text.strip() else "empty file (whitespace only)"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({what}), not a text article"
    if b"\x00" in data[:65536] and not utf16_without_bom(data):
        return "binary file (NUL bytes), not a text article"
    return None


def _read(path: Path, name: str, max_bytes: int) -> tuple[RawDoc | None, InputError | None]:
    try:
        st = path.stat()
    except OSError as exc:
        return None, InputError(f"cannot read: {exc.strerror or exc}", path=name)
    if stat.S_ISDIR(st.st_mode):
        return None, InputError("is a folder where a file was expected", path=name)
    if not stat.S_ISREG(st.st_mode):
        return None, InputError("not a regular file (device, socket or pipe)", path=name)
    if st.st_size > max_bytes:
        return None, InputError(f"too large ({st.st_size} bytes; the limit is {max_bytes})", path=name)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return None, InputError(f"cannot read: {exc.strerror or exc}", path=name)
    if len(data) > max_bytes:
        return None, InputError(f"too large (over {max_bytes} bytes)", path=name)
    why = _check(data)
    if why:
        return None, InputError(why, path=name)
    return RawDoc(path=path.absolute(), name=name, data=data, sha256=hashlib.sha256(data).hexdigest()), None


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _walk(root: Path) -> tuple[list[tuple[Path, str]], list[InputError]]:
    """Sorted (path, relative name) of the files under *root*; symlinks stay inside."""
    real_root = root.resolve()
    found: list[tuple[Path, str]] = []
    errors: list[InputError] = []
    seen_dirs: set[Path] = set()

    def visit(folder: Path, rel: str) -> None:
        try:
            real = folder.resolve()
        except (OSError, RuntimeError):
            return
        if real in seen_dirs:
            return
        seen_dirs.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            errors.append(InputError(f"cannot list folder: {exc.strerror or exc}", path=rel or "."))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            name = f"{rel}/{entry.name}" if rel else entry.name
            p = Path(entry.path)
            if entry.is_symlink() and not _inside(p, real_root):
                errors.append(InputError("symlink pointing outside the input folder, skipped", path=name))
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                visit(p, name)
            else:
                found.append((p, name))

    visit(root, "")
    return found, errors


def discover(paths: list[Path], max_bytes: int) -> tuple[list[RawDoc], list[InputError]]:
    """Raw documents under *paths* (files or folders) and one error per unusable file."""
    docs: list[RawDoc] = []
    errors: list[InputError] = []
    seen: set[Path] = set()
    for given in paths:
        given = Path(given)
        if not given.exists() and not given.is_symlink():
            errors.append(InputError("no such file or folder", path=str(given)))
            continue
        if given.is_dir():
            files, errs = _walk(given)
            errors.extend(errs)
        else:
            files = [(given, given.name)]
        for path, name in files:
            try:
                key = path.resolve()
            except (OSError, RuntimeError):
                key = path.absolute()
            if key in seen:
                continue
            seen.add(key)
            doc, err = _read(path, name, max_bytes)
            if doc:
                docs.append(doc)
            if err:
                errors.append(err)
    return docs, errors
