"""Read one article file (.txt, .md, .html, .pdf) into clean text and whatever metadata it carries."""

from __future__ import annotations

from pathlib import Path

from explorer.ingest.decode import Refused
from explorer.ingest.readers.article import MAX_FILE_BYTES, MAX_TEXT_BYTES, Article, megabytes

__all__ = ["MAX_FILE_BYTES", "MAX_TEXT_BYTES", "Article", "read_article", "read_bytes"]

_HTML = (".html", ".htm")
_MARKDOWN = (".md", ".markdown")


def read_bytes(path: Path) -> bytes:
    """A file's bytes; raises ``Refused`` with a one-line reason when it cannot be read or is too large."""
    try:
        size = path.stat().st_size
        if size == 0:
            raise Refused("empty file; nothing to import")
        if size > MAX_FILE_BYTES:
            raise Refused(f"too large ({megabytes(size)}, limit {megabytes(MAX_FILE_BYTES)}); split it into articles")
        with path.open("rb") as handle:
            return handle.read()
    except PermissionError as error:
        raise Refused("unreadable (permission denied); check its permissions") from error
    except IsADirectoryError as error:
        raise Refused("a folder where a file was expected") from error
    except OSError as error:
        raise Refused(f"unreadable ({error.strerror or error}); check the file") from error


def read_article(path: Path, data: bytes | None = None) -> Article:
    """Read and clean one article; raise ``Refused`` with a one-line reason when it cannot be used."""
    data = read_bytes(path) if data is None else data
    suffix = path.suffix.lower()
    if suffix in _HTML:
        from explorer.ingest.readers.html import read_html  # lxml and trafilatura load only for HTML

        article = read_html(path, data)
    elif suffix == ".pdf" or data.startswith(b"%PDF-"):
        from explorer.ingest.readers.pdf import read_pdf

        article = read_pdf(path, data)
    else:
        from explorer.ingest.readers.text import read_text

        article = read_text(path, data, markdown=suffix in _MARKDOWN)
    if not article.text.strip():
        raise Refused("no article text (the file is empty or only markup); check the file")
    size = len(article.text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise Refused(
            f"too large ({megabytes(size)} of text, limit {megabytes(MAX_TEXT_BYTES)}); split it into articles"
        )
    return article
