"""Offline readiness without a browser: vendored search shim, config, and what the built pages reference."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from browser_util import ROOT, built_site, is_loaded_resource, page_refs

sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "offline"))
import vendor_iframe_worker  # noqa: E402

SHIM = "assets/offline/iframe-worker/shim.js"
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""")
CSS_IMPORT = re.compile(r"""@import\s+['"]([^'"]+)""")


class _EnvLoader(yaml.SafeLoader):
    """SafeLoader that understands MkDocs' !ENV tag (returns the default)."""


_EnvLoader.add_constructor("!ENV", lambda loader, node: None)


def _mkdocs_config(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_EnvLoader)


def _plugin_names(config: dict) -> list[str]:
    return [next(iter(p)) if isinstance(p, dict) else p for p in config.get("plugins", [])]


def test_vendored_shim_matches_manifest():
    manifest = json.loads(vendor_iframe_worker.MANIFEST.read_text(encoding="utf-8"))
    assert manifest["package"] == "iframe-worker" and manifest["integrity"].startswith("sha512-")
    assert vendor_iframe_worker.check_local(manifest) == []
    license_text = (vendor_iframe_worker.VENDOR_DIR / "LICENSE").read_text(encoding="utf-8")
    assert manifest["license"] == "MIT" and "Permission is hereby granted" in license_text


def test_manifest_check_detects_tampering(tmp_path, monkeypatch):
    manifest = json.loads(vendor_iframe_worker.MANIFEST.read_text(encoding="utf-8"))
    for name in manifest["files"]:
        (tmp_path / name).write_bytes((vendor_iframe_worker.VENDOR_DIR / name).read_bytes())
    (tmp_path / "shim.js").write_bytes(b"window.Worker=null;")
    monkeypatch.setattr(vendor_iframe_worker, "VENDOR_DIR", tmp_path)
    assert vendor_iframe_worker.check_local(manifest) == ["shim.js: sha256 differs from VENDOR.json"]


@pytest.mark.skipif(os.environ.get("BRIEFGEN_CHECK_NPM") != "1",
                    reason="set BRIEFGEN_CHECK_NPM=1 to compare the vendored shim with the npm tarball (network)")
def test_vendored_shim_matches_npm_tarball():
    manifest = json.loads(vendor_iframe_worker.MANIFEST.read_text(encoding="utf-8"))
    assert vendor_iframe_worker.check_npm(manifest) == []


@pytest.mark.parametrize("config_path", [ROOT / "mkdocs.yml", ROOT / "tests/fixtures/offline/site/mkdocs.yml"],
                         ids=["repo", "fixture"])
def test_mkdocs_config_is_offline(config_path):
    config = _mkdocs_config(config_path)
    assert config["theme"]["font"] is False, "theme.font must be false (no Google Fonts)"
    assert config.get("use_directory_urls") is False, "file:// needs links to files, not directories"
    names = _plugin_names(config)
    assert "search" in names and "offline" in names
    assert names.index("search") < names.index("offline")
    polyfills = (config.get("extra") or {}).get("polyfills") or []
    assert SHIM in polyfills, "without a local iframe-worker polyfill Material loads it from unpkg.com"
    assert all(not str(p).startswith(("http:", "https:", "//")) for p in polyfills)
    for key in ("extra_javascript", "extra_css"):
        for entry in config.get(key) or []:
            path = entry if isinstance(entry, str) else entry.get("path", "")
            assert not str(path).startswith(("http:", "https:", "//")), f"{key} loads {path} from the network"


def _site_files(site: Path, suffix: str) -> list[Path]:
    return sorted(p for p in site.rglob(f"*{suffix}") if p.is_file())


def _local_target(site: Path, page: Path, ref: str) -> Path | None:
    """File a relative reference points to, or None for fragments/mailto/etc."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    base = site if parts.path.startswith("/") else page.parent
    return (base / unquote(parts.path.lstrip("/"))).resolve()


def test_built_site_loads_nothing_from_the_network():
    site = built_site("").path
    pages = _site_files(site, ".html")
    assert pages, "the build produced no HTML"
    assert (site / SHIM).is_file(), f"{SHIM} is referenced but was not copied into the site"
    assert (site / "search" / "search_index.js").is_file(), "offline plugin did not inline the search index"
    remote = []
    for page in pages:
        refs, _ = page_refs(page.read_text(encoding="utf-8"))
        for tag, attr, value in refs:
            if is_loaded_resource(tag) and (urlsplit(value).scheme in ("http", "https") or value.startswith("//")):
                remote.append(f"{page.relative_to(site)}: <{tag} {attr}={value}>")
        text = page.read_text(encoding="utf-8")
        for needle in ("unpkg.com", "fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net"):
            if needle in text:
                remote.append(f"{page.relative_to(site)}: mentions {needle}")
    for css in _site_files(site, ".css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for ref in CSS_URL.findall(text) + CSS_IMPORT.findall(text):
            if urlsplit(ref).scheme in ("http", "https") or ref.startswith("//"):
                remote.append(f"{css.relative_to(site)}: url({ref})")
    assert remote == []


def test_every_local_reference_resolves_to_a_file():
    """On file:// a link must name a file: a directory link shows a directory listing, a miss is an error."""
    site = built_site("").path
    broken = []
    for page in _site_files(site, ".html"):
        refs, _ = page_refs(page.read_text(encoding="utf-8"))
        for tag, attr, value in refs:
            target = _local_target(site, page, value)
            if target is None:
                continue
            if not target.is_relative_to(site.resolve()):
                broken.append(f"{page.relative_to(site)}: <{tag} {attr}={value}> leaves the site")
            elif not target.is_file():
                broken.append(f"{page.relative_to(site)}: <{tag} {attr}={value}> -> no such file")
    assert broken == []



def test_pages_workflow_builds_with_pinned_tools_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    uses = {s["uses"].split("@")[0] for s in steps if "uses" in s}
    assert {"actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"} <= uses
    python = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert str(python["with"]["python-version"]) == "3.11"
    runs = "\n".join(s.get("run", "") for s in steps)
    assert "pip install -e ." in runs and "mkdocs build --strict" in runs
    build = next(s for s in steps if "mkdocs build" in s.get("run", ""))
    assert "steps.pages.outputs.base_url" in build["env"]["SITE_URL"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
