"""Time the review filters on a large archive: the first page, a later page, a timeline window, the counts.

    python benchmarks/review_filters.py                      # builds 100,000 incidents, reviews a share
    python benchmarks/review_filters.py --incidents 1000000  # the newsroom scale
    python benchmarks/review_filters.py --db big.db          # an existing database (it is not written)

A share of the incidents (one in seven) gets a status, one in fourteen a star, one in twenty a tag,
spread over the timeline, so each filter matches a realistic number of rows. Figures are medians
of five runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from build_db import build  # noqa: E402

from db import queries  # noqa: E402
from db.connection import open_database, open_readonly  # noqa: E402
from db.queries import IncidentFilter  # noqa: E402

FILTERS = {
    "none (rejected left out)": IncidentFilter(),
    "every status": IncidentFilter(statuses=("unreviewed", "verified", "disputed", "rejected")),
    "verified": IncidentFilter(statuses=("verified",)),
    "starred": IncidentFilter(starred=True),
    "tag": IncidentFilter(tags=("follow up",)),
    "review queue": IncidentFilter(queue=True),
}


def review_a_share(path: Path) -> None:
    """Give statuses, stars and tags to a share of the incidents, as a team's review would."""
    db = open_database(path, create=False)
    conn = db.conn
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO reviews (incident_id, status, starred, machine_title, machine_date_start, machine_date_end,"
        " machine_precision, machine_kind, updated_at)"
        " SELECT id, CASE id % 3 WHEN 0 THEN 'verified' WHEN 1 THEN 'disputed' ELSE 'rejected' END, id % 2,"
        " title, date_start, date_end, precision, kind, '2026-01-01T00:00:00Z' FROM incidents WHERE id % 7 = 0"
    )
    conn.execute("INSERT INTO review_tags (incident_id, tag) SELECT id, 'follow up' FROM incidents WHERE id % 20 = 0")
    conn.execute("UPDATE incidents SET needs_check = (id % 5 = 0)")
    conn.execute("COMMIT")
    conn.close()


def _median_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(5):
        began = time.perf_counter()
        run()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def measure(path: Path) -> list[tuple[str, float, float, float, float, int]]:
    """(filter, first page, later page, timeline window, counts, matches) for each review filter."""
    db = open_readonly(path)
    middle = db.execute("SELECT date_start FROM incidents ORDER BY date_start LIMIT 1 OFFSET ?",
                        [queries.incident_total(db) // 2]).fetchone()[0]  # fmt: skip
    rows = []
    for label, flt in FILTERS.items():
        first = _median_ms(lambda flt=flt: queries.head_rows(db, flt))
        later = _median_ms(lambda flt=flt: queries.list_incidents(db, flt, after=(middle, 0), limit=200))
        window = _median_ms(lambda flt=flt: queries.timeline_rows(db, flt, (middle, middle), 0, 100))
        began = time.perf_counter()
        groups = queries.date_groups(db, flt)
        counts = (time.perf_counter() - began) * 1000
        rows.append((label, first, later, window, counts, sum(g.count for g in groups)))
    db.conn.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="Measure this database as it is, instead of building one.")
    args = parser.parse_args()
    if args.db is not None:
        path = args.db
    else:
        path = Path(tempfile.mkdtemp(prefix="incidents-review-bench-")) / "bench.db"
        print(f"building {args.incidents:,} incidents at {path} …", file=sys.stderr)
        build(path, args.incidents, seed=7)
        review_a_share(path)
    print(
        f"| filter ({path.name}) | first page ms | later page ms | timeline window ms | counts ms (worker) | matches |"
    )
    print("|---|---|---|---|---|---|")
    for label, first, later, window, counts, matches in measure(path):
        print(f"| {label} | {first:.1f} | {later:.1f} | {window:.1f} | {counts:.0f} | {matches:,} |")


if __name__ == "__main__":
    main()
