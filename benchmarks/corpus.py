"""A deterministic newsroom: a seed number in, the same articles out.

Stories of several incidents each are told by several outlets, in their own words, with their
own date expressions (full dates, month-days, weekdays, "last month", "mid-June", durations),
recurring actors with titles, acronyms and the occasional misspelling, datelines, quotes and
filler. Files are plain text, with a manifest CSV for about half of them, so the real importer
reads them.

    python benchmarks/corpus.py OUT_DIR --articles 1000 --seed 7
"""

from __future__ import annotations

import argparse
import csv
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FIRST = (
    "Ana Ben Carla David Elena Farid Grace Hugo Irene Jamal Kate Luis Maya Nina Omar Paula Rosa Sam Tara Victor".split()
)
LAST = (
    "Alvarez Brennan Castillo Dawson Eriksen Fletcher Garrison Holloway Ibarra Jansen Kowalski Lindqvist Moreau "
    "Novak Okafor Pereira Quinlan Rasmussen Sorensen Thornton Underwood Valdez Whitaker Yamamoto Zielinski"
).split()
TITLES = (
    "Mayor|Governor|Police Chief|Sheriff|Senator|Council President|Superintendent|Judge|attorney|spokeswoman".split("|")
)
CITIES = (
    "Riverton Lakeside Brookfield Fairview Granite Falls Harbor City Maple Grove Oakdale Pinecrest Westbury".split()
)
ORGS = [
    ("Department of Public Safety", "DPS"), ("Regional Transit Authority", "RTA"),
    ("State Board of Education", "SBE"), ("Harbor Workers Union", "HWU"), ("Environmental Protection Office", "EPO"),
    ("County Health Department", "CHD"), ("Tenants Rights Coalition", "TRC"), ("Municipal Water Agency", "MWA"),
]  # fmt: skip
GROUPS = "protesters residents workers students police officers nurses teachers".split()
OUTLET_WORDS = "Gazette Herald Tribune Post Courier Ledger Times Chronicle Sentinel Observer Record Dispatch".split()
EVENTS = [
    ("protest", "{g} gathered outside {place} to protest {topic}", "{g} rallied at {place} against {topic}"),
    ("arrest", "police arrested {n} {g} near {place}", "{n} {g} were arrested by police outside {place}"),
    ("statement", "{p} announced that the city would review {topic}", "{p} said the city would review {topic}"),
    ("closure", "{o} shut down {place} because of {topic}", "{place} was closed by {o} over {topic}"),
    ("legal action", "{o} filed a lawsuit against the city over {topic}", "{o} sued the city over {topic}"),
    ("meeting", "{p} met with leaders of {o} to discuss {topic}", "leaders of {o} held a meeting with {p} on {topic}"),
    ("violence", "two {g} were injured in a clash near {place}", "a clash near {place} left two {g} injured"),
    ("reopening", "{o} reopened {place} after repairs", "{place} reopened, {o} said"),
]
TOPICS = "rising rents|the new budget|school closures|water quality|late trains|a pay dispute|the zoning plan".split(
    "|"
)
PLACES = "City Hall|the central library|the river bridge|the main depot|Lincoln High School|the harbor terminal".split(
    "|"
)
FILLER = [
    "Officials did not respond to requests for comment.",
    "The dispute has drawn attention across the region for {d}.",
    "\u201cWe are not going anywhere,\u201d one organizer told reporters.",
    "Critics said the response had been slow and poorly explained.",
    "The council is expected to take up the matter again.",
    "Residents have complained about the problem for {d}.",
]
DURATIONS = ["about two weeks", "nearly 40 days", "more than a month", "several weeks", "a five-week-long stretch"]
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str

    def full(self, rng: random.Random, misspell: float = 0.03) -> str:
        last = self.last
        if rng.random() < misspell and len(last) > 5:
            cut = rng.randrange(1, len(last) - 1)
            last = last[:cut] + last[cut + 1 :]
        return f"{self.first} {last}"


@dataclass(frozen=True)
class Incident:
    day: date
    kind: str
    slots: dict[str, str]


def _date_phrase(rng: random.Random, day: date, published: date) -> str:
    """How an outlet might date an event: each form the importer must read."""
    gap = (published - day).days
    choices = [f"on {MONTHS[day.month - 1]} {day.day}, {day.year}", f"on {MONTHS[day.month - 1]} {day.day}"]
    if 0 <= gap <= 6:
        choices += [f"on {WEEKDAYS[day.weekday()]}", WEEKDAYS[day.weekday()]] * 2
        if gap == 1:
            choices.append("yesterday")
    if day.month != published.month and (published.replace(day=1) - timedelta(days=1)).month == day.month:
        choices.append("last month")
    part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
    choices.append(f"in {part}-{MONTHS[day.month - 1]}" if part == "mid" else f"in {part} {MONTHS[day.month - 1]}")
    return rng.choice(choices)


