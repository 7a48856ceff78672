"""Helpers for the reliability tests: run the real CLI, build the real site, snapshot trees."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLI = ROOT / ".venv" / "bin" / "briefgen"
CORPUS = ROOT / "corpus"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile" / "raw"


def cli_command() -> list[str]:
    """The installed ``briefgen`` script, else the module (same code either way)."""
    return [str(CLI)] if CLI.exists() else [sys.executable, "-m", "briefgen.cli"]


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ)
    e.update({"NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"})
    e.update(extra)
    return e


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [ln for ln in self.err.splitlines() if ln.strip()]


def briefgen(*args: str | Path, cwd: Path, timeout: float = 120, **env_extra: str) -> Run:
    p = subprocess.run(cli_command() + [str(a) for a in args], cwd=cwd, env=env(**env_extra),
                       capture_output=True, text=True, timeout=timeout)
    return Run(p.returncode, p.stdout, p.stderr)


def copy_corpus(dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    names = sorted(p.name for p in CORPUS.glob("*.txt"))
    for n in names:
        shutil.copyfile(CORPUS / n, dest / n)
    return names


class _EnvLoader(yaml.SafeLoader):
    pass


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.SequenceNode):
        vals = loader.construct_sequence(node)
        return vals[-1] if len(vals) > 1 else None
    return None


_EnvLoader.add_constructor("!ENV", _env_tag)


def site_config(tmp: Path, content_dir: Path) -> Path:
    """A copy of the repo's mkdocs.yml in *tmp*, every path absolute, content_dir -> *content_dir*."""
    cfg = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvLoader)
    docs = tmp / "docs"
    if (ROOT / cfg.get("docs_dir", "docs")).is_dir():
        shutil.copytree(ROOT / cfg.get("docs_dir", "docs"), docs, dirs_exist_ok=True)
    docs.mkdir(exist_ok=True)
    cfg["docs_dir"] = str(docs)
    theme = cfg.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str((ROOT / theme["custom_dir"]).resolve())
    plugins = []
    for item in cfg.get("plugins") or []:
        if isinstance(item, dict) and "briefgen" in item:
            conf = dict(item["briefgen"] or {})
            conf["content_dir"] = str(content_dir.resolve())
            for key in ("templates_dir", "taxonomy", "gazetteer"):
                if conf.get(key):
                    conf[key] = str((ROOT / conf[key]).resolve())
            conf.setdefault("templates_dir", str(ROOT / "templates"))
            item = {"briefgen": conf}
        plugins.append(item)
    cfg["plugins"] = plugins
    path = tmp / "mkdocs.yml"
    path.write_text(yaml.safe_dump(cfg, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def build(tmp: Path, content_dir: Path, site_dir: Path, timeout: float = 300) -> Run:
    """``briefgen build`` (strict) of *content_dir* into *site_dir* with the repo's site config."""
    cfg = site_config(tmp, content_dir)
    return briefgen("build", "--config-file", cfg, "--site", site_dir, cwd=tmp, timeout=timeout)


def snapshot(root: Path) -> dict[str, str]:
    """relative path -> sha256 (files), 'dir' (folders) or 'link:<target>' (symlinks)."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in dirnames + sorted(filenames):
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                out[rel] = "link:" + os.readlink(p)
            elif p.is_dir():
                out[rel] = "dir"
            elif p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
            else:
                out[rel] = "special"
    return out


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def make_batch(dest: Path, n: int, seed: int = 7) -> list[str]:
    """*n* distinct raw articles built from the corpus sentences (deterministic)."""
    import random
    import re

    rng = random.Random(seed)
    sentences: list[str] = []
    for p in sorted(CORPUS.glob("*.txt")):
        for para in p.read_text(encoding="utf-8").split("\n"):
            sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", para) if len(s.split()) > 6]
    places = ["Beirut", "Damascus", "Tyre", "Sidon", "Homs", "Aleppo", "Qusayr", "Nabatieh", "Baalbek", "Tehran"]
    dest.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        place = places[i % len(places)]
        title = f"Report {i:04d}: {rng.choice(['Clashes', 'Strikes', 'Talks', 'Protests'])} near {place} " \
                f"{rng.choice(['continue', 'escalate', 'resume', 'end'])} {rng.randint(1, 10**6)}"
        paras = [" ".join(rng.sample(sentences, 3)) for _ in range(rng.randint(2, 6))]
        paras.insert(0, f"Officials in {place} said on Monday that event number {i} of the batch had happened "
                        f"({rng.randint(1, 10**9)}).")
        name = f"batch-{i:04d}.txt"
        (dest / name).write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
        names.append(name)
    return names
