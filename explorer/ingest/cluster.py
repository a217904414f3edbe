"""Group mentions into incidents, incrementally, with the same result in any order of import.

An incident is a connected group of mentions under ``same_incident``, a test of two mentions alone.
Adding a mention joins (or creates) the incidents it links to; removing mentions splits an incident
into the groups that still hold together. What an incident says (its date, headline, kind, actors)
is recomputed from its mentions, never accumulated, so it too is independent of order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils

from db import mentions, review, writes
from db.mentions import MentionRow
from explorer.extract.merge import (
    MentionFacts,
    Report,
    decode_actor_keys,
    lead_report,
    lead_title,
    majority_kind,
    same_incident,
)
from explorer.review.pins import tied_components


@dataclass
class Changes:
    """Incidents one unit of work created, touched and deleted (to refresh once and to report)."""

    created: set[int] = field(default_factory=set)
    touched: set[int] = field(default_factory=set)
    deleted: set[int] = field(default_factory=set)
    emptied: set[int] = field(default_factory=set)
    orphaned: set[int] = field(default_factory=set)
    """Reviewed incidents left without any passage, kept (with the user's work) rather than deleted."""
    facts: dict[int, MentionFacts] = field(default_factory=dict, repr=False)
    """What merging knows of mentions already read in this unit of work, by mention id (a stored
    mention never changes; a new one overwrites the entry of an id SQLite gives again)."""

    @property
    def added(self) -> int:
        """Incidents that exist now and did not before."""
        return len(self.created - self.deleted)

    @property
    def removed(self) -> int:
        """Incidents that existed before and are gone."""
        return len(self.deleted - self.created)


def facts_of_row(row: MentionRow) -> MentionFacts:
    """A stored mention as merging compares it."""
    named, groups = decode_actor_keys(row.actor_keys)
    return MentionFacts(
        document=row.document_sha, ordinal=row.ordinal, date_start=date.fromisoformat(row.date_start),
        date_end=date.fromisoformat(row.date_end), precision=row.precision, kind=row.kind,
        actors=named, terms=frozenset(row.terms.split()), groups=groups,
    )  # fmt: skip


def linked_incidents(db: sqlite_utils.Database, facts: MentionFacts, known: dict[int, MentionFacts] | None = None
                     ) -> list[int]:  # fmt: skip
    """The incidents a new mention reports: each one holding a mention it passes ``same_incident`` with.

    ``known`` caches the facts of mentions already read, so a large document's mentions are each
    read from the database once, not once for every later mention near its date.
    """
    known = {} if known is None else known
    near = mentions.near_ids(db, facts.date_start, facts.date_end)
    missing = [mention_id for mention_id, _incident in near if mention_id not in known]
    for row in mentions.mentions_by_id(db, missing):
        known[row.id] = facts_of_row(row)
    linked: list[int] = []
    # A long document repeats passages (a boilerplate line, an undated aside): each distinct one is
    # weighed once, so a date crowded with copies costs one comparison per distinct passage.
    verdicts: dict[tuple[object, ...], bool] = {}
    for mention_id, incident_id in near:
        if incident_id in linked:
            continue
        other = known[mention_id]
        verdict = verdicts.get(other.compared)
        if verdict is None:
            verdict = verdicts[other.compared] = same_incident(facts, other)
        if verdict:
            linked.append(incident_id)
    return linked


def place(db: sqlite_utils.Database, facts: MentionFacts, new: writes.NewMention, changes: Changes,
          hint: int | None = None, pinned: int | None = None) -> tuple[int, int]:  # fmt: skip
    """Store a mention in the incident it reports (joining incidents it links), or in a new one.

    Returns (mention id, incident id).

    ``hint`` is the incident this document's passage belonged to before it was derived again: when
    the mention links to nothing else, it keeps that incident's id. ``pinned`` is the reviewed
    incident the user pinned the passage to: it goes there whatever it links to. Two reviewed
    incidents are never joined here; only the user merges them.
    """
    linked = linked_incidents(db, facts, changes.facts)
    reviewed = review.reviewed_among(db, linked)
    if pinned is not None or reviewed:
        target = pinned if pinned is not None else min(reviewed)
        others = [i for i in linked if i != target and i not in reviewed]
        writes.merge_incidents(db, target, others)
        changes.deleted.update(others)
        changes.touched.difference_update(others)
        changes.emptied.discard(target)
    elif not linked:
        if hint is not None and hint in changes.emptied:
            target = hint
            changes.emptied.discard(hint)
        else:
            target = writes.create_incident(db, new.when, new.title, new.kind, new.location)
            changes.created.add(target)
    else:
        target = _keeper(db, linked)
        others = [i for i in linked if i != target]
        writes.merge_incidents(db, target, others)
        changes.deleted.update(others)
        changes.touched.difference_update(others)
    changes.touched.add(target)
    mention_id = writes.insert_mention(db, target, new)
    changes.facts[mention_id] = facts
    return mention_id, target


def _keeper(db: sqlite_utils.Database, incidents: Sequence[int]) -> int:
    """Of incidents being joined, the one whose id survives: the one with most mentions, then the oldest."""
    return min(incidents, key=lambda i: (-mentions.mention_count(db, i), i))


def regroup(db: sqlite_utils.Database, incident_id: int, changes: Changes) -> None:
    """After mentions left an incident, split it into the groups that still hold together.

    The largest group keeps the id; an incident with no mentions left waits in ``changes.emptied``
    (a re-derived passage may take it back) until ``settle`` deletes it.
    """
    rows = mentions.mentions_of(db, incident_id)
    if not rows:
        changes.emptied.add(incident_id)
        return
    pinned = review.anchored_mentions(db, incident_id) if review.is_reviewed(db, incident_id) else set()
    tied = frozenset(i for i, r in enumerate(rows) if r.id in pinned)
    groups = components([facts_of_row(r) for r in rows], tied)
    # The passages the user pinned keep the incident (and its review); otherwise the largest group does.
    groups.sort(key=lambda g: (not tied.intersection(g), -len(g), min(g)))
    changes.touched.add(incident_id)
    for group in groups[1:]:
        moved = [rows[i] for i in group]
        first = moved[0]
        target = writes.create_incident(
            db, writes.IncidentDate(date.fromisoformat(first.date_start), date.fromisoformat(first.date_end),
                                    first.precision, first.date_note), first.title, first.kind, first.location,
        )  # fmt: skip
        writes.move_mentions(db, [r.id for r in moved], target)
        changes.created.add(target)
        changes.touched.add(target)


def components(facts: Sequence[MentionFacts], tied: frozenset[int] = frozenset()) -> list[list[int]]:
    """Indices of ``facts`` in connected groups under ``same_incident``; the ``tied`` ones are always one group."""
    return tied_components(len(facts), lambda i, j: same_incident(facts[i], facts[j]), tied)


def _report(row: MentionRow) -> Report:
    return Report(
        document=row.document_sha, ordinal=row.ordinal,
        published=date.fromisoformat(row.published) if row.published else None,
        date_start=date.fromisoformat(row.date_start), date_end=date.fromisoformat(row.date_end),
        precision=row.precision, date_note=row.date_note, title=row.title, kind=row.kind, location=row.location,
        stated=row.published_source not in ("estimated", "unknown"),
    )  # fmt: skip


def summarise(db: sqlite_utils.Database, incident_id: int) -> None:
    """Set an incident's date, headline, kind, place and actors from its mentions, and refresh its search entry."""
    reports = [_report(r) for r in mentions.mentions_of(db, incident_id)]
    if not reports:  # an orphaned reviewed incident keeps what it last said
        return
    lead = lead_report(reports)
    location = lead.location or next((r.location for r in reports if r.location), None)
    when = writes.IncidentDate(lead.date_start, lead.date_end, lead.precision, lead.date_note)
    writes.set_incident(db, incident_id, when, lead_title(reports, lead), majority_kind(reports, lead), location)
    writes.rebuild_incident_actors(db, incident_id)
    if review.is_reviewed(db, incident_id):
        review.apply_corrections(db, incident_id)
    writes.refresh_incident_search(db, incident_id)


def settle(db: sqlite_utils.Database, changes: Changes) -> None:
    """Finish a unit of work: delete incidents left without mentions, summarise the ones touched."""
    for incident_id in sorted(changes.emptied):
        if mentions.mention_count(db, incident_id) == 0 and review.is_reviewed(db, incident_id):
            review.set_value(db, incident_id, "orphaned", 1)
            writes.refresh_incident_search(db, incident_id)
            changes.orphaned.add(incident_id)
            changes.touched.discard(incident_id)
        elif mentions.mention_count(db, incident_id) == 0:
            writes.delete_incident(db, incident_id)
            changes.deleted.add(incident_id)
            changes.touched.discard(incident_id)
    changes.emptied.clear()
    for incident_id in sorted(changes.touched):
        summarise(db, incident_id)
    changes.touched.clear()


def regroup_all(db: sqlite_utils.Database, incident_ids: Iterable[int], changes: Changes) -> None:
    """``regroup`` every incident that lost mentions."""
    for incident_id in sorted(set(incident_ids)):
        regroup(db, incident_id, changes)