class Newsroom:
    """Stories, actors and outlets drawn from one seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.outlets = [f"The {rng.choice(CITIES)} {w}" for w in OUTLET_WORDS] + [
            f"{c} {w}" for c in CITIES for w in rng.sample(OUTLET_WORDS, 3)
        ]
        self.people = [Person(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES)) for _ in range(300)]

    def _story(self, start: date) -> list[Incident]:
        rng = self.rng
        person, org = rng.choice(self.people), rng.choice(ORGS)
        topic, place = rng.choice(TOPICS), rng.choice(PLACES)
        incidents = []
        day = start
        for _ in range(rng.randint(3, 8)):
            day += timedelta(days=rng.randint(1, 9))
            kind, *_templates = rng.choice(EVENTS)
            slots = {
                "p": f"{person.title} {person.first} {person.last}", "o": org[0], "acr": org[1],
                "g": rng.choice(GROUPS), "topic": topic, "place": place, "n": rng.choice(["two", "three", "five"]),
            }  # fmt: skip
            incidents.append(Incident(day, kind, slots))
        return incidents

    def article(self, index: int) -> tuple[str, str, date, str]:
        """(file name, text, publication date, outlet) of article ``index``."""
        rng = random.Random(f"{self.rng.random()}-{index}")
        story_rng = random.Random(index // 4)  # about four outlets tell each story
        start = date(2015, 1, 1) + timedelta(days=story_rng.randrange(0, 3000))
        self_rng, self.rng = self.rng, story_rng
        incidents = self._story(start)
        self.rng = self_rng
        published = incidents[-1].day + timedelta(days=rng.randint(0, 5))
        outlet = rng.choice(self.outlets)
        paragraphs = [self._headline(rng, incidents), self._dateline(rng, published, outlet)]
        for incident in rng.sample(incidents, k=max(2, len(incidents) - rng.randint(0, 2))):
            paragraphs.append(self._paragraph(rng, incident, published))
        while sum(len(p) for p in paragraphs) < rng.randint(2000, 7500):
            paragraphs.append(" ".join(rng.choice(FILLER).format(d=rng.choice(DURATIONS)) for _ in range(3)))
        name = f"{index:06d}_{outlet.lower().replace(' ', '-')}.txt"
        return name, "\n\n".join(paragraphs) + "\n", published, outlet

    def _headline(self, rng: random.Random, incidents: list[Incident]) -> str:
        slots = incidents[0].slots
        return f"{slots['o']} faces questions over {slots['topic']}"

    def _dateline(self, rng: random.Random, published: date, outlet: str) -> str:
        if rng.random() < 0.5:
            return f"By {rng.choice(FIRST)} {rng.choice(LAST)}, {outlet}\nPublished: {published:%B} {published.day}, {published.year}"
        return f"{rng.choice(CITIES).upper()} \u2014 Reporting for {outlet}."

    def _paragraph(self, rng: random.Random, incident: Incident, published: date) -> str:
        templates = next(t for t in EVENTS if t[0] == incident.kind)[1:]
        slots = dict(incident.slots)
        if rng.random() < 0.5:
            slots["o"] = f"{slots['o']} ({slots['acr']})" if rng.random() < 0.5 else slots["acr"]
        clause = rng.choice(templates).format(**slots)
        when = _date_phrase(rng, incident.day, published)
        lead = (
            f"{when[0].upper()}{when[1:]}, {clause}."
            if rng.random() < 0.5
            else f"{clause[0].upper()}{clause[1:]} {when}."
        )
        follow = rng.choice([
            f"Witnesses said the scene remained tense for {rng.choice(DURATIONS)}.",
            f"\u201cThis is about {slots['topic']},\u201d said {slots['p']}.",
            "Police later said the area had been cleared.",
        ])  # fmt: skip
        return f"{lead} {follow}"


def chronicle(size: int, seed: int = 5) -> str:
    """One long document of about ``size`` characters: a chronicle of dated events over decades.

    Each paragraph dates its first event in full and the next ones relative to it ("the next day",
    "two days later"), with the people and bodies of a town: what a long report, a court record or a
    book-length timeline looks like to the importer.
    """
    rng = random.Random(seed)
    people = [Person(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES)) for _ in range(60)]
    paragraphs: list[str] = []
    day, length = date(1970, 1, 1), 0
    while length < size:
        day += timedelta(days=rng.randrange(1, 4))
        first, second = rng.sample(EVENTS, 2)
        who = rng.choice(people)
        slots = {"g": rng.choice(GROUPS), "place": rng.choice(PLACES), "topic": rng.choice(TOPICS), "n": "two",
                 "p": f"{who.title} {who.full(rng)}", "o": rng.choice(ORGS)[0]}  # fmt: skip
        paragraph = (
            f"On {MONTHS[day.month - 1]} {day.day}, {day.year}, {rng.choice(first[1:]).format(**slots)}. "
            f"The next day, {rng.choice(second[1:]).format(**slots)}. "
            f"Two days later, {who.last} said the matter was closed. "
            + rng.choice(FILLER).format(d=rng.choice(DURATIONS))
        )
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def write_corpus(folder: Path, articles: int, seed: int) -> tuple[int, int]:
    """Write ``articles`` files (1,000 a folder) and manifest.csv; return (files, bytes)."""
    newsroom = Newsroom(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        manifest = csv.writer(handle)
        manifest.writerow(["file", "published", "outlet", "title", "url"])
        for index in range(articles):
            name, text, published, outlet = newsroom.article(index)
            sub = folder / f"batch{index // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / name).write_text(text, encoding="utf-8")
            total += len(text.encode("utf-8"))
            if index % 2 == 0:
                manifest.writerow([f"{sub.name}/{name}", published.isoformat(), outlet, "", ""])
    return articles, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    count, size = write_corpus(args.out, args.articles, args.seed)
    print(f"wrote {count} articles, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
