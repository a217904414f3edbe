"""Pure rendering helpers: highlight evidence in article text, and wrap text keeping offsets."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from explorer.output.textsafe import neutralise

PASSAGE = Style(bgcolor="#3a3a1a", underline=True)
CURRENT = Style(bgcolor="#a07a00", color="black", bold=True)
HIT = Style(reverse=True)
CURRENT_HIT = Style(reverse=True, bold=True, underline=True)
_WORD = re.compile(r"\S+\s*|\s+")


def highlight(
    text: str, spans: Sequence[tuple[int, int]], current: int | None = None,
    passage: Style = PASSAGE, emphasis: Style = CURRENT, hits: Sequence[tuple[int, int]] = (),
    current_hit: int | None = None, hit: Style = HIT, hit_emphasis: Style = CURRENT_HIT,
) -> Text:  # fmt: skip
    """Article text as a Rich ``Text`` (never markup) with every span marked and the current one emphasised.

    >>> t = highlight("a [b] c", [(2, 5)], current=0)
    >>> t.plain, [(s.start, s.end) for s in t.spans]
    ('a [b] c', [(2, 5), (2, 5)])
    """
    out = Text(neutralise(text), no_wrap=False, end="")
    for start, end in spans:
        start, end = max(0, start), min(len(text), end)
        if start < end:
            out.stylize(passage, start, end)
    if current is not None and 0 <= current < len(spans):
        start, end = spans[current]
        out.stylize(emphasis, max(0, start), min(len(text), end))
    for index, (start, end) in enumerate(hits):  # a search's words, over the passages
        out.stylize(hit_emphasis if index == current_hit else hit, max(0, start), min(len(text), end))
    return out


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Lines of ``text`` wrapped to ``width`` cells, as (start, end) offsets; newlines end lines.

    >>> wrap_offsets("one two three\\nfour", 8)
    [(0, 8), (8, 13), (14, 18)]
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    position = 0
    for raw_line in text.split("\n"):
        lines.extend(_wrap_line(raw_line, position, width))
        position += len(raw_line) + 1
    return lines


def _wrap_line(line: str, offset: int, width: int) -> list[tuple[int, int]]:
    if not line:
        return [(offset, offset)]
    out: list[tuple[int, int]] = []
    start = 0
    used = 0
    for match in _WORD.finditer(line):
        word = match.group(0)
        size = cell_len(word.rstrip())
        if used and used + size > width:
            out.append((offset + start, offset + match.start()))
            start, used = match.start(), 0
        while size > width:  # a word longer than the line: cut it
            cut = _cut(line, match.start() if start < match.start() else start, width)
            out.append((offset + start, offset + cut))
            start, used = cut, 0
            size = cell_len(line[cut : match.end()].rstrip())
        used += cell_len(word)
    out.append((offset + start, offset + len(line)))
    return out


def _cut(line: str, start: int, width: int) -> int:
    used = 0
    for index in range(start, len(line)):
        used += cell_len(line[index])
        if used > width:
            return max(start + 1, index)
    return len(line)
