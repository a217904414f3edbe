"""Who reports an incident, when each source appeared, and where the sources disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.queries import EvidenceRow, IncidentDetail
from explorer.output.formatting import short_date


@dataclass(frozen=True)
class Source:
    """One document that reports an incident, with its passages and what it says of its own date."""

    document_id: int
    file_name: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    published_latest: str | None
    published_source: str
    passages: tuple[EvidenceRow, ...]

    @property
    def name(self) -> str:
        """The outlet, else the headline, else the file."""
        return self.outlet or self.title or self.file_name

    @property
    def estimated(self) -> bool:
        """True when the source's date was estimated or is known only within a range."""
        return self.published_source == "estimated" or bool(self.published_latest)

    @property
    def latest(self) -> str | None:
        """The latest day the source can have appeared."""
        return self.published_latest or self.published

    @property
    def dated_as(self) -> str | None:
        """The date the source gives the incident, in its own words ("on Monday" → 2018-07-30)."""
        dated = next((p for p in self.passages if p.is_dated and p.date_start), None)
        if dated is None:
            return None
        when = dated.date_start if dated.date_start == dated.date_end else f"{dated.date_start}..{dated.date_end}"
        return f"{when} “{dated.date_text}”" if dated.date_text else when


def published_shown(published: str | None, latest: str | None, source: str) -> str:
    """A publication date as a reader should take it: "30 Jul 2018", "25 Jul – 31 Jul 2018 (estimated)", "undated".

    >>> published_shown("2018-07-25", "2018-07-31", "estimated")
    '25 Jul 2018 – 31 Jul 2018 (estimated)'
    >>> published_shown(None, "2018-07-31", "unknown")
    'undated (not after 31 Jul 2018)'
    """
    if not published:
        return f"undated (not after {short_date(latest)})" if latest else "undated"
    shown = short_date(published)
    if latest and latest != published:
        shown += f" – {short_date(latest)}"
    return shown + (" (estimated)" if source == "estimated" or (latest and latest != published) else "")


def shown_date(source: Source) -> str:
    """The source's publication date as ``published_shown`` gives it."""
    return published_shown(source.published, source.published_latest, source.published_source)


def sources_of(incident: IncidentDetail) -> list[Source]:
    """The documents that report an incident, who reported it first first (undated ones last)."""
    grouped: dict[int, list[EvidenceRow]] = {}
    for passage in incident.evidence:
        grouped.setdefault(passage.document_id, []).append(passage)
    sources = [
        Source(
            document_id=doc_id, file_name=rows[0].file_name, outlet=rows[0].outlet, title=rows[0].doc_title,
            url=rows[0].url, published=rows[0].published, published_latest=rows[0].published_latest,
            published_source=rows[0].published_source, passages=tuple(sorted(rows, key=lambda p: p.start)),
        )
        for doc_id, rows in grouped.items()
    ]  # fmt: skip
    return sorted(sources, key=lambda s: (s.published is None, s.published or "", s.file_name))


def passages_in_order(incident: IncidentDetail) -> list[EvidenceRow]:
    """Every passage, source by source in the order ``sources_of`` gives, each source's in text order."""
    return [p for source in sources_of(incident) for p in source.passages]


def disagreements(incident: IncidentDetail) -> dict[str, list[str]]:
    """Each date the sources give the incident, most reported first, with who says so and in which words.

    Empty when they all agree (or only one dates it).
    """
    readings: dict[str, list[str]] = {}
    for e in incident.evidence:
        if e.is_dated and e.date_start and e.date_end:
            when = e.date_start if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}"
            readings.setdefault(when, []).append(f"{e.outlet or e.file_name} “{e.date_text or ''}”")
    if len(readings) < 2:
        return {}
    return dict(sorted(readings.items(), key=lambda item: -len(item[1])))


def reported_before_it_happened(incident: IncidentDetail) -> list[Source]:
    """Sources that appeared before the day the incident is dated: its date, or theirs, is wrong."""
    start = date.fromisoformat(incident.date_start)
    return [s for s in sources_of(incident) if s.latest and date.fromisoformat(s.latest) < start]
