"""Filters say how they were read, dates without a year mean every year, and an empty result says why."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils

from tests.cli.run import Ran, incidents


def run(*args: str, db: Path) -> Ran:
    """``incidents ARGS --db DB`` in a subprocess, as a user runs it."""
    return incidents(*args, "--db", db, home=db.parent)


def _path(db: sqlite_utils.Database) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_a_date_without_a_year_matches_that_day_in_every_year(two_years_db: sqlite_utils.Database) -> None:
    result = run("list", "--on", "june 19", "--format", "jsonl", db=_path(two_years_db))
    assert sorted(json.loads(line)["date_start"] for line in result.out.splitlines()) == ["2016-06-19", "2019-06-19"]
    assert "filter: dates --on 'june 19': 19 Jun in every year (2016–2019)" in result.err


def test_a_date_with_a_year_says_the_days_it_means(two_years_db: sqlite_utils.Database) -> None:
    result = run("list", "--from", "jun 2019", "--format", "jsonl", db=_path(two_years_db))
    assert len(result.out.splitlines()) == 2
    assert "Sat 01 Jun 2019 – the end" in result.err


def test_a_lone_bound_without_a_year_is_refused_not_guessed(two_years_db: sqlite_utils.Database) -> None:
    result = run("list", "--from", "june 15", db=_path(two_years_db))
    assert result.code == 2 and "has no year" in result.err


def test_an_empty_result_says_which_filter_leaves_nothing(two_years_db: sqlite_utils.Database) -> None:
    result = run("list", "--on", "june 19", "--kind", "other", db=_path(two_years_db))
    assert result.out == ""
    assert "each alone matches dates --on 'june 19': 2, kind other: 1" in result.err


def test_kind_is_matched_whatever_its_case(two_years_db: sqlite_utils.Database) -> None:
    result = run("list", "--kind", "PROTEST", "--format", "jsonl", db=_path(two_years_db))
    assert result.code == 0 and len(result.out.splitlines()) == 2


def test_the_actors_a_name_matched_are_said(seeds_db_path: Path) -> None:
    result = run("list", "--actor", "wheelr", db=seeds_db_path)
    assert "filter: actor 'wheelr': Ted Wheeler" in result.err


def test_export_of_nothing_writes_nothing_and_says_so(two_years_db: sqlite_utils.Database) -> None:
    result = run("export", "--on", "december 25", db=_path(two_years_db))
    assert result.code == 1 and result.out == ""
    assert "no incidents match dates --on 'december 25'" in result.err
