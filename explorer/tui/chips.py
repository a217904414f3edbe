"""What the filter prompt makes of what is typed: chips, suggestions, and reasons when it makes none."""

from __future__ import annotations

import sqlite_utils
from rich.text import Text

from db import queries, review
from explorer.output.textsafe import neutralise
from explorer.tui.filters import Chip
from explorer.tui.widgets.prompt import FilterPrompt

ALL_MATCHES = "actors:all"
MIN_SEARCH = 2  # one letter matches a third of a large archive and tells the reader nothing


class ChipMaker:
    """Turns a prompt's value into a chip, ranks actors and kinds as the user types.

    It keeps the actor list and the archive's years between keystrokes; ``forget``
    drops them after a refresh.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._actors: list[queries.ActorSummary] | None = None
        self._span: range | None = None

    def use(self, actors: list[queries.ActorSummary]) -> None:
        """Take the actor list read elsewhere (a worker), so typing never waits for it."""
        self._actors = actors

    def forget(self) -> None:
        """Drop what was cached (the database changed)."""
        self._actors = None
        self._span = None

    def chip(self, prompt: FilterPrompt, mode: str, value: str, option: str | None) -> Chip | None:
        """The chip a prompt value makes, or None (and a reason in the prompt) when it makes none."""
        value = value.strip()
        if mode == "text":
            if len(value) < MIN_SEARCH:
                prompt.set_message(f"search — type at least {MIN_SEARCH} characters" if value else "search")
                return None
            prompt.set_message("search — enter to keep, esc to close")
            return Chip("text", value, text=value)
        if mode == "date":
            return self._date_chip(prompt, value)
        self.suggest(prompt, mode, value, option)
        if option == ALL_MATCHES:
            ids = tuple(i for i, _n, _s in self.ranked(value))
            return Chip("actor", f"{value} (all {len(ids)})", actor_ids=ids) if ids else None
        return self._picked(option or self._top_option(mode, value))

    def _date_chip(self, prompt: FilterPrompt, value: str) -> Chip | None:
        # Loaded on first use: start-up imports only what the first screen needs.
        from explorer.query.dates import DateQueryError, read_date_query

        if not value:
            prompt.set_message("date (2018-06-19 · june 19 · jun 2018 · a..b · last week of july)")
            return None
        try:
            query = read_date_query(value)
        except DateQueryError as error:
            prompt.set_message(str(error), error=True)
            return None
        years = self._years()
        message = query.describe()
        if query.any_year:
            message += f", {years.start}–{years.stop - 1}" if years else " (no dated incidents yet)"
        prompt.set_message(message)
        return Chip("date", query.label(), windows=query.windows(years))

    def _years(self) -> range:
        """The years the archive's incidents fall in (a date without a year applies to each)."""
        if self._span is None:
            span = queries.date_span(self.db)
            self._span = range(span[0].year, span[1].year + 1) if span else range(0)
        return self._span

    def suggest(self, prompt: FilterPrompt, mode: str, value: str, option: str | None) -> None:
        """Fill the prompt's list: actors ranked by how well they match, or kinds with their counts."""
        if option is not None:
            return  # the user is moving through the list; keep it as it is
        if mode == "actor":
            ranked = self.ranked(value)
            options = [(f"actor:{i}", self._actor_label(i)) for i, _n, _s in ranked[:8]]
            if value and len(ranked) > 1:  # one chip for every actor the words match
                options.append((ALL_MATCHES, Text(f"all {len(ranked)} matches for “{neutralise(value)}”", "italic")))
            prompt.set_options(options)
            prompt.set_message("actor — up/down to choose, enter to keep" if value else "actor — type a name")
        elif mode == "kind":
            kinds = [(k, n) for k, n in queries.kinds(self.db) if value.lower() in k]
            prompt.set_options([(f"kind:{k}", Text(f"{k}  ({n})")) for k, n in kinds])
            prompt.set_message("kind — up/down to choose, enter to keep")
        elif mode == "review":
            prompt.set_options([(i, label) for i, label, _chip in self._review_options(value)])
            prompt.set_message("review — up/down to choose, enter to keep")

    def _choices(self) -> list[tuple[int, str, tuple[str, ...]]]:
        if self._actors is None:
            self._actors = queries.actor_summaries(self.db)
        # Named people and organisations before generic groups ("protesters", "officials"): among
        # equally good matches the ranking keeps this order.
        named = sorted(self._actors, key=lambda a: a.kind == "group")
        return [(a.id, a.name, a.aliases) for a in named]

    def ranked(self, value: str) -> list[tuple[int, str, float]]:
        """Actors matching ``value``, best first (all of them, most involved first, for an empty value)."""
        from explorer.query.actors import rank_actors  # loaded on first use, like the date reader

        choices = self._choices()
        if not value:
            return [(i, n, 0.0) for i, n, _a in choices]
        return rank_actors(value, choices)

    def _actor(self, actor_id: int) -> queries.ActorSummary | None:
        return next((a for a in self._actors or [] if a.id == actor_id), None)

    def _actor_label(self, actor_id: int) -> Text:
        actor = self._actor(actor_id)
        if actor is None:
            return Text("")
        also = ", ".join(a for a in actor.aliases if a != actor.name)[:60]
        label = Text(neutralise(actor.name), style="bold")
        label.append(f"  {actor.kind} · {actor.incidents} incident{'s' if actor.incidents != 1 else ''}", style="dim")
        if also:
            label.append(f" · also {neutralise(also)}", style="dim italic")
        return label

    def _top_option(self, mode: str, value: str) -> str | None:
        if not value:
            return None
        if mode == "actor":
            ranked = self.ranked(value)
            return f"actor:{ranked[0][0]}" if ranked else None
        if mode == "review":
            options = self._review_options(value)
            return options[0][0] if options else None
        kinds = [k for k, _n in queries.kinds(self.db) if value.lower() in k]
        return f"kind:{kinds[0]}" if kinds else None

    def _review_options(self, value: str) -> list[tuple[str, Text, Chip]]:
        """Statuses, starred, the review queue and every tag in use, with counts, matching what was typed."""
        counts = review.status_counts(self.db)
        options: list[tuple[str, Text, Chip]] = []
        for status in review.STATUSES:
            chip = Chip("review", status, review=queries.IncidentFilter(statuses=(status,)))
            options.append((f"review:status:{status}", Text(f"{status}  ({counts[status]})"), chip))
        starred = Chip("review", "starred", review=queries.IncidentFilter(starred=True))
        options.append(("review:starred", Text(f"starred  ({counts['starred']})"), starred))
        queue = Chip("review", "to check", review=queries.IncidentFilter(queue=True))
        options.append(("review:queue", Text("to check: dates that disagree or come after a source, estimated"
                                             " single sources, orphaned"), queue))  # fmt: skip
        for tag, count in review.tag_counts(self.db):
            chip = Chip("review", f"tag {tag}", review=queries.IncidentFilter(tags=(tag,)))
            options.append((f"review:tag:{tag}", Text(f"tag: {neutralise(tag)}  ({count})"), chip))
        wanted = value.strip().lower()
        return [o for o in options if wanted in o[0].lower() or wanted in o[1].plain.lower()]

    def chip_for(self, option: str) -> Chip | None:
        """The chip one suggestion makes ("review:queue", "kind:protest")."""
        return self._picked(option)

    def _picked(self, option: str | None) -> Chip | None:
        if option is None:
            return None
        kind, _, value = option.partition(":")
        if kind == "review":
            return next((chip for i, _label, chip in self._review_options("") if i == option), None)
        if kind == "actor":
            actor = self._actor(int(value))
            return Chip("actor", actor.name, actor_ids=(actor.id,)) if actor else None
        return Chip("kind", value, kinds=(value,))
