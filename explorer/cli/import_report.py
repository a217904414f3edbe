"""What an import says when it ends: every file and manifest row it could not use, every guess, and the totals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from explorer.cli.common import shorten
from explorer.ingest.manifest import Manifest, ManifestMatch
from explorer.ingest.pipeline import ImportSummary, other_types_line
from explorer.output.formatting import plural
from explorer.output.textsafe import clean_line

LISTED = 5  # long lists name the first few, then say how many more


def _shown(path: Path | str) -> str:
    return clean_line(str(path))


def _manifest_lines(manifest: Manifest, match: ManifestMatch) -> Iterator[str]:
    name = _shown(manifest.path) + (" (found among the articles)" if manifest.found else "")
    for line, reason in manifest.bad_rows:
        yield f"manifest {name} line {line}: {reason}; row skipped"
    for line, first_line, file in manifest.duplicates:
        yield f"manifest {name} line {line}: {_shown(file)!r} is already given on line {first_line}; row skipped"
    for column in manifest.unknown_columns:
        yield f"manifest {name}: column {_shown(column)!r} is not used (the columns are file, published, outlet, title, url)"
    for entry, files in match.ambiguous:
        if entry.manifest == manifest.path:
            yield (
                f"manifest {name} line {entry.line}: {_shown(entry.file)!r} fits {len(files)} files"
                f" ({shorten([_shown(f) for f in files], 3)}); give its path relative to the manifest"
            )
    for entry, first in match.claimed_twice:
        if entry.manifest == manifest.path:
            yield f"manifest {name} line {entry.line}: describes the same file as line {first.line}; row skipped"
    unmatched = [e for e in match.unmatched if e.manifest == manifest.path]
    if unmatched:
        listed = [f"line {e.line} {_shown(e.file)!r}" for e in unmatched]
        verb = "row matches" if len(unmatched) == 1 else "rows match"
        yield f"manifest {name}: {len(unmatched)} {verb} no file being imported: {shorten(listed, LISTED)}"
    total = len(manifest.entries) + len(manifest.bad_rows) + len(manifest.duplicates)
    yield f"manifest {name}: {match.matched_in(manifest)} of {total} rows matched"


def _skipped(other_types: Counter[str], hidden: int) -> str:
    others = sum(other_types.values())
    parts = [f"{plural(others, 'file')} of other types ({other_types_line(other_types)})"] if others else []
    if hidden:
        parts.append(plural(hidden, "hidden entry", "hidden entries"))
    return " and ".join(parts)


def orphaned_line(incident_ids: list[int]) -> str:
    """What became of reviewed incidents whose every passage went: kept, with the user's work, and how to see them."""
    listed = shorten([f"#{i}" for i in incident_ids], LISTED)
    return (
        f"{plural(len(incident_ids), 'reviewed incident')} lost every passage and {'is' if len(incident_ids) == 1 else 'are'}"
        f" kept as orphaned with your review: {listed} (`incidents list --queue` shows them)"
    )


def report_lines(summary: ImportSummary, db_path: Path) -> Iterator[str]:
    """Every line an import prints (on stderr), the totals last."""
    for path, reason in summary.refused:
        yield f"refused: {_shown(path)}: {reason}"
    plan = summary.plan
    if plan is not None:
        for manifest in plan.manifests:
            yield from _manifest_lines(manifest, plan.match)
        if plan.match.files_without_row:
            names = [_shown(p.name) for p in plan.match.files_without_row]
            yield f"no manifest row for {plural(len(names), 'file')} (dates come from the files): {shorten(names, LISTED)}"
        collected = plan.collected
        if collected.other_types or collected.hidden:
            yield "skipped " + _skipped(collected.other_types, collected.hidden)
    for path, note in summary.duplicates:
        yield f"not imported again: {_shown(path)}: {note}"
    for path, note in summary.updated:
        yield f"updated: {_shown(path)}: {note}"
    for path, earlier in summary.new_versions:
        ids = ", ".join(str(i) for i in earlier)
        yield (
            f"new text for a file stored before: {_shown(path)}; the earlier text stays as document {ids}"
            f" (`incidents remove {earlier[0]}` drops it; reviewed incidents only it reports are kept as orphaned)"
        )
    if summary.estimated:
        listed = [f"{_shown(p.name)} {d.value} ({d.note})" for p, d in summary.estimated]
        yield (
            f"estimated publication dates for {plural(len(listed), 'file')} (no date in their metadata, a manifest or the"
            f" text): {shorten(listed, LISTED)}; give them with a manifest or --published"
        )
    if summary.undated:
        names = [_shown(p.name) for p in summary.undated]
        yield (
            f'no publication date for {len(names)} files, so their relative dates ("on Monday") are not read:'
            f" {shorten(names, LISTED)}; give them with a manifest or --published"
        )
    if summary.orphaned:
        yield orphaned_line(summary.orphaned)
    removed = f", {summary.incidents_removed} removed" if summary.incidents_removed else ""
    yield (
        f"imported {len(summary.imported)}, updated {len(summary.updated)}, unchanged {len(summary.unchanged)},"
        f" refused {len(summary.refused)} · {plural(summary.incidents_added, 'new incident')}{removed} · {_shown(db_path)}"
    )
