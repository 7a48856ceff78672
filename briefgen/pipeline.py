"""The ingest pipeline: sources -> parse -> analyze -> content.

A library function first (``ingest``); the CLI only prints its report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import content as content_mod
from .config import Config
from .models import Article, BriefgenError, ContentError, InputError
from .slugs import make_slug, unique


@dataclass
class IngestReport:
    new: list[str] = field(default_factory=list)  # slugs
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edits: dict[str, list[str]] = field(default_factory=dict)  # slug -> fields kept
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (raw name, slug it duplicates)
    failed: list[BriefgenError] = field(default_factory=list)
    themes: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary_lines(self) -> list[str]:
        lines = [
            f"{len(self.new)} new, {len(self.updated)} updated, {len(self.unchanged)} unchanged, "
            f"{len(self.duplicates)} duplicate(s), {len(self.failed)} failed"
        ]
        for slug, fields in sorted(self.kept_edits.items()):
            lines.append(f"kept hand edits in {slug}.md: {', '.join(fields)}")
        if self.themes:
            per = ", ".join(f"{t}: {n}" for t, n in sorted(self.themes.items(), key=lambda kv: (-kv[1], kv[0])))
            lines.append(f"per theme: {per}")
        return lines


def _origin_key(a: Article) -> tuple[str, int]:
    return (a.origin.file, a.origin.entry if a.origin.entry is not None else -1)


def _existing_index(content_dir: Path) -> tuple[dict[tuple[str, int], str], set[str]]:
    """Map each already ingested raw origin to its slug; also every slug in use."""
    by_origin: dict[tuple[str, int], str] = {}
    taken: set[str] = set()
    for p in content_mod.content_files(content_dir):
        taken.add(p.stem)
        try:
            key = content_mod.origin_of(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if key:  # even a file with broken front matter keeps its origin (so no second copy is written)
            by_origin.setdefault((key[0], key[1] if key[1] is not None else -1), p.stem)
    return by_origin, taken


def _is_output(path: Path, config: Config) -> bool:
    """A file briefgen wrote (content/ or site/) is never read back as a raw article."""
    for out in (config.content_dir, config.site_dir):
        try:
            Path(path).resolve().relative_to(Path(out).resolve())
            return True
        except (ValueError, OSError, RuntimeError):
            continue
    return False


def _internal(path: str, exc: Exception) -> InputError:
    return InputError(f"could not be processed ({type(exc).__name__}: {exc})", path=path)


def ingest(
    paths: Iterable[Path],
    config: Config,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> IngestReport:
    """Ingest raw files or folders into ``config.content_dir``.

    Bad files are reported (one error each) and skipped; every good file is
    written. Existing files keep their slug and their editors' changes.
    """
    from .analyze import analyze, load_gazetteer, load_taxonomy
    from .parse import duplicate_groups, parse
    from .sources import discover

    report = IngestReport()
    gazetteer = load_gazetteer(config.gazetteer)
    taxonomy = load_taxonomy(config.taxonomy)
    docs, errors = discover([Path(p) for p in paths], config.max_bytes)
    docs = [d for d in docs if not _is_output(d.path, config)]  # e.g. `briefgen ingest .`
    report.failed.extend(errors)

    wrap = progress or (lambda it: it)
    parsed: list[Article] = []
    for doc in wrap(docs):
        try:
            parsed.extend(parse(doc, config))
        except BriefgenError as exc:
            report.failed.append(exc if exc.path else InputError(str(exc), path=doc.name))
        except Exception as exc:  # never a traceback for one bad file
            report.failed.append(_internal(doc.name, exc))
    parsed.sort(key=_origin_key)

    # The same story twice becomes one article that records the other, also
    # when the first copy was ingested in an earlier run.
    content_dir = Path(config.content_dir)
    prior = _prior_articles(content_dir, parsed)
    dup_of, prior_dups = _duplicates(parsed, prior, duplicate_groups)
    for dup, keep in sorted(dup_of.items()):
        if keep < len(parsed):
            parsed[keep].duplicates.append(parsed[dup].origin)

    by_origin, taken = _existing_index(content_dir)
    reserved = set(by_origin.values())
    for i, art in enumerate(parsed):
        if i in dup_of:
            continue
        try:
            art = analyze(art, gazetteer, taxonomy, config)
        except BriefgenError as exc:
            report.failed.append(exc if exc.path else InputError(str(exc), path=art.origin.file))
            continue
        except Exception as exc:
            report.failed.append(_internal(art.origin.file, exc))
            continue
        slug = by_origin.get(_origin_key(art))
        if slug is None:
            slug = unique(make_slug(art.title, fallback=Path(art.origin.file).stem), taken | reserved)
            taken.add(slug)
        art = dataclasses.replace(art, slug=slug)
        parsed[i] = art
        _write(art, content_dir / f"{slug}.md", report)
    report.duplicates = [(parsed[d].origin.file, parsed[k].slug) for d, k in sorted(dup_of.items()) if k < len(parsed)]
    for k, origins in sorted(prior_dups.items()):
        art = prior[k - len(parsed)]
        _record_duplicates(art, origins, content_dir / f"{art.slug}.md", report)
        report.duplicates.extend((o.file, art.slug) for o in origins)
    return report


def _prior_articles(content_dir: Path, parsed: list[Article]) -> list[Article]:
    """Readable content files whose raw file is not in this batch."""
    batch = {_origin_key(a) for a in parsed}
    existing, _errors = content_mod.load_all(content_dir)  # broken files are reported when written
    return [a for a in existing if _origin_key(a) not in batch]


def _duplicates(parsed: list[Article], prior: list[Article], groups_of) -> tuple[dict[int, int], dict[int, list]]:
    """Group duplicate stories over this batch and the existing content.

    Returns (batch index -> index of the article it duplicates, and for each
    existing article (index len(parsed)+i) the batch origins that duplicate it).
    An existing article is always the one kept: it already has its page.
    """
    dup_of: dict[int, int] = {}
    prior_dups: dict[int, list] = {}
    for members in groups_of(parsed + prior):
        olds = [m for m in members if m >= len(parsed)]
        keep = min(olds) if olds else members[0]  # members come earliest origin first
        for m in members:
            if m != keep and m < len(parsed):
                dup_of[m] = keep
                if keep >= len(parsed):
                    prior_dups.setdefault(keep, []).append(parsed[m].origin)
    return dup_of, prior_dups


def _record_duplicates(art: Article, origins: list, path: Path, report: IngestReport) -> None:
    """Add *origins* to an existing article's ``duplicates`` (unless an editor owns that field)."""
    known = {(o.file, o.entry) for o in art.duplicates}
    new = [o for o in origins if (o.file, o.entry) not in known]
    if not new:
        return
    try:
        front, _ = content_mod.split(path.read_text(encoding="utf-8"), str(path))
        prints = front.get(content_mod.FINGERPRINT_KEY)
        if not isinstance(prints, dict) or prints.get("duplicates") != content_mod.fingerprint(art)["duplicates"]:
            return  # hand-edited duplicates list: leave it to the editor
        updated = dataclasses.replace(art, duplicates=sorted(art.duplicates + new, key=lambda o: (o.file, o.entry or -1)))
        prints = {**prints, "duplicates": content_mod.fingerprint(updated)["duplicates"]}
        content_mod.write_atomic(path, content_mod.dumps(updated, prints))
        report.updated.append(art.slug)
    except (OSError, ContentError, UnicodeDecodeError) as exc:
        report.failed.append(ContentError(f"cannot record duplicate: {exc}", path=str(path)))


def _write(art: Article, path: Path, report: IngestReport) -> None:
    try:
        if path.exists():
            try:
                old_text = path.read_text(encoding="utf-8")
                merged = content_mod.merge(old_text, art, str(path))
            except (ContentError, UnicodeDecodeError) as exc:
                # The file was hand-edited into something unreadable: never overwrite it.
                why = exc.args[0] if isinstance(exc, ContentError) else "not UTF-8 text"
                report.failed.append(
                    ContentError(f"existing content file is invalid ({why}); left untouched", path=str(path))
                )
                return
            text = merged.text()
            if merged.kept:
                report.kept_edits[art.slug] = merged.kept
            final = merged.article
            if text == old_text:
                report.unchanged.append(art.slug)
            else:
                content_mod.write_atomic(path, text)
                report.updated.append(art.slug)
        else:
            final = art
            content_mod.write_atomic(path, content_mod.dumps(art))
            report.new.append(art.slug)
    except OSError as exc:
        report.failed.append(ContentError(f"cannot write: {exc.strerror or exc}", path=str(path)))
        return
    for t in final.themes[:1] or ["(no theme)"]:
        report.themes[t] += 1
