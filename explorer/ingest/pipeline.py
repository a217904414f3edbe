"""The import pipeline: find files, match manifests, recognise what is known, extract the rest, store in batches.

``plan_import`` reads the paths and manifests (no database needed), so a mistaken command is refused
before anything is created. ``import_paths`` then makes two passes. The first reads each file's
bytes and looks their hash up: a file already imported is unchanged, or its metadata is corrected
(and its incidents derived again when its publication date changed). The second extracts the new
files, in worker processes when there are several cores, and a single writer stores them in file
order, a batch of documents per transaction. A batch goes in whole or not at all, so a killed
import loses only the batch it was writing, and running it again finishes the job.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from time import monotonic

import sqlite_utils

from db import queries, review, writes
from explorer import __version__
from explorer.extract import extract_document
from explorer.extract.model import DocumentExtraction, PublishedDate
from explorer.ingest import store
from explorer.ingest.cluster import Changes, settle
from explorer.ingest.decode import Refused
from explorer.ingest.manifest import (
    Manifest,
    ManifestEntry,
    ManifestMatch,
    match_manifests,
    read_manifest,
)
from explorer.ingest.readers import Article, read_article, read_bytes
from explorer.ingest.walk import Collected, collect
from explorer.ingest.workers import ordered, worker_pool
from explorer.output.textsafe import clean_line

BATCH_DOCUMENTS = 64  # documents per transaction
BATCH_SECONDS = 1.0  # or fewer, when extraction is slow, so progress is saved often


class ImportProblem(Exception):
    """An import that cannot start (nothing to import, a manifest that matches nothing), with the reason."""


@dataclass(frozen=True)
class Job:
    """What a worker needs to read and extract one file."""

    path: Path
    entry: ManifestEntry | None
    user_date: date | None
    document_id: int | None = None  # a stored document to derive again


@dataclass
class Plan:
    """What an import will read: its files with their manifest rows, and what was left out."""

    jobs: list[Job]
    collected: Collected
    manifests: list[Manifest]
    match: ManifestMatch


@dataclass
class ImportSummary:
    """What an import did, file by file, and everything it could not use or had to guess."""

    imported: list[Path] = field(default_factory=list)
    updated: list[tuple[Path, str]] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    duplicates: list[tuple[Path, str]] = field(default_factory=list)
    new_versions: list[tuple[Path, list[int]]] = field(default_factory=list)
    """Files stored before with other text: the new text is a document of its own beside the earlier ones."""
    refused: list[tuple[Path, str]] = field(default_factory=list)
    estimated: list[tuple[Path, PublishedDate]] = field(default_factory=list)
    undated: list[Path] = field(default_factory=list)
    incidents_added: int = 0
    incidents_removed: int = 0
    orphaned: list[int] = field(default_factory=list)
    """Reviewed incidents that lost every passage in this import, kept with the user's work."""
    bytes_imported: int = 0
    plan: Plan | None = None

    @property
    def ok(self) -> bool:
        """True when every file and every manifest row could be used."""
        bad_rows = any(m.bad_rows for m in self.plan.manifests) if self.plan else False
        return not self.refused and not bad_rows


Progress = Callable[[Path], None]


def plan_import(paths: Sequence[Path], manifest: Path | None = None, published: date | None = None) -> Plan:
    """The files an import will read, matched to their manifest rows; raises ``ImportProblem`` when there are none.

    Manifests named among the paths bring the files they list; so does ``--manifest`` when nothing
    else is named. Otherwise ``--manifest`` only describes the files found under the paths.
    """
    collected = collect(paths)
    try:
        named = [read_manifest(p) for p in collected.manifests]
        extra = [read_manifest(manifest)] if manifest is not None else []
    except Refused as error:
        raise ImportProblem(str(error)) from error
    extra += _found_manifests(collected, [m.path for m in (*named, *extra)])
    listing = named + (extra if not collected.files and not named else [])
    files = list(collected.files)
    found = {f.resolve() for f in files}
    for m in listing:
        for entry in m.entries:
            if entry.path in found:
                continue
            if entry.path.is_file():
                files.append(entry.path)
                found.add(entry.path)
            else:
                collected.refused.append((entry.path, f"listed in manifest {m.path} line {entry.line} but not found"))
    if not files:
        raise ImportProblem(_nothing_to_import(paths, collected, listing))
    manifests = named + extra
    matched = match_manifests(manifests, files)
    for m in manifests:
        if m.entries and matched.matched_in(m) == 0 and not m.found:
            raise ImportProblem(
                f"manifest {m.path} matches none of the {len(files)} files being imported (its first row names"
                f" {m.entries[0].file!r}); give paths relative to the manifest, or the imported files' names"
            )
    jobs = [Job(path, matched.by_file.get(path), published) for path in files]
    return Plan(jobs, collected, manifests, matched)


