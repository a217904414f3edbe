"""Short lines the explorer shows about what is on screen: the source heading, what a search found."""

from __future__ import annotations

from db import queries
from explorer.output.formatting import short_date
from explorer.output.textsafe import neutralise


def source_heading(passage: queries.EvidenceRow, title_room: int = 48) -> str:
    """ "Source: file · outlet · “title” · date": what the source pane shows above the article."""
    parts = [f"Source: {passage.file_name}"]
    if passage.outlet:
        parts.append(neutralise(passage.outlet))
    if passage.doc_title:
        title = neutralise(passage.doc_title)
        parts.append(f"“{title if len(title) <= title_room else title[: title_room - 1] + '…'}”")
    parts.append(short_date(passage.published))
    return " · ".join(parts)


def article_note(matches: queries.ArticleMatches | None) -> str:
    """What a search found in the articles themselves: "2 only in their articles (3 articles hold the words)"."""
    if matches is None or not matches.documents:
        return "no article holds the words" if matches is not None else ""
    holds = f"{matches.documents} article{'s hold' if matches.documents != 1 else ' holds'} the words"
    if not matches.incidents_only_there:
        return holds
    return f"{matches.incidents_only_there} found only in their articles ({holds})"
