"""Exports carry provenance: parse each format back and find the outlet, URL, dates and flags."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.run import Ran, incidents


def run(*args: str, db: Path) -> Ran:
    """``incidents ARGS --db DB`` in a subprocess, as a user runs it."""
    return incidents(*args, "--db", db, home=db.parent)


ARTICLES = {
    # file: (published, outlet, url, text)
    "herald.txt": (
        "2021-03-03", "The Morning Herald", "https://herald.example/council-vote",
        "On Monday, the city council voted to close the old library, the mayor said.",
    ),
    "courier.txt": (
        "2021-03-04", "The Evening Courier", "https://courier.example/library?a=1&b=2",
        "The city council voted on Tuesday to close the old library, officials said.",
    ),
    "gazette.txt": (
        "", "The Gazette", "https://gazette.example/library?a=1&b=2",
        "Last week the city council voted to close the old library, residents said.",
    ),
}  # fmt: skip


@pytest.fixture
def library_db(tmp_path: Path) -> Path:
    """Three outlets on one council vote; they disagree on the day, and one has no date of its own."""
    folder = tmp_path / "articles"
    folder.mkdir()
    rows = ["file,published,outlet,url"]
    for name, (published, outlet, url, text) in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        rows.append(f'{name},{published},{outlet},"{url}"')
    manifest = tmp_path / "sources.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "library.db"
    result = run("import", str(folder), "--manifest", str(manifest), db=db)
    assert result.code == 0, result.err
    return db


def _vote(records: list[dict[str, object]]) -> dict[str, object]:
    (vote,) = [r for r in records if "library" in str(r["title"]).lower()]
    return vote


def test_jsonl_lists_every_source_with_outlet_url_and_date(library_db: Path) -> None:
    result = run("export", "--format", "jsonl", db=library_db)
    vote = _vote([json.loads(line) for line in result.out.splitlines()])
    sources = vote["sources"]
    assert isinstance(sources, list)
    by_outlet = {s["outlet"]: s for s in sources}
    assert by_outlet["The Morning Herald"]["url"] == "https://herald.example/council-vote"
    assert by_outlet["The Morning Herald"]["published"] == "2021-03-03"
    assert not by_outlet["The Morning Herald"]["published_estimated"]
    assert [s["outlet"] for s in sources][:2] == ["The Morning Herald", "The Evening Courier"], "first published first"
    assert vote["date_disagreements"], "Monday (1 Mar) against Tuesday (2 Mar)"
    evidence = vote["evidence"]
    assert isinstance(evidence, list)
    assert all(isinstance(e["id"], int) and e["url"] for e in evidence)


def test_csv_has_one_row_per_passage_with_its_source(library_db: Path) -> None:
    result = run("export", "--format", "csv", db=library_db)
    rows = [r for r in csv.DictReader(io.StringIO(result.out)) if "library" in r["title"].lower()]
    assert len(rows) == len({r["file"] for r in rows}) >= 2, "a row for each passage, each in its own source here"
    herald = next(r for r in rows if r["outlet"] == "The Morning Herald")
    assert herald["url"] == "https://herald.example/council-vote" and herald["published"] == "3 Mar 2021"
    assert herald["quote"] in ARTICLES["herald.txt"][3]
    assert "sources disagree on the date" in herald["flags"]


def test_markdown_states_filters_dates_flags_and_links(library_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "chronology.md"
    result = run("export", "--format", "md", "--search", "library", "-o", str(target), db=library_db)
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    head = text.splitlines()[:3]
    assert head[0] == "# Chronology"
    assert "search 'library'" in head[2] and "generated" in head[2]
    assert "Date read from:" in text and "**Check:** sources disagree on the date" in text
    assert "The Morning Herald, 3 Mar 2021 · `https://herald.example/council-vote`" in text
    assert "`https://courier.example/library?a=1&b=2`" in text, "a URL is shown whole, as inert code"


def test_show_lists_the_sources_with_their_provenance(library_db: Path) -> None:
    listed = run("list", "--search", "library", "--format", "jsonl", db=library_db)
    vote_id = json.loads(listed.out.splitlines()[0])["id"]
    result = run("show", str(vote_id), db=library_db)
    assert result.code == 0
    assert "The Morning Herald · 3 Mar 2021 · https://herald.example/council-vote" in result.out
    assert "sources disagree on the date" in result.out


def test_estimated_publication_dates_are_marked_in_csv_and_markdown(seeds_db_path: Path, tmp_path: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", db=seeds_db_path).out)))
    willamette = [r for r in rows if r["outlet"] == "Willamette Week"]
    assert willamette and all(r["published"] == "25 Jul 2018 – 31 Jul 2018 (estimated)" for r in willamette)
    assert all("estimated" in r["published_note"] for r in willamette)
    target = tmp_path / "sample.md"
    assert run("export", "--format", "md", "-o", str(target), db=seeds_db_path).code == 0
    text = target.read_text(encoding="utf-8")
    assert "Willamette Week, “Portland Police Refused to Respond When ICE Agents Called 911 During Protest," in text
    assert "25 Jul 2018 – 31 Jul 2018 (estimated)" in text
    titles = [line for line in text.splitlines() if line.startswith("## ")]
    assert titles and not any(line.endswith("…") for line in titles), "full titles, never cut"
