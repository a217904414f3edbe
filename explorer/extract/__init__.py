"""Pure extraction: text and a document date in, frozen incident mentions out.

No I/O, no clock, no globals: every stage is a function of its arguments.
"""

from __future__ import annotations

import re

from explorer.extract.actors import ActorIndex, canonical_actors, find_actors, find_definitions, index_actors
from explorer.extract.dates import date_expressions
from explorer.extract.docdate import find_dateline
from explorer.extract.mentions import find_mentions, finish
from explorer.extract.model import ActorMention, DateExpr, DocumentExtraction, PublishedDate, Sentence, Span
from explorer.extract.sentences import split_sentences
from explorer.extract.spans import SpanSet

__all__ = ["DateExpr", "date_expressions", "extract_document", "read_published"]


def read_published(text: str, given: PublishedDate | None = None) -> tuple[PublishedDate, list[Span]]:
    """The document date (given, else what the page's stamps say) and the spans of page furniture."""
    dateline, spans = find_dateline(text)
    if given is not None and given.value is not None:
        return given, spans
    return dateline, spans


def _unique(actors: list[ActorMention]) -> tuple[ActorMention, ...]:
    """One entry per canonical name, keeping the first that has a title."""
    chosen: dict[str, ActorMention] = {}
    for actor in actors:
        kept = chosen.get(actor.name)
        if kept is None or (kept.title is None and actor.title is not None):
            chosen[actor.name] = actor
    return tuple(chosen.values())


def extract_document(text: str, given: PublishedDate | None = None) -> DocumentExtraction:
    """Every incident mention in one document, with its actors, dates and evidence spans."""
    published, header = read_published(text, given)
    definitions = find_definitions(text)
    sentences = split_sentences(text)
    # Sentence by sentence, so a Title Case headline is judged on its own; a wire dateline ("NEW DELHI -")
    # is a place, not an actor.
    datelines = SpanSet(wire_datelines(text))
    by_sentence = {
        s.start: [a for a in find_actors(text, s.start, s.end) if a.start not in datelines] for s in sentences
    }
    raw_actors = [actor for found in by_sentence.values() for actor in found]
    index = index_actors(raw_actors, definitions)
    doc_actors = canonical_actors(raw_actors, index)
    drafts = find_mentions(text, sentences, published, header=header, index=index, sentence_actors=by_sentence)
    around = _paragraph_actors(sentences, by_sentence, index)
    mentions = tuple(
        finish(text, draft, published, list(_unique(canonical_actors(draft.actors, index))),
               _unique(around.get(draft.paragraph, [])))
        for draft in drafts
    )  # fmt: skip
    return DocumentExtraction(published, mentions, _unique(doc_actors))


_WIRE_DATELINE = re.compile(
    r"(?m)^(?:[A-Z][A-Z .'’\-]{2,}|[A-Z][a-z]+)(?:,\s*[A-Z][A-Za-z.]+(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z. ]+\))?\s*[:—–\-]+\s"
)


def wire_datelines(text: str) -> list[Span]:
    """Where a paragraph opens with the place (and agency) a wire story was filed from: "NAIROBI, June 25 – "."""
    return [Span(m.start(), m.end()) for m in _WIRE_DATELINE.finditer(text)]


def _paragraph_actors(
    sentences: list[Sentence], by_sentence: dict[int, list[ActorMention]], index: ActorIndex
) -> dict[int, list[ActorMention]]:
    """The people and bodies each paragraph names (with a one-sentence paragraph after it, which often
    names who did what the paragraph tells): the context of the incidents it tells."""
    named: dict[int, list[ActorMention]] = {}
    sizes: dict[int, int] = {}
    for sentence in sentences:
        sizes[sentence.paragraph] = sizes.get(sentence.paragraph, 0) + 1
        found = canonical_actors(by_sentence.get(sentence.start, []), index)
        named.setdefault(sentence.paragraph, []).extend(a for a in found if a.kind in ("person", "organisation"))
    return {p: actors + (named.get(p + 1, []) if sizes.get(p + 1) == 1 else []) for p, actors in named.items()}
