"""Store one document's extraction, derive it again after a correction, or remove it.

The caller holds the transaction (``writes.transaction``), so a batch of documents goes in whole
or not at all; incidents are summarised once per batch (``cluster.settle``).
"""

from __future__ import annotations

import sqlite_utils

from db import mentions, queries, review, writes
from explorer.extract.actors import likely_same_person
from explorer.extract.merge import MentionFacts, encode_actor_keys
from explorer.extract.model import ActorMention, DocumentExtraction, Mention
from explorer.ingest import cluster
from explorer.ingest.cluster import Changes
from explorer.review.pins import pinned_incident


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


def actor_keys(mention: Mention) -> str:
    """A mention's actors as stored for merging: named actors apart from generic groups."""
    return encode_actor_keys(
        ((a.name, *a.aliases) for a in mention.actors if a.kind != "group"),
        ((a.name, *a.aliases) for a in mention.actors if a.kind == "group"),
    )


def mention_facts(mention: Mention, document_sha: str, ordinal: int) -> MentionFacts:
    """A freshly extracted mention as merging compares it (the same as its stored form reads back)."""
    stored = actor_keys(mention)
    return cluster.facts_of_row(
        mentions.MentionRow(
            id=0, incident_id=0, document_id=0, document_sha=document_sha, published=None, published_source="unknown",
            ordinal=ordinal,
            date_start=mention.date_start.isoformat(), date_end=mention.date_end.isoformat(),
            precision=mention.precision, date_note=mention.date_note, title=mention.title, kind=mention.kind,
            location=mention.location, terms=" ".join(mention.terms), actor_keys=stored,
        )
    )  # fmt: skip


def _new_mention(mention: Mention, document_id: int, ordinal: int) -> writes.NewMention:
    return writes.NewMention(
        document_id=document_id, ordinal=ordinal,
        when=writes.IncidentDate(mention.date_start, mention.date_end, mention.precision, mention.date_note),
        title=mention.title, kind=mention.kind, location=mention.location, terms=" ".join(mention.terms),
        actor_keys=actor_keys(mention),
        wide=mentions.is_wide(mention.date_start, mention.date_end),
    )  # fmt: skip


def _evidence(mention: Mention) -> list[writes.NewEvidence]:
    return [
        writes.NewEvidence(e.start, e.end, e.date_text, e.date_start, e.date_end, e.precision, e.is_dated, e.durations)
        for e in mention.evidence
    ]


def _hint(mention: Mention, old: list[mentions.OldSpan]) -> int | None:
    """The incident an earlier derivation gave the passage this mention is dated by."""
    dated = next((e for e in mention.evidence if e.is_dated), None)
    if dated is None:
        return None
    return next((o.incident_id for o in old if o.start < dated.end and dated.start < o.end), None)


def add_mentions(
    db: sqlite_utils.Database, document_id: int, sha256: str, text: str, extraction: DocumentExtraction,
    changes: Changes, old: list[mentions.OldSpan] | None = None,
) -> None:  # fmt: skip
    """Store a document's mentions, each in the incident it reports."""
    cache = ActorCache()
    for actor in extraction.actors:
        resolve_cached(db, actor, document_id, cache)
    anchors = review.anchors_of_document(db, sha256)  # passages of this text the user's work is pinned to
    for ordinal, mention in enumerate(extraction.mentions):
        facts = mention_facts(mention, sha256, ordinal)
        hint = _hint(mention, old) if old else None
        pinned = pinned_incident([(e.start, e.end) for e in mention.evidence], anchors) if anchors else None
        new = _new_mention(mention, document_id, ordinal)
        mention_id, incident_id = cluster.place(db, facts, new, changes, hint, pinned)
        writes.add_evidence(db, incident_id, mention_id, document_id, text, _evidence(mention))
        for actor in (*mention.actors, *mention.context_actors):
            role = actor.title.split()[-1].lower().rstrip(".") if actor.title else None
            writes.link_mention_actor(db, mention_id, resolve_cached(db, actor, document_id, cache), role)


def store_document(
    db: sqlite_utils.Database, doc: writes.NewDocument, extraction: DocumentExtraction, run_id: int | None,
    changes: Changes,
) -> int:  # fmt: skip
    """Store a new document and everything extracted from it; return its id."""
    document_id = writes.insert_document(db, doc, run_id)
    add_mentions(db, document_id, doc.sha256, doc.text, extraction, changes)
    return document_id


def store_alone(db: sqlite_utils.Database, doc: writes.NewDocument, extraction: DocumentExtraction) -> int:
    """Store one document in a transaction of its own, its incidents summarised; return its id."""
    changes = Changes()
    with writes.transaction(db):
        document_id = store_document(db, doc, extraction, None, changes)
        cluster.settle(db, changes)
    return document_id


def rederive(db: sqlite_utils.Database, document_id: int, extraction: DocumentExtraction, changes: Changes) -> None:
    """Replace a stored document's mentions with a new extraction (after its date was corrected).

    Passages that still report an incident of their own keep its id.
    """
    meta = queries.document_meta(db, document_id)
    stored = queries.document(db, document_id)
    assert meta is not None and stored is not None
    old = mentions.dated_spans(db, document_id)
    affected = mentions.incidents_of_document(db, document_id)
    writes.delete_mentions_of_document(db, document_id)
    cluster.regroup_all(db, affected, changes)
    add_mentions(db, document_id, meta.sha256, stored.text, extraction, changes, old)


def remove_document(db: sqlite_utils.Database, document_id: int, changes: Changes) -> None:
    """Remove a document; its incidents lose its passages, and split or go when nothing else holds them."""
    affected = mentions.incidents_of_document(db, document_id)
    writes.delete_document(db, document_id)
    cluster.regroup_all(db, affected, changes)
