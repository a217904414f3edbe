"""Measure extraction quality: the sample, the development corpus (with and without its manifest), TimeBank.

    python benchmarks/quality.py                 # print the table, write benchmarks/out/quality.json
    python benchmarks/quality.py --check         # also fail (exit 1) when a figure falls below its floor

Everything is imported through the real importer into a temporary database and exported as JSON
Lines, then scored by the shared scorers (``../shared/eval``). The development corpus and the
scorers live beside the project, not in it; where they are absent (anyone else's clone) the rows
that need them are skipped and the run says so. Floors are the figures reached so far
(``quality_floors.json``): a change that lowers quality fails CI.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from db import queries  # noqa: E402
from db.connection import open_database  # noqa: E402
from explorer.ingest.pipeline import import_paths, plan_import  # noqa: E402
from explorer.output.export import to_jsonl  # noqa: E402

FLOORS = HERE / "quality_floors.json"
TARGETS = {"recall": 0.90, "precision": 0.85, "date_accuracy": 0.95, "actor_recall": 0.80}
COLUMNS = ("recall", "precision", "date_accuracy", "source_coverage", "actor_recall", "fragmentation", "over_merged")
LOWER_IS_BETTER = {"fragmentation", "over_merged", "published_more_than_3_days_off"}


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def _import(articles: list[Path], manifest: Path | None, workdir: Path) -> Path:
    """Import articles into a fresh database through the real pipeline; return the JSON Lines export."""
    db = open_database(workdir / "quality.db")
    try:
        import_paths(db, plan_import(articles, manifest))
        pred = workdir / "pred.jsonl"
        pred.write_text("".join(to_jsonl(queries.iter_incidents(db, queries.IncidentFilter()))), encoding="utf-8")
    finally:
        db.conn.close()
    return pred


def score(gold: Path, corpus: Path, pred: Path) -> dict[str, Any]:
    """The shared scorer's figures for one export."""
    module = _scorer()
    out = io.StringIO()
    with redirect_stdout(out):
        module.main(["--gold", str(gold), "--corpus", str(corpus), "--pred", str(pred)])
    result: dict[str, Any] = json.loads(out.getvalue().splitlines()[-1])
    return result


def sample_row(workdir: Path) -> dict[str, Any]:
    """The five sample articles, imported as a folder (their manifest is found beside them)."""
    pred = _import([ROOT / "seeds"], None, workdir)
    return score(SHARED / "gold" / "seeds.jsonl", ROOT / "seeds", pred)


def _dev_layout(workdir: Path) -> tuple[Path, Path]:
    """The development corpus laid out as a user would: articles/ and sources.csv beside it."""
    articles = workdir / "articles"
    articles.mkdir()
    for path in sorted((SHARED / "dev" / "corpus").glob("*.txt")):
        shutil.copy(path, articles / path.name)
    manifest = workdir / "sources.csv"
    shutil.copy(SHARED / "dev" / "manifest.csv", manifest)
    return articles, manifest


def dev_row(workdir: Path, with_manifest: bool) -> dict[str, Any]:
    """The development corpus, with its manifest or without (then publication dates are the importer's own)."""
    articles, manifest = _dev_layout(workdir)
    pred = _import([articles], manifest if with_manifest else None, workdir)
    result = score(SHARED / "dev" / "gold.jsonl", SHARED / "dev" / "corpus", pred)
    if not with_manifest:
        result.update(published_accuracy(workdir / "quality.db", manifest))
    return result


