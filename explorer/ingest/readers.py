"""Read one article file (.txt, .md, .html) into text and whatever metadata it carries."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from explorer.ingest.decode import Refused, decode_bytes
from explorer.output.textsafe import clean_text

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[A-Za-z_][\w \-]*:.*\n)+?)---[ \t]*\n")
_FRONT_LINES = re.compile(r"\A(?P<body>(?:(?:title|date|outlet|url|author|published|source):[^\n]*\n)+)\n", re.I)


@dataclass(frozen=True)
class Article:
    """An article as read from disk: clean text plus the metadata the file itself gives."""

    path: Path
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None


def read_article(path: Path) -> Article:
    """Read and clean one article; raise ``Refused`` with a one-line reason when it cannot be used."""
    data = _read_bytes(path)
    raw = decode_bytes(data)
    article = _from_html(path, raw) if path.suffix.lower() in (".html", ".htm") else _from_text(path, raw)
    if not article.text.strip():
        raise Refused("no article text (the file is empty or only markup); check the file")
    return article


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size == 0:
            raise Refused("empty file; nothing to import")
        if size > MAX_BYTES:
            raise Refused(
                f"too large ({size / 1_048_576:.1f} MB, limit {MAX_BYTES // 1_048_576} MB); split it into articles"
            )
        return path.read_bytes()
    except PermissionError as error:
        raise Refused("unreadable (permission denied); check its permissions") from error
    except OSError as error:
        raise Refused(f"unreadable ({error.strerror or error}); check the file") from error


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines at the top (optionally between ``---`` lines), and the text after them."""
    match = _FRONT_MATTER.match(raw) or _FRONT_LINES.match(raw)
    if match is None:
        return {}, raw
    fields: dict[str, str] = {}
    for line in match.group("body").splitlines():
        key, _, value = line.partition(":")
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, raw[match.end() :]


def parse_date(value: str | None) -> date | None:
    """An ISO or common written date from metadata, or None."""
    if not value:
        return None
    from dateutil import parser  # metadata dates only; article text goes through our own resolver

    try:
        parsed: date = parser.parse(value, fuzzy=False).date()
        return parsed
    except (ValueError, OverflowError):
        return None


def _from_text(path: Path, raw: str) -> Article:
    fields, body = _front_matter(raw)
    # Keep the body's offsets equal to the stored text's: the front matter is not part of the article.
    text = clean_text(body)
    return Article(
        path=path,
        text=text,
        title=fields.get("title") or headline(text),
        outlet=fields.get("outlet") or fields.get("source"),
        author=fields.get("author"),
        url=fields.get("url"),
        published=parse_date(fields.get("date") or fields.get("published")),
    )


def headline(text: str) -> str | None:
    """The first short line of a few words near the top that does not read as a sentence."""
    for line in text.strip().splitlines()[:6]:
        line = " ".join(line.split())
        if len(line.split()) >= 4 and len(line) <= 150 and not line.endswith((".", ":")):
            return line
    return None


def _from_html(path: Path, raw: str) -> Article:
    import trafilatura  # a news-HTML extractor; imported only when an HTML file arrives

    doc: Any = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not getattr(doc, "text", None):
        raise Refused("no article text found in the HTML; check that it is an article page")
    text = clean_text(str(doc.text).replace("\n", "\n\n"))
    return Article(
        path=path,
        text=text,
        title=_clean_meta(getattr(doc, "title", None)),
        outlet=_clean_meta(getattr(doc, "sitename", None)),
        author=_clean_meta(getattr(doc, "author", None)),
        url=_clean_meta(getattr(doc, "url", None)),
        published=parse_date(getattr(doc, "date", None)),
    )


def _clean_meta(value: object) -> str | None:
    if not value:
        return None
    return " ".join(clean_text(str(value)).split()) or None
