"""HTML article pages: the article's text and metadata, without menus, scripts or comments."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from explorer.ingest.decode import Refused, decode_html
from explorer.ingest.metadata import DateRefused, parse_published
from explorer.ingest.readers.article import Article
from explorer.output.textsafe import clean_line, clean_text

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Elements that hold no article text; dropped before extraction, so a page's size is judged on its text.
_NO_TEXT = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object")


def _tree(raw: str) -> Any:
    import lxml.etree
    import lxml.html

    # huge_tree: libxml2 otherwise stops at a 10 MB text node (an inline script) and loses the page after it.
    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", raw, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError) as error:
        raise Refused(f"not a readable HTML page ({error}); check the file") from error
    lxml.etree.strip_elements(tree, *_NO_TEXT, with_tail=False)
    return tree


def _meta(value: object) -> str | None:
    return clean_line(str(value)) or None if value else None


def read_html(path: Path, data: bytes) -> Article:
    """The article in an HTML page, with the title, site, author, URL and date its metadata gives."""
    import trafilatura  # a news-HTML extractor; imported only when an HTML file arrives

    doc: Any = trafilatura.bare_extraction(
        _tree(decode_html(data)), with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )  # fmt: skip
    if doc is None or not getattr(doc, "text", None):
        raise Refused("no article text found in the HTML; check that it is an article page")
    published = None
    stated = _meta(getattr(doc, "date", None))
    if stated:
        try:
            published = parse_published(stated)
        except DateRefused:
            published = None  # a page's own date markup that does not name a day is no date at all
    return Article(
        path=path, text=clean_text(str(doc.text).replace("\n", "\n\n")), title=_meta(getattr(doc, "title", None)),
        outlet=_meta(getattr(doc, "sitename", None)), author=_meta(getattr(doc, "author", None)),
        url=_meta(getattr(doc, "url", None)), published=published,
    )  # fmt: skip
