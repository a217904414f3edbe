"""Pure extraction: text and a document date in, frozen incident mentions out.

No I/O, no clock, no globals: every stage is a function of its arguments.
"""

from __future__ import annotations

from datetime import date

from explorer.extract.actors import canonical_actors, find_actors, find_definitions
from explorer.extract.docdate import estimate_published, find_dateline
from explorer.extract.mentions import find_mentions, finish
from explorer.extract.model import ActorMention, DocumentExtraction, PublishedDate, Span
from explorer.extract.sentences import split_sentences

__all__ = ["extract_document", "read_published"]


def read_published(
    text: str, given: PublishedDate | None = None, context: date | None = None
) -> tuple[PublishedDate, list[Span]]:
    """The document date (given, else a dateline, else an estimate) and the dateline spans."""
    dateline, spans = find_dateline(text)
    if given is not None and given.value is not None:
        return given, spans
    if dateline.value is not None:
        return dateline, spans
    return estimate_published(text, context), spans


def _unique(actors: list[ActorMention]) -> tuple[ActorMention, ...]:
    """One entry per canonical name, keeping the first that has a title."""
    chosen: dict[str, ActorMention] = {}
    for actor in actors:
        kept = chosen.get(actor.name)
        if kept is None or (kept.title is None and actor.title is not None):
            chosen[actor.name] = actor
    return tuple(chosen.values())


def extract_document(text: str, given: PublishedDate | None = None, context: date | None = None) -> DocumentExtraction:
    """Every incident mention in one document, with its actors, dates and evidence spans."""
    published, header = read_published(text, given, context)
    definitions = find_definitions(text)
    sentences = split_sentences(text)
    # Sentence by sentence, so a Title Case headline is judged on its own.
    by_sentence = {s.start: find_actors(text, s.start, s.end) for s in sentences}
    raw_actors = [actor for found in by_sentence.values() for actor in found]
    doc_actors = canonical_actors(raw_actors, definitions)
    people = [a for a in doc_actors if a.kind == "person"]
    drafts = find_mentions(text, sentences, published, header=header, people=people, sentence_actors=by_sentence)
    mentions = tuple(
        finish(text, draft, published, list(_unique(canonical_actors(draft.actors, definitions, raw_actors))))
        for draft in drafts
    )
    return DocumentExtraction(published, mentions, _unique(doc_actors))
