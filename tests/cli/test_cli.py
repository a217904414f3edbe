"""The command line as a user runs it: outputs, filters, formats and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from db.schema import APPLICATION_ID, LATEST
from explorer.cli import main
from tests.conftest import SEEDS


def run(*args: str, db: Path | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    full = [*args, "--db", str(db)] if db is not None else list(args)
    result = runner.invoke(main, full, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_every_command() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("import", "list", "show", "export", "actors", "tui"):
        assert command in out


def test_import_reports_a_summary_and_reimport_is_a_no_op(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    code, _out, err = run("import", str(SEEDS), db=db)
    assert code == 0
    assert "imported 5, updated 0, unchanged 0, refused 0" in err
    code, _out, err = run("import", str(SEEDS), db=db)
    assert code == 0 and "imported 0, updated 0, unchanged 5, refused 0 · 0 new incidents" in err


def test_import_with_a_bad_file_exits_1_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("On June 19, protesters surrounded the office building.", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    code, _out, err = run("import", str(folder), db=tmp_path / "x.db")
    assert code == 1
    assert f"refused: {folder / 'b.txt'}: empty file; nothing to import" in err
    assert "imported 1, updated 0, unchanged 0, refused 1" in err


def test_list_table(seeds_db_path: Path) -> None:
    code, out, _ = run("list", db=seeds_db_path)
    assert code == 0
    lines = out.splitlines()
    assert any("Tue 19 Jun 2018" in line and "Bob Day" in line for line in lines)
    assert lines[0].split()[1:5] == ["Sun", "27", "Aug", "2017"], "date order"


def test_list_filters_combine(seeds_db_path: Path) -> None:
    code, out, _ = run("list", "--actor", "wheeler", "--from", "2018-06-15", "--to", "2018-07-31", db=seeds_db_path)
    assert code == 0
    titles = out.lower()
    assert "letter" in titles and "bob day" not in titles
    code, out, _ = run("list", "--on", "june 19", "--format", "jsonl", db=seeds_db_path)
    records = [json.loads(line) for line in out.splitlines()]
    assert {r["date_start"] for r in records if r["precision"] == "day"} == {"2018-06-19"}
    assert all(r["date_start"] <= "2018-06-19" <= r["date_end"] for r in records), "coarser dates that hold the day"
    code, out, _ = run("list", "--kind", "reopening", db=seeds_db_path)
    assert len(out.splitlines()) == 1 and "reopened" in out
    code, out, _ = run("list", "--search", "Democrats", "--format", "csv", db=seeds_db_path)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["date_start"] for r in rows] == ["2018-07-31"]


def test_fuzzy_actor_forgives_a_typo_but_not_a_substring(seeds_db_path: Path) -> None:
    _code, typo, _ = run("list", "--actor", "wheelr", db=seeds_db_path)
    _code, exact, _ = run("list", "--actor", "wheeler", db=seeds_db_path)
    assert typo == exact and exact
    _code, out, err = run("list", "--actor", "heel", db=seeds_db_path)
    assert out == "" and "no incidents match" in err


def test_bad_filters_say_why(seeds_db_path: Path) -> None:
    code, _out, err = run("list", "--from", "someday", db=seeds_db_path)
    assert code == 2 and "cannot read 'someday' as a date" in err
    code, _out, err = run("list", "--kind", "picnic", db=seeds_db_path)
    assert code == 2 and "unknown kind 'picnic'" in err


def test_show_prints_detail_with_every_source(seeds_db_path: Path) -> None:
    conn = sqlite3.connect(seeds_db_path)
    incident_id = conn.execute("SELECT id FROM incidents WHERE date_start = '2018-07-30'").fetchone()[0]
    conn.close()
    code, out, _ = run("show", str(incident_id), db=seeds_db_path)
    assert code == 0
    assert "Mon 30 Jul 2018" in out and "legal action" in out
    assert "Sean Riddell" in out
    passages = [line for line in out.splitlines() if line.startswith("  evidence ")]
    assert len(passages) >= 5 and all(re.match(r"  evidence \d+ · \[\d+:\d+\]", p) for p in passages), (
        "every passage, with its id and offsets"
    )
    assert "4 sources, first published first:" in out
    assert "Union attorney Sean Riddell issued a Cease and Desist letter to Wheeler on Monday." in out


def test_show_unknown_id(seeds_db_path: Path) -> None:
    code, _out, err = run("show", "9999", db=seeds_db_path)
    assert code == 1 and "no incident 9999" in err


def test_export_jsonl_follows_the_format(seeds_db_path: Path) -> None:
    code, out, _ = run("export", "--format", "jsonl", db=seeds_db_path)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for record in records:
        assert {"id", "date_start", "date_end", "precision", "kind", "title", "actors", "evidence"} <= set(record)
        for e in record["evidence"]:
            assert texts[e["source"]][e["start"] : e["end"]] == e["quote"]


def test_export_markdown_is_a_cited_chronology(seeds_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "c.md"
    code, _out, _ = run("export", "--format", "md", "-o", str(target), db=seeds_db_path)
    text = target.read_text(encoding="utf-8")
    assert code == 0 and text.startswith("# Chronology")
    assert text.index("Aug 2017") < text.index("Jul 2018")
    assert "003\\_b6047d1f9e8a733a.txt, characters" in text


def test_actors_lists_aliases_and_counts(seeds_db_path: Path) -> None:
    code, out, _ = run("actors", "--search", "riddell", db=seeds_db_path)
    assert code == 0
    line = out.splitlines()[0]
    assert "Sean Riddell" in line and "person" in line


def test_a_newer_database_gives_a_one_line_error(tmp_path: Path) -> None:
    db = tmp_path / "newer.db"
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {LATEST + 5}")
    conn.close()
    code, _out, err = run("list", db=db)
    assert code == 1
    assert err.strip().count("\n") == 0 and "newer than this program" in err


def test_missing_database_for_reading(tmp_path: Path) -> None:
    code, _out, err = run("list", db=tmp_path / "none.db")
    assert code == 1 and "import articles first" in err


@pytest.mark.parametrize("flag", ["--version", "-h"])
def test_basic_flags(flag: str) -> None:
    code, out, _ = run(flag)
    assert code == 0 and out
