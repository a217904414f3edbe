"""Pure extraction: text and a document date in, frozen incident mentions out.

No I/O, no clock, no globals: every stage is a function of its arguments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explorer.extract.actors import ActorIndex, canonical_actors, find_actors, find_definitions, index_actors
from explorer.extract.dates import date_expressions
from explorer.extract.docdate import find_dateline
from explorer.extract.events import main_event, terms_of
from explorer.extract.lexicon import WIRE_DATELINE
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
    around = _paragraphs(text, sentences, by_sentence, index)
    mentions = tuple(
        finish(text, draft, published, list(_unique(canonical_actors(draft.actors, index))),
               _unique(around.context(draft.paragraph, main_event(text[draft.clause.start : draft.clause.end]))))
        for draft in drafts
    )  # fmt: skip
    return DocumentExtraction(published, mentions, _unique(doc_actors))


_WIRE_DATELINE = re.compile(rf"(?m)^{WIRE_DATELINE}")


def wire_datelines(text: str) -> list[Span]:
    """Where a paragraph opens with the place (and agency) a wire story was filed from: "NAIROBI, June 25 – "."""
    return [Span(m.start(), m.end()) for m in _WIRE_DATELINE.finditer(text)]


@dataclass
class _Paragraphs:
    """What each paragraph names (people and bodies), how many sentences it has, and the words it uses."""

    named: dict[int, list[ActorMention]] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)
    words: dict[int, set[str]] = field(default_factory=dict)

    def context(self, paragraph: int, event: str | None) -> list[ActorMention]:
        """The actors around an incident told in ``paragraph``: that paragraph's, and the next one's when it
        is a single sentence (which often names who did it) or tells the same event again (an elaboration)."""
        following = self.named.get(paragraph + 1, [])
        elaborates = event is not None and bool({event, "§" + event} & self.words.get(paragraph + 1, set()))
        return self.named.get(paragraph, []) + (following if self.sizes.get(paragraph + 1) == 1 or elaborates else [])


def _paragraphs(
    text: str, sentences: list[Sentence], by_sentence: dict[int, list[ActorMention]], index: ActorIndex
) -> _Paragraphs:
    found = _Paragraphs()
    for sentence in sentences:
        p = sentence.paragraph
        found.sizes[p] = found.sizes.get(p, 0) + 1
        actors = canonical_actors(by_sentence.get(sentence.start, []), index)
        found.named.setdefault(p, []).extend(a for a in actors if a.kind in ("person", "organisation"))
        found.words.setdefault(p, set()).update(terms_of(text[sentence.start : sentence.end]))
    return found
