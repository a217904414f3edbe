"""Measure how import time grows with the length of one document: per-KB cost at 4 KB, 1 MB, 5 MB, 19 MB.

    python benchmarks/long_document.py            # 4 KB, 1 MB, 5 MB and 19 MB (a few minutes)
    python benchmarks/long_document.py --quick    # 4 KB and 1 MB

The document is the corpus generator's chronicle (``corpus.chronicle``): dated paragraphs over
decades, with relative dates, people and bodies. Extraction alone and the whole import (into a fresh
database) are timed; the ratio column is each size's per-KB cost over the 4 KB one.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import chronicle  # noqa: E402

from db.connection import open_database  # noqa: E402
from explorer.extract import extract_document  # noqa: E402
from explorer.extract.model import PublishedDate  # noqa: E402
from explorer.ingest.pipeline import import_paths  # noqa: E402

PUBLISHED = date(2024, 1, 2)


def _extract(text: str) -> float:
    started = time.perf_counter()
    extract_document(text, PublishedDate(PUBLISHED, "user"))
    return time.perf_counter() - started


def _import(text: str, work: Path, name: str) -> tuple[float, int]:
    article = work / f"{name}.txt"
    article.write_text(text, encoding="utf-8")
    db = open_database(work / f"{name}.db")
    try:
        started = time.perf_counter()
        import_paths(db, [article], published=PUBLISHED)
        seconds = time.perf_counter() - started
        return seconds, db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    finally:
        db.conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only 4 KB and 1 MB")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "long_document.json")
    args = parser.parse_args()
    sizes = [4_000, 1_000_000] if args.quick else [4_000, 1_000_000, 5_000_000, 19_000_000]
    text = chronicle(max(sizes))
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for size in sizes:
            piece = text[:size]
            repeats = 5 if size < 100_000 else 1
            extract = statistics.median(_extract(piece) for _ in range(repeats))
            imported = [_import(piece, Path(work), f"d{size}_{i}") for i in range(repeats)]
            seconds = statistics.median(s for s, _n in imported)
            rows.append({"bytes": size, "extract_s": extract, "import_s": seconds, "incidents": imported[0][1]})
    base_extract = rows[0]["extract_s"] / rows[0]["bytes"]
    base_import = rows[0]["import_s"] / rows[0]["bytes"]
    print("| size | incidents | extraction | per KB | ratio | import | per KB | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        size = row["bytes"]
        row["extract_ratio"] = row["extract_s"] / size / base_extract
        row["import_ratio"] = row["import_s"] / size / base_import
        label = f"{size / 1e6:g} MB" if size >= 1e6 else f"{size / 1e3:g} KB"
        print(
            f"| {label} | {row['incidents']:,} | {row['extract_s']:.2f} s | {row['extract_s'] / size * 1e6:.2f} ms"
            f" | {row['extract_ratio']:.2f} | {row['import_s']:.2f} s | {row['import_s'] / size * 1e6:.2f} ms"
            f" | {row['import_ratio']:.2f} |"
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
