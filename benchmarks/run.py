"""Measure import and explorer speed; print a table and write JSON.

    python benchmarks/run.py            # the full run: 2,000-article import, explorer at 1k, 100k, 1M
    python benchmarks/run.py --quick    # seconds: 200 articles, explorer at 1k and 10k (CI runs this)

Figures are medians and 95th percentiles on this machine; it is shared, so read them as ±15%.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build_db import build  # noqa: E402
from corpus import write_corpus  # noqa: E402

MINIMAL_APP = """
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("minimal app ready")
Minimal().run()
"""


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    from importlib.metadata import version

    return {
        "cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version, "textual": version("textual"), "sqlite_utils": version("sqlite-utils"),
        "rapidfuzz": version("rapidfuzz"),
    }  # fmt: skip


def _timed_command(args: list[str]) -> tuple[float, float]:
    """Run a command; (seconds, its peak resident memory in MB, children included)."""
    # A small wrapper process, so the peak it reports for its children is theirs, not this script's.
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        "code = subprocess.run(sys.argv[1:]).returncode; e = time.perf_counter() - t; "
        "print(e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024); sys.exit(code)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, check=True)
    seconds, peak = out.stdout.split()[-2:]
    return float(seconds), float(peak)


def bench_import(work: Path, articles: int) -> dict[str, Any]:
    """Import a generated corpus with one worker and with all cores; then import it again."""
    corpus = work / "corpus"
    _count, size = write_corpus(corpus, articles, seed=7)
    megabytes = size / 1e6
    command = [sys.executable, "-m", "explorer", "import", str(corpus), "--manifest", str(corpus / "manifest.csv")]
    result: dict[str, Any] = {"articles": articles, "text_mb": round(megabytes, 2)}
    for label, workers in (("one_worker", 1), ("all_cores", os.cpu_count() or 1)):
        db = work / f"import-{label}.db"
        seconds, peak = _timed_command([*command, "--db", str(db), "--workers", str(workers)])
        result[label] = {
            "workers": workers, "seconds": round(seconds, 2), "articles_per_s": round(articles / seconds, 1),
            "mb_per_s": round(megabytes / seconds, 2), "peak_memory_mb": round(peak, 1),
        }  # fmt: skip
    db = work / "import-all_cores.db"
    seconds, _peak = _timed_command([*command, "--db", str(db)])
    result["reimport"] = {"seconds": round(seconds, 2), "mb_per_s": round(megabytes / seconds, 1)}
    result["db_mb_per_text_mb"] = round(db.stat().st_size / 1e6 / megabytes, 2)
    return result


def bench_explorer_headless(db: Path) -> dict[str, Any]:
    """Cold start to first paint and keystroke timings, in a fresh process."""
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(HERE / "explorer_probe.py"), str(db), "--started", str(started)],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _tmux_first_paint(command: str, ready: str, timeout: float = 60) -> float | None:
    """Seconds from starting ``command`` in tmux until ``ready`` shows on its screen.

    Each run has a tmux server of its own (``-L``, no user config): a shared server that exits when
    the previous run's session closes can refuse the next one ("server exited unexpectedly").
    """
    if shutil.which("tmux") is None:
        return None
    tmux = ["tmux", "-L", f"bench-{os.getpid()}-{time.monotonic_ns()}", "-f", "/dev/null"]
    started = time.perf_counter()
    run = subprocess.run([*tmux, "new-session", "-d", "-s", "bench", "-x", "200", "-y", "50", command],
                         capture_output=True, text=True)  # fmt: skip
    try:
        if run.returncode != 0:
            print(f"tmux could not start the command: {run.stderr.strip()}", file=sys.stderr, flush=True)
            return None
        while time.perf_counter() - started < timeout:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "bench"], capture_output=True, text=True)
            if ready in screen.stdout:
                return time.perf_counter() - started
            time.sleep(0.005)
        return None
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def bench_tmux(db: Path, work: Path) -> dict[str, Any]:
    """First paint in a real terminal, next to a minimal Textual app measured the same way."""
    minimal = work / "minimal_app.py"
    minimal.write_text(MINIMAL_APP)
    env = "TEXTUAL_ANIMATIONS=none TERM=xterm-256color"
    incidents = shutil.which("incidents") or f"{sys.executable} -m explorer"
    runs_min, runs_app = [], []
    for _ in range(3):
        runs_min.append(_tmux_first_paint(f"env {env} {sys.executable} {minimal}", "minimal app ready"))
        runs_app.append(_tmux_first_paint(f"env {env} {incidents} tui --db {db}", "▶"))
    if None in runs_min or None in runs_app:
        return {"error": "tmux did not show the app in time"}
    best_min, best_app = min(runs_min), min(runs_app)  # type: ignore[type-var]
    return {"minimal_app_s": round(best_min, 3), "explorer_s": round(best_app, 3),
            "ratio": round(best_app / best_min, 2)}  # fmt: skip


def table(results: dict[str, Any]) -> str:
    """The figures as a plain-text table."""
    lines = []
    imp = results["import"]
    lines.append(f"import of {imp['articles']} generated articles ({imp['text_mb']} MB of text)")
    for label in ("one_worker", "all_cores"):
        row = imp[label]
        lines.append(f"  {label:10} {row['workers']} worker(s): {row['articles_per_s']:7.1f} articles/s "
                     f"{row['mb_per_s']:5.2f} MB/s  peak {row['peak_memory_mb']:.0f} MB")  # fmt: skip
    lines.append(
        f"  re-import  {imp['reimport']['mb_per_s']} MB/s; database {imp['db_mb_per_text_mb']} MB per MB of text"
    )
    lines.append("")
    head = f"{'explorer':10} {'first paint':>12} {'tmux':>8} {'text p50/p95':>14} {'date p50/p95':>14}"
    head += f" {'actor p50/p95':>14} {'cursor p50/p95':>15} {'page p50/p95':>14} {'peak MB':>8}"
    lines.append(head)
    for size, row in results["explorer"].items():
        tmux = row.get("tmux", {})
        cells = [f"{size:10}", f"{row['first_paint_s']:>11.2f}s", f"{tmux.get('explorer_s', float('nan')):>7.2f}s"]
        for key in ("text_filter", "date_filter", "actor_filter", "cursor_down", "page_down"):
            cells.append(f"{row[key]['median_ms']:>6.0f}/{row[key]['p95_ms']:<6.0f}ms".rjust(14))
        cells.append(f"{row['peak_memory_mb']:>8.0f}")
        lines.append(" ".join(cells))
        if "error" in tmux:
            lines.append(f"{'':10} tmux: {tmux['error']}")
    if results.get("minimal_tmux_s"):
        lines.append(f"\nminimal Textual app, first paint in tmux: {results['minimal_tmux_s']:.2f} s")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a few hundred articles; explorer at 1k and 10k")
    parser.add_argument("--json", type=Path, default=ROOT / "benchmarks" / "out" / "results.json")
    parser.add_argument("--no-tmux", action="store_true", help="skip the real-terminal measurements")
    args = parser.parse_args()
    sizes = {"1k": 1_000, "10k": 10_000} if args.quick else {"1k": 1_000, "100k": 100_000, "1M": 1_000_000}
    results: dict[str, Any] = {"machine": machine(), "quick": args.quick, "explorer": {}}
    with tempfile.TemporaryDirectory(prefix="incidents-bench-") as folder:
        work = Path(folder)
        print("import …", flush=True)
        results["import"] = bench_import(work, 200 if args.quick else 2000)
        for label, count in sizes.items():
            db = work / f"explorer-{label}.db"
            print(f"explorer at {label} incidents: building …", flush=True)
            results["explorer"][label] = {"build_s": round(build(db, count, seed=7), 1)}
            results["explorer"][label].update(bench_explorer_headless(db))
            if not args.no_tmux:
                tmux = bench_tmux(db, work)
                results["explorer"][label]["tmux"] = tmux
                results["minimal_tmux_s"] = tmux.get("minimal_app_s")
    print()
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    print(f"\nwritten to {args.json}")


if __name__ == "__main__":
    main()
