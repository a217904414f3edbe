"""Build a large incidents database through the db layer's own bulk write path.

Importing 100,000 articles to reach a million incidents takes too long for a benchmark run, so
this writes synthetic documents and incidents directly with ``db.writes.bulk_load``: the same
tables, indexes and full-text entries an import produces, in chronological-looking but shuffled
order (as real imports arrive).

    python benchmarks/build_db.py OUT.db --incidents 1000000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from pathlib import Path

from corpus import FIRST, LAST

from db.connection import open_database
from db.writes import BulkIncident, bulk_load

KINDS = ["protest", "call for help", "police action", "arrest", "violence", "statement", "legal action",
         "closure", "reopening", "meeting", "other"]  # fmt: skip
VERBS = {
    "protest": "rallied outside", "call for help": "called police to", "police action": "cleared a camp near",
    "arrest": "were arrested near", "violence": "clashed near", "statement": "issued a statement about",
    "legal action": "filed a lawsuit over", "closure": "shut down", "reopening": "reopened", "meeting": "met at",
    "other": "gathered at",
}  # fmt: skip
PLACES = ["City Hall", "the harbor", "the main depot", "the river bridge", "the library", "the court house",
          "the central station", "the stadium", "the market", "the school district office"]  # fmt: skip
GROUPS = ["protesters", "residents", "workers", "students", "police", "nurses", "teachers", "officials"]


def synthetic_incidents(count: int, seed: int, per_document: int = 10) -> list[BulkIncident]:
    """``count`` incidents over ten years, each with one to three passages in shared documents."""
    rng = random.Random(seed)
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(5000)]
    start = date(2012, 1, 1)
    items = []
    for index in range(count):
        day = start + timedelta(days=rng.randrange(0, 3650))
        kind = rng.choice(KINDS)
        actor = rng.choice(people)
        group = rng.choice(GROUPS)
        place = rng.choice(PLACES)
        precision = rng.choices(["day", "month", "week", "range"], weights=[85, 8, 4, 3])[0]
        first, last = day, day
        if precision == "month":
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif precision == "week":
            first = day - timedelta(days=day.weekday())
            last = first + timedelta(days=6)
        elif precision == "range":
            last = day + timedelta(days=9)
        title = f"{actor} and {group} {VERBS[kind]} {place}"
        quote = f"On {day:%B} {day.day}, {day.year}, {actor} and {group} {VERBS[kind]} {place}, witnesses said."
        sources = [f"doc{(index // per_document + k * 7919) % max(1, count // per_document):07d}.txt"
                   for k in range(rng.randint(1, 3))]  # fmt: skip
        items.append(BulkIncident(first, last, precision, title, kind, place, quote, tuple(dict.fromkeys(sources)),
                                  (actor, group)))  # fmt: skip
    return items


def build(path: Path, count: int, seed: int) -> float:
    """Write the database; return the seconds it took."""
    began = time.perf_counter()
    db = open_database(path)
    bulk_load(db, synthetic_incidents(count, seed))
    db.conn.close()
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--incidents", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists; choose a new path")
    seconds = build(args.out, args.incidents, args.seed)
    print(
        f"wrote {args.incidents:,} incidents to {args.out} in {seconds:.1f} s ({args.out.stat().st_size / 1e6:.0f} MB)"
    )


if __name__ == "__main__":
    main()
