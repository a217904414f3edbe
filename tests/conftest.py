"""Shared fixtures: databases built in tmp_path from the checked-in sample articles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from db.connection import open_database
from explorer.ingest.pipeline import import_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(scope="session")
def seeds_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the five sample articles, built once per test session."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    db = open_database(path)
    import_paths(db, [SEEDS])
    db.conn.close()
    return path


@pytest.fixture
def seeds_db(seeds_db_path: Path, tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    """A private copy of the sample database, free to change."""
    copy = tmp_path / "copy.db"
    source = sqlite_utils.Database(seeds_db_path)
    source.conn.execute("VACUUM INTO ?", [str(copy)])
    source.conn.close()
    db = open_database(copy)
    yield db
    db.conn.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    """A freshly migrated, empty database."""
    db = open_database(tmp_path / "empty.db")
    yield db
    db.conn.close()


ANNIVERSARY_ARTICLES = {
    "march-2016.md": ("2016-06-21", "On June 19, hundreds of nurses marched to the state capitol, the union said."),
    "march-2019.md": ("2019-06-20", "On June 19, thousands of teachers marched to the state capitol, organisers said."),
    "strike-2019.md": ("2019-08-14", "On Monday, dock workers walked off the job at the port, the company said."),
}
"""Three short articles, written for the tests, in two years: the same day of June in both."""


@pytest.fixture
def two_years_db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    """A database of ``ANNIVERSARY_ARTICLES``: incidents on 19 June 2016, 19 June 2019 and 12 Aug 2019."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (published, text) in ANNIVERSARY_ARTICLES.items():
        (folder / name).write_text(f"---\ndate: {published}\n---\n\n{text}\n", encoding="utf-8")
    db = open_database(tmp_path / "two-years.db")
    import_paths(db, [folder])
    yield db
    db.conn.close()