def _found_manifests(collected: Collected, given: Sequence[Path]) -> list[Manifest]:
    """Manifests kept among the articles: CSV files with a 'file' column (any other CSV is counted as skipped)."""
    known = {p.resolve() for p in given}
    found = []
    for path in collected.found_manifests:
        if path.resolve() in known:
            continue
        try:
            manifest = read_manifest(path)
            manifest.found = True
            found.append(manifest)
        except Refused:
            collected.other_types[path.suffix.lower()] += 1
    return found


def _nothing_to_import(paths: Sequence[Path], collected: Collected, listing: Sequence[Manifest]) -> str:
    if listing and any(m.entries for m in listing):
        first = next(m for m in listing if m.entries)
        return (
            f"none of the files manifest {first.path} lists exists beside it (its first row names"
            f" {first.entries[0].file!r}); name the articles' folder too: incidents import FOLDER --manifest"
            f" {first.path}"
        )
    if collected.refused and len(collected.refused) == len(paths):
        path, reason = collected.refused[0]
        return f"{path}: {reason}"
    where = ", ".join(str(p) for p in paths) or "the command line"
    found = f" (only {other_types_line(collected.other_types)})" if collected.other_types else ""
    return f"no .txt, .md, .html or .pdf files in {where}{found}; give article files, folders or a manifest"


def _given_date(article: Article, entry: ManifestEntry | None, user: date | None) -> PublishedDate | None:
    if user is not None:
        return PublishedDate(user, "user", "given with --published")
    if entry is not None and entry.published is not None:
        return PublishedDate(entry.published, "manifest", f"from the manifest, line {entry.line}")
    if article.published is not None:
        return PublishedDate(article.published, "metadata", "from the file's metadata")
    return None


def _with_entry(article: Article, entry: ManifestEntry | None) -> Article:
    if entry is None:
        return article
    return Article(
        path=article.path, text=article.text, title=entry.title or article.title,
        outlet=entry.outlet or article.outlet, author=article.author, url=entry.url or article.url,
        published=article.published, pages=article.pages,
    )  # fmt: skip


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Extracted:
    """A file read and extracted, ready to store."""

    job: Job
    article: Article
    sha256: str
    raw_sha256: str
    given: PublishedDate | None
    extraction: DocumentExtraction


def extract_job(job: Job) -> Extracted | tuple[Path, str]:
    """Read, clean and extract one file (in a worker); a file that cannot be used gives (path, reason)."""
    try:
        data = read_bytes(job.path)
        article = _with_entry(read_article(job.path, data), job.entry)
        given = _given_date(article, job.entry, job.user_date)
        extraction = extract_document(article.text, given)
    except Refused as error:
        return job.path, str(error)
    except (OverflowError, ValueError) as error:  # date arithmetic that leaves the calendar, and the like
        return job.path, f"its dates cannot be worked out ({error}); check its publication date"
    return Extracted(job, article, _digest(article.text.encode("utf-8")), _digest(data), given, extraction)


def import_paths(
    db: sqlite_utils.Database,
    paths: Sequence[Path] | Plan,
    *,
    manifest: Path | None = None,
    published: date | None = None,
    progress: Progress | None = None,
    workers: int = 1,
) -> ImportSummary:
    """Import articles; each batch of documents goes in whole or not at all, and bad files are reported."""
    plan = paths if isinstance(paths, Plan) else plan_import(paths, manifest, published)
    summary = ImportSummary(plan=plan, refused=list(plan.collected.refused))
    run_id = writes.start_run(db, [str(j.path) for j in plan.jobs[:1000]], __version__)
    changes = Changes()
    pending = _first_pass(db, plan.jobs, summary, changes, progress)
    pool = worker_pool(workers) if workers > 1 and len(pending) > 1 else None
    try:
        _second_pass(db, pending, pool, workers, run_id, summary, changes, progress)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    summary.incidents_added, summary.incidents_removed = changes.added, changes.removed
    summary.orphaned = sorted(review.orphaned_ids(db) & changes.orphaned)
    writes.finish_run(db, run_id, writes.RunCounts(
        len(summary.imported), len(summary.updated), len(summary.unchanged), len(summary.refused),
        changes.added, changes.removed,
    ))  # fmt: skip
    return summary


