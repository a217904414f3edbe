"""Plain text and Markdown articles, with optional ``key: value`` front matter."""

from __future__ import annotations

import re
from pathlib import Path

from explorer.ingest.decode import Refused, decode_bytes
from explorer.ingest.metadata import DateRefused, parse_published
from explorer.ingest.readers.article import Article
from explorer.output.textsafe import clean_line, clean_text

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[A-Za-z_][\w \-]*:.*\n)+?)---[ \t]*\n")
_FRONT_LINES = re.compile(r"\A(?P<body>(?:(?:title|date|outlet|url|author|published|source):[^\n]*\n)+)\n", re.I)


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines at the top (optionally between ``---`` lines), and the text after them."""
    match = _FRONT_MATTER.match(raw) or _FRONT_LINES.match(raw)
    if match is None:
        return {}, raw
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, raw[match.end() :]


def headline(text: str) -> str | None:
    """The first short line of a few words near the top that does not read as a sentence."""
    for line in text.strip().splitlines()[:6]:
        line = " ".join(line.split())
        if len(line.split()) >= 4 and len(line) <= 150 and not line.endswith((".", ":")):
            return line
    return None


def _field(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        if fields.get(name):
            return clean_line(fields[name]) or None
    return None


def read_text(path: Path, data: bytes, *, markdown: bool) -> Article:
    """A text or Markdown article; Markdown is read as the text a reader sees, without its syntax."""
    fields, body = front_matter(decode_bytes(data).replace("\r\n", "\n"))
    if markdown:
        from explorer.ingest.readers.markdown import markdown_text  # the parser loads only for Markdown

        body = markdown_text(body)
    text = clean_text(body)
    stated = _field(fields, "date", "published")
    try:
        published = parse_published(stated) if stated else None
    except DateRefused as error:
        raise Refused(f"front matter date: {error}") from error
    return Article(
        path=path, text=text, title=_field(fields, "title") or headline(text), outlet=_field(fields, "outlet", "source"),
        author=_field(fields, "author"), url=_field(fields, "url"), published=published,
    )  # fmt: skip
