"""Store one document's extraction: resolve its actors, merge its mentions with known incidents."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from db import queries, writes
from explorer.extract.actors import likely_same_person
from explorer.extract.merge import Candidate, actor_key, best_match, more_precise
from explorer.extract.model import ActorMention, DocumentExtraction, Mention


def _candidate(row: queries.CandidateRow) -> Candidate:
    return Candidate(
        id=row.id,
        date_start=date.fromisoformat(row.date_start),
        date_end=date.fromisoformat(row.date_end),
        precision=row.precision,
        kind=row.kind,
        actors=frozenset(actor_key(a) for a in row.actors),
        terms=frozenset(row.terms.split()),
    )


class ActorCache:
    """Actors already resolved for one document, and the aliases already recorded for them.

    A document names the same people again and again; each is looked up once.
    """

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str, str | None], int] = {}
        self.aliases: set[tuple[int, str]] = set()


def resolve_cached(db: sqlite_utils.Database, actor: ActorMention, document_id: int, cache: ActorCache) -> int:
    """``resolve_actor``, remembering the answer for the rest of the document."""
    key = (actor.name, actor.kind, actor.title)
    actor_id = cache.ids.get(key)
    if actor_id is None:
        actor_id = cache.ids[key] = resolve_actor(db, actor, document_id)
        cache.aliases.update((actor_id, a) for a in (actor.name, *actor.aliases, actor.surface.strip()))
        return actor_id
    new = [a for a in (actor.name, *actor.aliases, actor.surface.strip()) if (actor_id, a) not in cache.aliases]
    if new:
        writes.add_aliases(db, actor_id, new, document_id)
        cache.aliases.update((actor_id, a) for a in new)
    return actor_id


def resolve_actor(db: sqlite_utils.Database, actor: ActorMention, document_id: int) -> int:
    """The stored actor this mention names, created when new; misspellings join only with support."""
    kind = "group" if actor.kind == "group" else ("person" if actor.kind in ("person", "name") else "organisation")
    found = queries.find_actor(db, actor.name)
    if found is None:
        for alias in actor.aliases:
            found = queries.find_actor(db, alias) if kind == "organisation" else None
            if found is not None:
                break
    if found is None and kind == "person":
        found = _same_person(db, actor)
    if found is None:
        actor_id = writes.insert_actor(db, actor.name, kind, actor.title)
    else:
        actor_id = found[0]
        longer = actor.name if kind == "organisation" and found[1] in actor.aliases else None
        writes.improve_actor(db, actor_id, name=longer, title=actor.title)
    writes.add_aliases(db, actor_id, [actor.name, *actor.aliases, actor.surface.strip()], document_id)
    return actor_id


def _same_person(db: sqlite_utils.Database, actor: ActorMention) -> tuple[int, str, str, str | None] | None:
    first = actor.name.split()[0]
    candidates = queries.people_with_first_name(db, first)
    if actor.title:
        candidates += queries.titled_people_with_initial(db, first[0])
    for actor_id, name, title in candidates:
        if likely_same_person(actor.name, actor.title, name, title):
            return actor_id, name, "person", title
    return None


def _evidence(mention: Mention) -> list[writes.NewEvidence]:
    return [
        writes.NewEvidence(e.start, e.end, e.date_text, e.date_start, e.date_end, e.precision, e.is_dated, e.durations)
        for e in mention.evidence
    ]


def _when(mention: Mention) -> writes.IncidentDate:
    return writes.IncidentDate(mention.date_start, mention.date_end, mention.precision, mention.date_note)


def store_mention(
    db: sqlite_utils.Database, mention: Mention, document_id: int, text: str, cache: ActorCache | None = None
) -> tuple[int, bool]:
    """Attach a mention to the incident it reports, or create one; (incident id, whether it is new).

    The incident's full-text entry is left for the caller to refresh, once for all its mentions.
    """
    rows = queries.merge_candidates(db, mention.date_start, mention.date_end)
    target = best_match(mention, [_candidate(r) for r in rows])
    created = target is None
    if target is None:
        target = writes.create_incident(
            db, _when(mention), mention.title, mention.kind, mention.location, mention.terms
        )
    else:
        row = next(r for r in rows if r.id == target)
        sharper = more_precise(
            mention.precision, mention.date_start, mention.date_end,
            row.precision, date.fromisoformat(row.date_start), date.fromisoformat(row.date_end),
        )  # fmt: skip
        writes.update_incident(
            db, target, when=_when(mention) if sharper else None, kind=mention.kind, location=mention.location,
            terms=mention.terms,
        )  # fmt: skip
    writes.add_evidence(db, target, document_id, text, _evidence(mention))
    for actor in mention.actors:
        role = actor.title.split()[-1].lower().rstrip(".") if actor.title else None
        writes.link_actor(db, target, resolve_cached(db, actor, document_id, cache or ActorCache()), role)
    return target, created


def store_document(
    db: sqlite_utils.Database,
    doc: writes.NewDocument,
    extraction: DocumentExtraction,
    run_id: int | None,
    touched: set[int] | None = None,
) -> int:
    """Store a document and everything extracted from it; return how many incidents it created.

    The caller holds the transaction (``writes.transaction``), so several documents can share one.
    Incidents the document touched are added to ``touched`` for the caller to refresh once per
    batch (``refresh_search``); without ``touched`` they are refreshed here.
    """
    created = 0
    mine: set[int] = set()
    document_id = writes.insert_document(db, doc, run_id)
    cache = ActorCache()
    for actor in extraction.actors:
        resolve_cached(db, actor, document_id, cache)
    for mention in extraction.mentions:
        incident_id, is_new = store_mention(db, mention, document_id, doc.text, cache)
        mine.add(incident_id)
        created += is_new
    if touched is None:
        refresh_search(db, mine)
    else:
        touched |= mine
    return created


def refresh_search(db: sqlite_utils.Database, incident_ids: set[int]) -> None:
    """Rebuild the full-text entries and source counts of these incidents."""
    for incident_id in sorted(incident_ids):
        writes.refresh_incident_search(db, incident_id)