def _tally(bucket: list[object], item: object, path: Path, progress: Progress | None) -> None:
    bucket.append(item)
    if progress:
        progress(path)


def _first_pass(
    db: sqlite_utils.Database, jobs: list[Job], summary: ImportSummary, changes: Changes, progress: Progress | None
) -> list[Job]:
    """Recognise files already imported by their bytes; correct their metadata; return the jobs left to extract."""
    pending: list[Job] = []
    corrections: list[tuple[Job, queries.StoredDocument, writes.DocumentChange, str]] = []
    for job in jobs:
        try:
            raw = _digest(read_bytes(job.path))
        except Refused as error:
            _tally(summary.refused, (job.path, str(error)), job.path, progress)  # type: ignore[arg-type]
            continue
        known = queries.document_by_raw(db, raw)
        if known is None:
            pending.append(job)
            continue
        change, rederive, said = correction(known, _stated(job))
        if rederive:
            pending.append(Job(job.path, job.entry, job.user_date, known.id))
        elif change is not None:
            corrections.append((job, known, change, said))
        else:
            _tally(summary.unchanged, job.path, job.path, progress)  # type: ignore[arg-type]
    if corrections:
        with writes.transaction(db):
            for job, known, change, said in corrections:
                writes.update_document(db, known.id, change)
                _tally(summary.updated, (job.path, said), job.path, progress)  # type: ignore[arg-type]
    return pending


@dataclass(frozen=True)
class Stated:
    """What an import says of a file beyond its text: a publication date and manifest fields."""

    published: PublishedDate | None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None


def _stated(job: Job) -> Stated:
    """What this import's manifest and --published say of a file (its own metadata is unchanged)."""
    entry = job.entry
    published = None
    if job.user_date is not None:
        published = PublishedDate(job.user_date, "user", "given with --published")
    elif entry is not None and entry.published is not None:
        published = PublishedDate(entry.published, "manifest", f"from the manifest, line {entry.line}")
    if entry is None:
        return Stated(published)
    return Stated(published, entry.title, entry.outlet, entry.url)


def correction(known: queries.StoredDocument, stated: Stated) -> tuple[writes.DocumentChange | None, bool, str]:
    """How a stored document changes when an import states new metadata: (change, derive again?, what changed)."""
    said: list[str] = []
    fields: dict[str, str] = {}
    for name in ("title", "outlet", "url", "author"):
        value = getattr(stated, name)
        if value is not None and value != getattr(known, name):
            fields[name] = value
            said.append(name)
    new_date = stated.published
    rederive = False
    dated: dict[str, object] = {}
    if new_date is not None and new_date.value is not None:
        old_value = date.fromisoformat(known.published) if known.published else None
        if old_value != new_date.value or known.published_source != new_date.source:
            rederive = old_value != new_date.value
            dated = {"published": new_date.value, "published_source": new_date.source, "published_note": new_date.note}
            said.insert(0, f"published {known.published or 'unknown'} → {new_date.value.isoformat()}")
    if not said:
        return None, False, ""
    change = writes.DocumentChange(**fields, **dated)  # type: ignore[arg-type]
    return change, rederive, ", ".join(said)


def _second_pass(
    db: sqlite_utils.Database, jobs: list[Job], pool: object, size: int, run_id: int, summary: ImportSummary,
    changes: Changes, progress: Progress | None,
) -> None:  # fmt: skip
    """Extract the new and re-derived files and store them in order, a batch per transaction."""
    batch: list[Extracted] = []
    started = monotonic()
    for job, result in zip(jobs, ordered(extract_job, jobs, pool, size), strict=True):  # type: ignore[arg-type]
        if isinstance(result, tuple):
            _tally(summary.refused, result, job.path, progress)  # type: ignore[arg-type]
            continue
        batch.append(result)
        if len(batch) >= BATCH_DOCUMENTS or monotonic() - started >= BATCH_SECONDS:
            _store_batch(db, batch, run_id, summary, changes, progress)
            batch, started = [], monotonic()
    _store_batch(db, batch, run_id, summary, changes, progress)


