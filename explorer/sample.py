"""The bundled sample: its articles (installed or in a checkout) and the database of its own they live in.

The sample is never written into a database the user named or the default one: it has its own file
in the data directory, built on first use, so a later import of real articles never merges with it.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SAMPLE_DB_NAME = "sample.db"
SAMPLE_DESCRIPTION = "five articles from July 2018 on one story"


def sample_dir() -> Path | None:
    """The folder of bundled sample articles, or None when this installation has none.

    An installed package carries them in ``explorer/seeds``; a source checkout has them in
    ``seeds/`` beside the package.
    """
    for candidate in (_PACKAGE / "seeds", _PACKAGE.parent / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None


def build_sample_db(path: Path) -> int:
    """Import the sample articles into a new database at ``path``; return how many incidents it holds.

    Built beside its final name and moved into place, so an interrupted build leaves nothing half-made.
    """
    from db.connection import open_database
    from explorer.ingest.pipeline import import_paths

    articles = sample_dir()
    if articles is None:
        raise FileNotFoundError("this installation carries no sample articles")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(partial, create=True)
    try:
        summary = import_paths(db, [articles])
    finally:
        db.conn.close()
    os.replace(partial, path)
    return summary.incidents_added
