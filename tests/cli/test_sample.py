"""With no database yet, `incidents` imports the bundled sample first; an installed package carries it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from explorer import cli
from explorer.sample import sample_dir
from tests.conftest import ROOT, SEEDS


def test_the_sample_is_found_in_a_checkout() -> None:
    found = sample_dir()
    assert found is not None
    assert sorted(p.name for p in found.glob("*.txt")) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_the_built_package_carries_every_module_and_the_sample(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("incidents-*.whl")
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"explorer/seeds/{p.name}" for p in SEEDS.glob("*.txt")} <= names
    assert "explorer/tui/app.tcss" in names
    modules = {str(p.relative_to(ROOT)) for package in ("explorer", "db") for p in (ROOT / package).rglob("*.py")}
    assert modules <= names, f"missing from the wheel: {sorted(modules - names)}"


class FakeApp:
    """Stands in for the Textual app (the tui tests cover it): records what it was asked to open."""

    opened: ClassVar[list[tuple[Path, bool]]] = []

    def __init__(self, db: object, path: Path, *, sample: bool = False, export_dir: Path | None = None) -> None:
        FakeApp.opened.append((path, sample))

    def run(self) -> None:
        pass


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[tuple[Path, bool]]:
    import explorer.tui.app

    monkeypatch.setattr(explorer.tui.app, "IncidentsApp", FakeApp)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("INCIDENTS_DB", raising=False)
    FakeApp.opened = []
    return FakeApp.opened


def test_with_no_database_anywhere_the_sample_opens_from_its_own_file(
    tmp_path: Path, fake_app: list[tuple[Path, bool]]
) -> None:
    result = CliRunner().invoke(cli.main, [])
    assert result.exit_code == 0, result.output
    sample = tmp_path / "data" / "incidents" / "sample.db"
    assert fake_app == [(sample, True)]
    assert "Building the sample database" in result.stderr
    assert not (tmp_path / "data" / "incidents" / "incidents.db").exists(), "the default database stays unmade"
    result = CliRunner().invoke(cli.main, [])
    assert "Building" not in result.stderr, "the second run opens the sample built the first time"


def test_a_named_database_that_does_not_exist_is_an_error_not_a_new_sample(
    tmp_path: Path, fake_app: list[tuple[Path, bool]]
) -> None:
    typo = tmp_path / "mistyped.db"
    for args in (["--db", str(typo)], ["tui", "--db", str(typo)]):
        result = CliRunner().invoke(cli.main, args)
        assert result.exit_code == 1
        assert f"no database at {typo}" in result.stderr and "--create" in result.stderr
    assert not typo.exists() and fake_app == []
    result = CliRunner().invoke(cli.main, ["tui", "--db", str(typo), "--create"])
    assert result.exit_code == 0 and fake_app == [(typo, False)]
    conn = sqlite3.connect(typo)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0, "empty: the sample is not in it"
    conn.close()


def test_the_sample_never_mixes_into_a_real_database(tmp_path: Path, fake_app: list[tuple[Path, bool]]) -> None:
    CliRunner().invoke(cli.main, [])  # builds and opens the sample
    mine = tmp_path / "mine.db"
    article = tmp_path / "a.txt"
    article.write_text("On June 19, protesters surrounded the office building, police said.\n", encoding="utf-8")
    assert (
        CliRunner().invoke(cli.main, ["import", str(article), "--published", "2018-07-31", "--db", str(mine)]).exit_code
        == 0
    )
    conn = sqlite3.connect(mine)
    assert [r[0] for r in conn.execute("SELECT file_name FROM documents")] == ["a.txt"]
    conn.close()
    result = CliRunner().invoke(cli.main, ["--db", str(mine)])
    assert result.exit_code == 0 and fake_app[-1] == (mine, False)