def _store_batch(
    db: sqlite_utils.Database, batch: list[Extracted], run_id: int, summary: ImportSummary, changes: Changes,
    progress: Progress | None,
) -> None:  # fmt: skip
    """Store several documents in one transaction, and summarise the incidents they touched."""
    if not batch:
        return
    outcomes: list[tuple[Extracted, str, str]] = []
    with writes.transaction(db):
        for item in batch:
            outcomes.append((item, *_store_one(db, item, run_id, changes)))
        settle(db, changes)
    for item, outcome, said in outcomes:
        path = item.article.path
        if outcome == "imported":
            summary.imported.append(path)
            if said:
                summary.new_versions.append((path, [int(i) for i in said.split(",")]))
            summary.bytes_imported += len(item.article.text.encode("utf-8"))
            _note_date(summary, path, item.extraction.published)
        elif outcome == "updated":
            summary.updated.append((path, said))
            _note_date(summary, path, item.extraction.published)
        elif outcome == "duplicate":
            summary.duplicates.append((path, said))
            summary.unchanged.append(path)
        else:
            summary.unchanged.append(path)
        if progress:
            progress(path)


def _note_date(summary: ImportSummary, path: Path, published: PublishedDate) -> None:
    if published.source == "estimated":
        summary.estimated.append((path, published))
    elif published.source == "unknown":
        summary.undated.append(path)


def _store_one(db: sqlite_utils.Database, item: Extracted, run_id: int, changes: Changes) -> tuple[str, str]:
    """Store one extracted file: new, a correction of a stored document, or the same text as one; (outcome, note)."""
    published = item.extraction.published
    if item.job.document_id is not None:
        known = queries.document_meta(db, item.job.document_id)
        if known is not None:
            change, _rederive, said = correction(known, _stated(item.job))
            if change is not None:
                writes.update_document(db, known.id, change)
            store.rederive(db, known.id, item.extraction, changes)
            writes.record_raw_file(db, item.raw_sha256, known.id)
            return "updated", said
    known = queries.document_by_sha(db, item.sha256)
    if known is not None:
        writes.record_raw_file(db, item.raw_sha256, known.id)
        change, rederive, said = correction(known, _fresh(item))
        if change is None:
            same_file = known.path == stored_path(item.article.path)
            return ("unchanged", "") if same_file else ("duplicate", f"same text as {known.path}")
        writes.update_document(db, known.id, change)
        if rederive:
            store.rederive(db, known.id, item.extraction, changes)
        return "updated", said
    article = item.article
    doc = writes.NewDocument(
        file_name=clean_line(article.path.name), path=stored_path(article.path), sha256=item.sha256, text=article.text,
        title=article.title, outlet=article.outlet, author=article.author, url=article.url,
        published=published.value, published_source=published.source, published_note=published.note,
        published_latest=published.latest, pages=article.pages,
    )  # fmt: skip
    earlier = queries.documents_at(db, doc.path, doc.file_name)  # the same file with other text before
    document_id = store.store_document(db, doc, item.extraction, run_id, changes)
    writes.record_raw_file(db, item.raw_sha256, document_id)
    return "imported", ",".join(str(i) for i in earlier)


def stored_path(path: Path) -> str:
    """How a file's path is stored: absolute, on one clean line (it is shown to people)."""
    return clean_line(str(path.resolve()))


def _fresh(item: Extracted) -> Stated:
    """What a file read afresh states of itself, with this import's manifest row and --published on top."""
    article = item.article
    return Stated(item.given, article.title if item.job.entry and item.job.entry.title else None,
                  article.outlet, article.url, article.author)  # fmt: skip


def other_types_line(counts: Counter[str]) -> str:
    """ ".jpg ×3, .docx": files of other types found in folders."""
    return ", ".join(suffix + (f" ×{n}" if n > 1 else "") for suffix, n in counts.most_common())
