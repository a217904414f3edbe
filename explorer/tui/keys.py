"""The explorer's keys: one table that the bindings, the help screen and the README all come from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    """One key, what it does, and where it works."""

    keys: str
    action: str
    description: str
    where: str = "anywhere"
    short: str = ""


APP_KEYS: tuple[Key, ...] = (
    Key(
        "slash",
        "filter('text')",
        'Search titles, quotes, actors, then whole articles: words, "a phrase", prefix*',
        short="search",
    ),
    Key("d", "filter('date')", "Filter by date: 2018-06-19, june 19, jun 2018, a..b, last week of july", short="date"),
    Key("a", "filter('actor')", "Filter by actor, picked from a ranked list", short="actor"),
    Key("K", "filter('kind')", "Filter by kind (protest, arrest, statement, …)", short="kind"),
    Key("A", "filter_incident_actor", "Filter by one of the current incident's actors (picked from its list)"),
    Key("f", "filter('review')", "Filter by review: status, starred, a tag, or the incidents to check", short="review"),
    Key(
        "exclamation_mark",
        "review_queue",
        "Incidents to check: sources disagree on the date, a date after a source appeared, one estimated source",
    ),
    Key("c", "clear_filters", "Clear every filter"),
    Key("enter", "open_source", "Open the source at the first passage", "timeline"),
    Key("n", "passage(1)", "Next evidence passage, across all sources", short="next passage"),
    Key("N", "passage(-1)", "Previous evidence passage"),
    Key("s", "cycle_source", "Next source document of the incident"),
    Key("h", "hit(1)", "Next place the search's words are in the source (after /)"),
    Key("H", "hit(-1)", "Previous place the search's words are in the source"),
    Key("y", "copy_citation", "Copy a citation of the current passage (quote, outlet, date, URL, position)"),
    Key("Y", "copy_incident", "Copy the whole incident: title, date and how it was read, every source"),
    Key("v", "review('status:verified')", "Mark the incident verified (again: back to unreviewed)", short="verify"),
    Key("x", "review('status:disputed')", "Mark it disputed (again: back to unreviewed)"),
    Key("X", "review('status:rejected')", "Reject it: hidden until a review filter asks for rejected ones"),
    Key("asterisk", "review('star')", "Star it, or take the star away"),
    Key("t", "review('tags')", "Add tags, or remove them with -tag"),
    Key("o", "review('note')", "Write its note (several lines; ctrl+s saves)"),
    Key("E", "review('edit')", "Correct its title, date, kind or actors (the extracted values are kept)"),
    Key("m", "review('mark')", "Mark it, to merge it into another incident with M"),
    Key("M", "review('merge')", "Merge the marked incident into this one (this one's title and date stay)"),
    Key("S", "review('split')", "Split the current passage, or its source, off as an incident of its own"),
    Key("u", "review('undo')", "Undo the last review change made here"),
    Key("e", "export", "Export the filtered chronology to Markdown"),
    Key("z", "maximise", "Maximise the focused pane, or restore the layout (escape restores too)"),
    Key("escape", "back_to_timeline", "Back to the timeline from the incident or source pane"),
    Key("r", "refresh", "Reload from the database"),
    Key("question_mark", "help", "Show this help", short="help"),
    Key("q", "quit", "Quit", short="quit"),
)

TIMELINE_KEYS: tuple[Key, ...] = (
    Key("j,down", "cursor(1)", "Next incident", "timeline"),
    Key("k,up", "cursor(-1)", "Previous incident", "timeline"),
    Key("g,home", "first", "First incident", "timeline"),
    Key("G,end", "last", "Last incident", "timeline"),
    Key("pagedown", "page(1)", "Page down", "timeline"),
    Key("pageup", "page(-1)", "Page up", "timeline"),
    Key("right_square_bracket", "day(1)", "Next day with incidents", "timeline"),
    Key("left_square_bracket", "day(-1)", "Previous day with incidents", "timeline"),
)

OTHER_KEYS: tuple[Key, ...] = (
    Key("tab", "", "Next pane (the incident pane scrolls with j / k when it has the focus)"),
    Key("shift+tab", "", "Previous pane"),
    Key("ctrl+p", "", "Command palette: filters, export, theme"),
    Key("backspace", "", "In an empty filter input: remove the last filter", "filter input"),
    Key("escape", "", "Close the filter input", "filter input"),
)

_NAMES = {
    "slash": "/", "question_mark": "?", "right_square_bracket": "]", "left_square_bracket": "[",
    "pagedown": "PgDn", "pageup": "PgUp", "shift+tab": "shift+tab", "ctrl+p": "ctrl+p", "asterisk": "*",
    "exclamation_mark": "!",
}  # fmt: skip


def display_keys(keys: str) -> str:
    """Keys as a person types them: "right_square_bracket" -> "]", "j,down" -> "j / down"."""
    return " / ".join(_NAMES.get(k, k) for k in keys.split(","))


def key_rows() -> list[tuple[str, str, str]]:
    """(keys, what they do, where) for every key the explorer answers."""
    return [(display_keys(k.keys), k.description, k.where) for k in (*APP_KEYS, *TIMELINE_KEYS, *OTHER_KEYS)]


def key_table_markdown() -> str:
    """The key table as Markdown, as the README shows it."""
    lines = ["| key | what it does | where |", "|---|---|---|"]
    for keys, description, where in key_rows():
        shown = keys.replace("|", "\\|")
        lines.append(f"| `{shown}` | {description} | {where} |")
    return "\n".join(lines)
