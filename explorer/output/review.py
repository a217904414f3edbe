"""The user's review as lines of text: for ``show``, ``review``, ``history`` and the exports."""

from __future__ import annotations

import json
from collections.abc import Iterator

from db.review import HistoryRow, Review
from explorer.output.textsafe import clean_line, neutralise

STATUS_MARKS = {"unreviewed": " ", "verified": "✓", "disputed": "?", "rejected": "✗"}
"""One character per status, as the timeline shows it."""


def _line(value: str) -> str:
    return neutralise(clean_line(value))


def review_lines(review: Review | None) -> Iterator[str]:
    """Status, star, tags, corrections and note, one fact a line ("unreviewed" when never touched)."""
    if review is None:
        yield "status: unreviewed"
        return
    yield (
        f"status: {review.status}"
        + (" · starred" if review.starred else "")
        + (" · orphaned: every passage is gone (its documents were removed or changed)" if review.orphaned else "")
    )
    if review.tags:
        yield "tags: " + ", ".join(_line(t) for t in review.tags)
    for correction in review.corrections:
        yield f"{correction.field} corrected by hand: {_line(correction.value)} (extracted: {_line(correction.machine)})"
    if review.added_actors:
        yield "actors added by hand: " + "; ".join(_line(a) for a in review.added_actors)
    if review.removed_actors:
        yield "actors removed by hand: " + "; ".join(_line(a) for a in review.removed_actors)
    if review.note:
        yield "note:"
        for line in review.note.splitlines():
            yield "  " + neutralise(line)


def _short(value: str | None) -> str:
    shown = _line((value or "").replace("\n", " ⏎ "))
    return shown if len(shown) <= 60 else shown[:59] + "…"


def _passages(value: str | None) -> tuple[str, int]:
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return "?", 0
    return str(data.get("incident", "?")), len(data.get("spans", []))


def describe(row: HistoryRow) -> str:
    """One recorded change in words: "status unreviewed → verified", "tag 'legal' added", "split off as #17"."""
    old, new = row.old, row.new
    if row.field == "status":
        return f"status {old or 'unreviewed'} → {new}"
    if row.field == "starred":
        return "starred" if new == "1" else "star taken away"
    if row.field == "tag":
        return f"tag {_short(new)!r} added" if new else f"tag {_short(old)!r} removed"
    if row.field == "note":
        return f"note: {_short(new)!r}" if new else "note removed"
    if row.field in ("title", "kind", "date"):
        return (
            f"{row.field} corrected: {_short(new)!r}" if new is not None else f"{row.field} back to the extracted one"
        )
    if row.field == "actor":
        change, _, who = (new or old or "").partition(":")
        name = who.partition(":")[2] or f"actor {who}"
        return f"actor {_short(name)!r} " + ({"add": "added", "remove": "removed"}[change] if new else "as extracted")
    if row.field == "merged":
        incident, count = _passages(new)
        return f"merged in #{incident} ({count} passage{'s' if count != 1 else ''})"
    if row.field == "split off":
        incident, count = _passages(new)
        return f"split off as #{incident} ({count} passage{'s' if count != 1 else ''})"
    if row.field in ("merged into", "split from"):
        return f"{row.field} #{new}"
    if row.field == "rejoined":
        return f"#{new} joined it again (a split undone)"
    if row.field == "undid":
        return f"undid change {new}"
    return f"{row.field}: {_short(old)} → {_short(new)}"


def history_line(row: HistoryRow, with_incident: bool = True) -> str:
    """ "2026-12-02 10:00  ana  #12  status unreviewed → verified  (change 3)"."""
    when = row.at.replace("T", " ")[:16]
    undone = ", undone" if row.undone else ""
    incident = f"  #{row.incident_id}" if with_incident else ""
    return f"{when}  {_line(row.user)}{incident}  {describe(row)}  (change {row.change_id}{undone})"
