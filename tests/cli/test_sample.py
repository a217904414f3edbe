"""With no database yet, `incidents` imports the bundled sample first; an installed package carries it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_first_run_imports_the_sample_then_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []

    class FakeApp:  # stands in for the Textual app, which the tui tests cover
        def __init__(self, db: object, path: Path) -> None:
            opened.append(path)

        def run(self) -> None:
            pass

    import explorer.tui.app

    monkeypatch.setattr(explorer.tui.app, "IncidentsApp", FakeApp)
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli.main, ["--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "importing the sample articles" in result.stderr
    assert "imported 5 articles" in result.stderr
    assert opened == [db]
    result = CliRunner().invoke(cli.main, ["--db", str(db)])
    assert "importing" not in result.stderr, "the second run opens the existing database"
