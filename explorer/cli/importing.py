"""Commands that change what is stored: ``import``, ``remove``; and ``documents``, which lists it."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from explorer.cli.common import choose_db, db_option, open_for_reading, open_for_writing, say, shorten


def _published(value: str | None) -> date | None:
    if not value:
        return None
    from explorer.ingest.metadata import DateRefused, parse_published

    try:
        return parse_published(value)
    except DateRefused as error:
        raise click.BadParameter(str(error), param_hint="--published") from error


@click.command("import")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV with columns file,published,outlet,title,url describing the files (alone: import the files it lists).",
)
@click.option("--published", metavar="DATE", help="Publication date of every file given here (2018-07-31).")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Extraction processes. [default: one per core]"
)
@db_option
def import_command(
    paths: tuple[Path, ...], manifest: Path | None, published: str | None, workers: int | None, db_path: Path | None
) -> None:
    """Import articles: .txt, .md, .html and .pdf files, folders, manifest CSVs.

    A manifest row's file is found by its path relative to the manifest, else by its name among
    the files being imported. Importing the same files again adds nothing; importing them with
    corrected metadata (a manifest, --published) updates them and their incidents. A file that
    cannot be read is reported and the rest still go in. Exits 1 when any file or manifest row
    could not be used.
    """
    from explorer.ingest.pipeline import ImportProblem, plan_import

    if not paths and manifest is None:
        raise click.UsageError("give files, folders or a manifest to import (see incidents import --help)")
    if manifest is not None and not manifest.is_file():
        raise click.BadParameter(f"no manifest at {manifest}", param_hint="--manifest")
    given = _published(published)
    try:
        plan = plan_import(list(paths), manifest, given)
    except ImportProblem as error:
        raise click.ClickException(str(error)) from error
    choice = choose_db(db_path)
    db = open_for_writing(choice.path, create=True)
    summary = _run(db, choice.path, plan, workers)
    from explorer.cli.import_report import report_lines

    for line in report_lines(summary, choice.path):
        say(line)
    if not summary.ok:
        sys.exit(1)


def _run(db: Any, path: Path, plan: Any, workers: int | None) -> Any:
    from explorer.ingest.lock import import_lock
    from explorer.ingest.pipeline import import_paths
    from explorer.ingest.workers import default_workers

    count = workers or default_workers()
    with import_lock(path, lambda: say(f"another import into {path} is running; waiting for it to finish…")):
        if len(plan.jobs) <= 5 or not sys.stderr.isatty():
            return import_paths(db, plan, workers=count if len(plan.jobs) > 5 else 1)
        with click.progressbar(length=len(plan.jobs), label="Importing", file=sys.stderr, show_pos=True) as bar:
            return import_paths(db, plan, progress=lambda _p: bar.update(1), workers=count)


def _targets(db: Any, targets: tuple[str, ...]) -> list[Any]:
    """The stored documents a user names by id, path or file name; a one-line error for any that is not found."""
    from db import queries
    from explorer.ingest.pipeline import stored_path

    found: dict[int, Any] = {}
    for target in targets:
        if target.isdigit():
            meta = queries.document_meta(db, int(target)) if int(target) < 2**63 else None
            if meta is None:
                raise click.BadParameter(
                    f"no document {target}; `incidents documents` lists them", param_hint="FILE|ID"
                )
            found[meta.id] = meta
            continue
        wanted = stored_path(Path(target))
        named = queries.documents_named(db, wanted, Path(target).name)
        by_path = [d for d in named if d.path == wanted]
        chosen = by_path or named
        if not chosen:
            raise click.BadParameter(f"no stored document from {target!r}; `incidents documents` lists them",
                                     param_hint="FILE|ID")  # fmt: skip
        if len(chosen) > 1 and not by_path:
            ids = ", ".join(str(d.id) for d in chosen)
            raise click.BadParameter(f"{target!r} names {len(chosen)} documents (ids {ids}); give the id or the path",
                                     param_hint="FILE|ID")  # fmt: skip
        found.update((d.id, d) for d in chosen)
    return list(found.values())


@click.command("remove")
@click.argument("targets", nargs=-1, required=True, metavar="FILE|ID...")
@click.option("--yes", "-y", is_flag=True, help="Remove without asking.")
@db_option
def remove_command(targets: tuple[str, ...], yes: bool, db_path: Path | None) -> None:
    """Remove documents (by file or id) with their passages; incidents only they report go too."""
    from db import writes
    from explorer.ingest import store
    from explorer.ingest.cluster import Changes, settle

    choice = choose_db(db_path)
    db = open_for_writing(choice.path, create=False)
    documents = _targets(db, targets)
    names = [f"{d.id} {d.file_name}" for d in documents]
    if not yes:
        if not sys.stdin.isatty():
            raise click.UsageError("removing needs confirmation: add --yes to remove without asking")
        click.confirm(f"Remove {len(documents)} document(s) ({shorten(names)}) and their passages?", abort=True,
                      err=True)  # fmt: skip
    changes = Changes()
    with writes.transaction(db):
        for doc in documents:
            store.remove_document(db, doc.id, changes)
        settle(db, changes)
        writes.prune_actors(db)
    if changes.orphaned:
        from explorer.cli.import_report import orphaned_line

        say(orphaned_line(sorted(changes.orphaned)))
    say(
        f"removed {len(documents)} document(s): {shorten(names)} · {changes.removed} incidents removed"
        f" (reported by nothing else) · {choice.path}"
    )


@click.command("documents")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@db_option
def documents_command(fmt: str, db_path: Path | None) -> None:
    """List stored documents: id, file, outlet, publication date and where it came from, incidents."""
    from db import queries
    from explorer.output import listing

    db = open_for_reading(db_path)
    rows = list(queries.list_documents(db))
    if not rows:
        say(f"no documents yet in {choose_db(db_path).path}; import articles with `incidents import PATH`")
        return
    for line in listing.documents(rows, fmt):
        click.echo(line, nl=False)


COMMANDS = (import_command, remove_command, documents_command)
