"""One typed configuration shared by the CLI and the MkDocs plugin."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Config:
    content_dir: Path = Path("content")
    site_dir: Path = Path("site")
    templates_dir: Path = Path("templates")
    taxonomy: Path = PACKAGE_DATA / "taxonomy.yaml"
    gazetteer: Path = PACKAGE_DATA / "gazetteer.yaml"
    outlets: Path = PACKAGE_DATA / "outlets.yaml"
    # Raw files above this size are refused with a clear message.
    max_bytes: int = 5 * 1024 * 1024
    # dateparser resolves relative dates against this (never "now": builds are deterministic).
    reference_date: _dt.date = _dt.date(2025, 1, 1)
    related_count: int = 5
