"""The ``briefgen`` command: a thin layer over the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .config import Config

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _config(**kw) -> Config:
    return Config(**{k: v for k, v in kw.items() if v is not None})


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn raw news articles into a cross-linked MkDocs briefing site.

    \b
    Typical use:
      briefgen ingest corpus/        raw articles -> content/*.md
      briefgen build                 content/ -> site/ (strict)
      briefgen serve                 live preview on http://127.0.0.1:8000/
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("content"),
              show_default=True, help="Folder of front-matter Markdown to write.")
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Theme taxonomy YAML.")
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Entity gazetteer YAML.")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Refuse raw files larger than this (default 5 MiB).")
@click.option("--reference-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Resolve year-less and relative dates against this day (default 2025-01-01; "
                   "fixed, never 'today', so ingest is reproducible).")
@click.option("--quiet", "-q", is_flag=True, help="Print errors and the summary only.")
def ingest(paths, content_dir, taxonomy, gazetteer, max_bytes, reference_date, quiet) -> None:
    """Read raw articles (files or folders) and write one .md per article.

    A file that cannot be read gets one line naming it and the reason; the
    others are still written. Exit code 1 if any file failed.
    """
    from tqdm import tqdm

    from .models import BriefgenError
    from .pipeline import ingest as run

    cfg = _config(content_dir=content_dir, taxonomy=taxonomy, gazetteer=gazetteer, max_bytes=max_bytes,
                  reference_date=reference_date.date() if reference_date else None)

    def progress(items):
        items = list(items)
        return tqdm(items, desc="parsing", unit="file", disable=quiet or len(items) < 20 or None,
                    file=sys.stderr, leave=False)

    try:
        report = run(paths, cfg, progress=progress)
    except BriefgenError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    for err in report.failed:
        click.echo(f"error: {err}", err=True)
    if not quiet:
        for raw, slug in report.duplicates:
            click.echo(f"duplicate: {raw} is the same story as {slug}.md (recorded there)")
    for line in report.summary_lines():
        click.echo(line)
    sys.exit(0 if report.ok else 1)


def _mkdocs_logging(level: int) -> None:
    """Print mkdocs' (and the plugin's) messages: without a handler they are silently lost."""
    import logging

    logger = logging.getLogger("mkdocs")
    if not any(getattr(h, "briefgen", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        handler.briefgen = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
    logger.setLevel(level)


def _mkdocs_config(config_file: Path, content_dir: Path | None, site_dir: Path | None, **overrides):
    from mkdocs.config import load_config

    kw = {"config_file": str(config_file), "strict": True, **overrides}
    if site_dir is not None:
        kw["site_dir"] = str(site_dir.resolve())
    cfg = load_config(**kw)
    if content_dir is not None:
        plugin = cfg["plugins"].get("briefgen")
        if plugin is None:
            raise click.ClickException(f"{config_file}: the briefgen plugin is not enabled under 'plugins'")
        plugin.config["content_dir"] = str(content_dir.resolve())
    return cfg


@main.command()
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder of front-matter Markdown (default: the plugin's content_dir, content/).")
@click.option("--site", "site_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Output folder (default: site/).")
@click.option("--config-file", "-f", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("mkdocs.yml"), show_default=True)
def build(content_dir, site_dir, config_file) -> None:
    """Render content/ through the templates into a static site (strict: a warning fails)."""
    from mkdocs.commands.build import build as mk_build
    from mkdocs.exceptions import MkDocsException

    import logging

    _mkdocs_logging(logging.WARNING)
    try:
        cfg = _mkdocs_config(config_file, content_dir, site_dir)
        mk_build(cfg)
    except MkDocsException as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"site written to {cfg['site_dir']}")


@main.command()
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--config-file", "-f", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=Path("mkdocs.yml"), show_default=True)
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(content_dir, config_file, dev_addr) -> None:
    """Live preview: rebuilds when a content file, template or taxonomy changes."""
    from mkdocs.commands.serve import serve as mk_serve

    import logging

    _mkdocs_logging(logging.INFO)
    if content_dir is not None:
        os.environ["BRIEFGEN_CONTENT_DIR"] = str(content_dir.resolve())
    mk_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True, strict=True)


@main.command("unknown-names")
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("content"),
              show_default=True)
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--min-count", type=click.IntRange(min=1), default=2, show_default=True)
def unknown_names(content_dir, gazetteer, min_count) -> None:
    """List frequent capitalised names the gazetteer does not know yet."""
    from .analyze import load_gazetteer, unknown_names as find
    from .content import load_all
    from .markup import plain_text

    cfg = _config(gazetteer=gazetteer)
    articles, errors = load_all(content_dir)
    for err in errors:
        click.echo(f"error: {err}", err=True)
    gaz = load_gazetteer(cfg.gazetteer)
    texts = [a.title + "\n\n" + plain_text(a.body) for a in articles]
    for name, count in find(texts, gaz, min_count=min_count):
        click.echo(f"{count}\t{name}")


@main.command()
@click.option("--content", "content_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("content"),
              show_default=True)
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check(content_dir, taxonomy) -> None:
    """Validate every content file; one line per problem, exit 1 if any."""
    from .analyze import load_taxonomy
    from .content import load_all

    cfg = _config(taxonomy=taxonomy)
    ids = [t.id for t in load_taxonomy(cfg.taxonomy).themes]
    articles, errors = load_all(content_dir, ids)
    for err in errors:
        click.echo(f"error: {err}", err=True)
    click.echo(f"{len(articles)} valid, {len(errors)} invalid")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
