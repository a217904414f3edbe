"""What a date expression is read against: the document's date, the story so far, and its own clause.

Tense is read from the clause that holds the expression, never the whole sentence, so "will" in a
quotation earlier in the sentence does not push a past event a week ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from explorer.extract.dates.patterns import CLAUSE_BREAK, FUTURE_CUE, PAST_CUE, PAST_PLAN
from explorer.extract.dates.story import Story

_WINDOW = 90


@dataclass(frozen=True)
class Context:
    """The document date, the story so far, and the text around the expressions being read."""

    document: date | None
    story: Story
    text: str
    floor: int = 0
    ceiling: int | None = None

    @property
    def narrative(self) -> date | None:
        """The day the story has reached (the document's date before any event)."""
        return self.story.day or self.document

    def before(self, position: int) -> str:
        """The words of the clause before ``position`` (up to the last clause break, at most a few words)."""
        low = max(self.floor, position - _WINDOW)
        window = self.text[low:position]
        breaks = list(CLAUSE_BREAK.finditer(window))
        return window[breaks[-1].end() :] if breaks else window

    def after(self, position: int) -> str:
        """The words of the clause after ``position``."""
        high = min(self.ceiling if self.ceiling is not None else len(self.text), position + _WINDOW)
        window = self.text[position:high]
        found = CLAUSE_BREAK.search(window)
        return window[: found.start()] if found else window

    def future(self, position: int, end: int | None = None) -> bool:
        """True when the expression's clause speaks of what is still to come.

        The clause before the expression decides ("they will meet on Monday"); an expression that
        opens the sentence ("On Monday, the council will vote") is read with the clause after it.
        """
        before = self.before(position)
        if FUTURE_CUE.search(before) and not PAST_PLAN.search(before):
            return True
        if end is None or self.text[self.floor : position].strip(" \t\n\"“'‘("):
            return False
        rest = self.text[end : min(len(self.text), end + _WINDOW)].lstrip(" ,")
        rest = rest[: found.start()] if (found := CLAUSE_BREAK.search(rest)) else rest
        cue, past = FUTURE_CUE.search(rest), PAST_CUE.search(rest)
        return cue is not None and (past is None or cue.start() < past.start()) and not PAST_PLAN.search(rest)

    def past(self, start: int, end: int) -> bool:
        """True when the clause around [start, end) is told in the past tense."""
        return bool(PAST_CUE.search(self.before(start)) or PAST_CUE.search(self.after(end)))
