"""The ``search`` command: where words are in the stored articles, with the incidents of each article."""

from __future__ import annotations

import json
from pathlib import Path

import click

from explorer.cli.common import db_option, open_for_reading, say

CONTEXT = 60  # characters shown either side of a hit


@click.command("search")
@click.argument("words", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option(
    "--limit", type=click.IntRange(min=1, max=10**9), default=50, show_default=True, help="At most this many articles."
)
@db_option
def search_command(words: tuple[str, ...], fmt: str, limit: int, db_path: Path | None) -> None:
    """Find words in the articles themselves: every place, in context, and the incidents of that article.

    Words must all be in an article; "a phrase" in quotes must be there as written; word* matches
    every word that starts so (the last word always does). Best-matching articles first.
    """
    from db import queries
    from explorer.output.formatting import short_date
    from explorer.output.textsafe import clean_line, neutralise
    from explorer.query.search import find_hits

    text = " ".join(words)
    db = open_for_reading(db_path)
    documents = queries.document_hits(db, text, limit=limit + 1)
    if not documents:
        say(f"no article holds {text!r}")
        raise SystemExit(1)
    if len(documents) > limit:
        say(f"showing the best {limit} articles; --limit shows more")
        documents = documents[:limit]
    for document in documents:
        hits = find_hits(document.text, text) or [(0, 0)]  # the headline alone may hold the words
        incidents = queries.incidents_of_document(db, document.id)
        for start, end in hits:
            before = document.text[max(0, start - CONTEXT) : start]
            after = document.text[end : end + CONTEXT]
            if fmt == "jsonl":
                record = {
                    "document_id": document.id, "file": document.file_name, "outlet": document.outlet,
                    "headline": document.title, "url": document.url, "published": document.published,
                    "start": start, "end": end, "match": document.text[start:end], "context_before": before,
                    "context_after": after,
                    "incidents": [{"id": i.id, "title": i.title, "date_start": i.date_start} for i in incidents],
                }  # fmt: skip
                click.echo(json.dumps(record, ensure_ascii=False))
                continue

            def line(value: str | None) -> str:
                return neutralise(" ".join((value or "").replace("\n", " ").split(" ")))  # keeps edge spaces

            heading = " · ".join(
                p for p in (line(document.file_name), line(document.outlet), short_date(document.published)) if p
            )
            click.echo(click.style(f"{heading} [{start}:{end}]", fg="cyan"))
            hit = click.style(line(document.text[start:end]), fg="yellow", bold=True)
            click.echo(f"  …{line(before)}{hit}{line(after)}…")
        if fmt == "text":
            listed = "; ".join(f"#{i.id} {neutralise(clean_line(i.title))}" for i in incidents[:5])
            more = f"; and {len(incidents) - 5} more" if len(incidents) > 5 else ""
            click.echo(f"  incidents of this article: {listed + more if incidents else 'none'}\n")


COMMANDS = (search_command,)
