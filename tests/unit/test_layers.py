"""The layers hold: headless modules never load Textual, and extraction never touches I/O layers."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

HEADLESS = [
    "explorer.cli",
    "explorer.ingest.pipeline",
    "explorer.extract",
    "explorer.output.export",
    "db.queries",
    "db.writes",
]


def test_headless_modules_never_import_textual() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in HEADLESS)
        + "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_the_command_line_starts_without_heavy_imports() -> None:
    code = "import sys\nimport explorer.cli\nprint(','.join(m for m in ('sqlite_utils', 'rapidfuzz', 'trafilatura') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
