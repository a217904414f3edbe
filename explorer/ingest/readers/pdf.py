"""PDF articles (letters, filings, reports): the text layer of every page, with where each page starts."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from explorer.ingest.decode import Refused
from explorer.ingest.readers.article import Article
from explorer.output.textsafe import clean_line, clean_text

PAGE_BREAK = "\n\n"


def read_pdf(path: Path, data: bytes) -> Article:
    """The text of a PDF, pages joined by a blank line; a PDF without a text layer is refused."""
    from pypdf import PdfReader  # pure Python; loaded only when a PDF arrives
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files are not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Refused("encrypted PDF; save a copy without the password and import that")
        pages = [clean_text(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata
    except PdfReadError as error:
        raise Refused(f"damaged PDF ({error}); check the file") from error
    except (ValueError, KeyError, TypeError, OSError) as error:
        raise Refused(f"unreadable PDF ({type(error).__name__}: {error}); check the file") from error
    if not any(pages):
        raise Refused("PDF without a text layer (a scan?); run text recognition (OCR) on it and import the result")
    starts, text = [], ""
    for page in pages:
        if text:
            text += PAGE_BREAK
        starts.append(len(text))
        text += page
    title = clean_line(str(info.title)) if info is not None and info.title else None
    author = clean_line(str(info.author)) if info is not None and info.author else None
    return Article(path=path, text=text + "\n", title=title or None, author=author or None, pages=tuple(starts))
