"""`incidents search WORDS`: where words are in the articles, in context, with each article's incidents."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.run import Ran, incidents
from tests.conftest import SEEDS


def run(*args: str, db: Path) -> Ran:
    return incidents(*args, "--db", db, home=db.parent)


def test_a_phrase_in_an_article_is_found_with_its_place_and_incidents(seeds_db_path: Path) -> None:
    result = run("search", '"sam gehrke"', "--format", "jsonl", db=seeds_db_path)
    assert result.code == 0, result.err
    (hit,) = [json.loads(line) for line in result.out.splitlines()]
    text = (SEEDS / hit["file"]).read_text(encoding="utf-8")
    assert text[hit["start"] : hit["end"]] == hit["match"] == "Sam Gehrke"
    assert hit["outlet"] == "Willamette Week" and hit["incidents"], "the incidents that article reports"


def test_the_text_form_shows_context_and_offsets(seeds_db_path: Path) -> None:
    result = run("search", "gehrke", db=seeds_db_path)
    lines = result.out.splitlines()
    assert lines[0].startswith("003_b6047d1f9e8a733a.txt · Willamette Week · 25 Jul 2018 [")
    assert "(Sam Gehrke)" in lines[1] and lines[2].startswith("  incidents of this article: #")


def test_nothing_found_says_so_and_syntax_never_fails(seeds_db_path: Path) -> None:
    for typed in ("zebras", '"unbalanced', "NEAR(", "col:umn", "-x"):
        result = run("search", "--", typed, db=seeds_db_path)
        assert "Traceback" not in result.err and "syntax" not in result.err.lower(), typed
        assert result.code in (0, 1), typed
    assert "no article holds 'zebras'" in run("search", "zebras", db=seeds_db_path).err