def published_accuracy(db_path: Path, manifest: Path) -> dict[str, Any]:
    """How the publication dates the importer read or estimated compare with the manifest's."""
    truth = {}
    with manifest.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("published"):
                truth[row["file"]] = date.fromisoformat(row["published"])
    db = open_database(db_path, create=False)
    try:
        rows = db.execute("SELECT file_name, published, published_latest FROM documents").fetchall()
    finally:
        db.conn.close()
    exact = in_range = unknown = off = 0
    worst = 0
    for name, published, latest in rows:
        real = truth.get(name)
        if real is None:
            continue
        if published is None:
            unknown += 1
            continue
        start, end = date.fromisoformat(published), date.fromisoformat(latest or published)
        if start == end == real:
            exact += 1
        elif start <= real <= end:
            in_range += 1
        else:
            gap = min(abs((real - start).days), abs((real - end).days))
            worst = max(worst, gap)
            off += gap > 3
    judged = exact + in_range + unknown + off
    return {
        "published_exact": exact, "published_in_range": in_range, "published_unknown": unknown,
        "published_more_than_3_days_off": off, "published_judged": judged, "published_worst_days_off": worst,
    }  # fmt: skip


def timebank_row() -> dict[str, Any]:
    """The date stage on TimeBank, through ``explorer.extract.date_expressions``."""
    done = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "timebank.py")], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "—" if value is None else str(value)


def table(rows: dict[str, dict[str, Any]]) -> str:
    """The figures as a Markdown table, one row per corpus."""
    lines = ["| corpus | " + " | ".join(c.replace("_", " ") for c in COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, row in rows.items():
        if name == "timebank":
            continue
        lines.append(f"| {name} | " + " | ".join(_fmt(row.get(c)) for c in COLUMNS) + " |")
    extra = []
    if "dev, no manifest" in rows:
        r = rows["dev, no manifest"]
        extra.append(
            f"Publication dates without the manifest: {r['published_exact']} of {r['published_judged']} right to the"
            f" day, {r['published_in_range']} an honest range, {r['published_unknown']} unknown, "
            f"{r['published_more_than_3_days_off']} more than 3 days off (worst {r['published_worst_days_off']} days)."
        )
    if "timebank" in rows:
        r = rows["timebank"]
        extra.append(
            f"TimeBank ({r['documents']} documents, {r['gold_dates']} dates): value F1 {r['value_f1']:.3f}"
            f" (value recall {r['value_recall']:.3f}, precision {r['value_precision']:.3f}; extent recall"
            f" {r['extent_recall']:.3f})."
        )
    return "\n".join(lines) + ("\n\n" + "\n".join(extra) if extra else "")


def check(rows: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every figure that fell below (or, for counts of errors, rose above) its floor."""
    failed = []
    for name, bounds in floors.items():
        row = rows.get(name)
        if row is None:
            continue
        for key, bound in bounds.items():
            value = row.get(key)
            worse = value is None or (value > bound if key in LOWER_IS_BETTER else value < bound)
            if worse:
                failed.append(f"{name}: {key} {value} (floor {bound})")
    return failed


def run(steps: dict[str, Callable[[Path], dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Run each step in a directory of its own."""
    rows = {}
    for name, step in steps.items():
        with tempfile.TemporaryDirectory() as work:
            rows[name] = step(Path(work))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure falls below its floor")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "quality.json")
    args = parser.parse_args()
    steps: dict[str, Callable[[Path], dict[str, Any]]] = {}
    if (SHARED / "gold" / "seeds.jsonl").exists() and (SHARED / "eval" / "score.py").exists():
        steps["sample"] = sample_row
    else:
        print(f"no scorer or sample gold at {SHARED}: the sample row is skipped")
    if (SHARED / "dev" / "gold.jsonl").exists():
        steps["dev, manifest"] = lambda work: dev_row(work, True)
        steps["dev, no manifest"] = lambda work: dev_row(work, False)
    else:
        print(f"no development corpus at {SHARED / 'dev'}: its rows are skipped")
    if (SHARED / "dev" / "timebank").is_dir() and (SHARED / "eval" / "timebank.py").exists():
        steps["timebank"] = lambda work: timebank_row()
    else:
        print(f"no TimeBank at {SHARED / 'dev' / 'timebank'}: its row is skipped")
    rows = run(steps)
    print(table(rows))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
    if args.check:
        failed = check(rows, json.loads(FLOORS.read_text(encoding="utf-8")))
        for line in failed:
            print(f"below the floor: {line}")
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
