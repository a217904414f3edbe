"""Commands that curate the chronology: ``review``, ``edit``, ``merge``, ``split``, ``history`` and ``undo``.

Each is one recorded change (who, when, old and new value) that later imports keep.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from explorer.cli.common import choose_db, db_option, open_for_reading, open_for_writing, say


class InputError(click.ClickException):
    """A value the user gave that cannot be used: one line, exit status 2 (like a bad option)."""

    exit_code = 2


class IdType(click.ParamType):  # type: ignore[type-arg]
    """An id of an incident, a passage or a change: a one-line error for anything that cannot be one."""

    def __init__(self, what: str, hint: str) -> None:
        self.what, self.hint, self.name = what, hint, f"{what} id"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise InputError(
                f"{value!r} is not {'an' if self.what[0] in 'aeiou' else 'a'} {self.what} id; {self.hint}"
            ) from None
        if not 1 <= number < 2**63:
            raise InputError(f"no {self.what} {number}; {self.hint}")
        return number


INCIDENT = IdType("incident", "`incidents list` shows the ids")
PASSAGE = IdType("passage", "`incidents show ID` lists an incident's passages with their ids")
CHANGE = IdType("change", "`incidents history` lists the changes")


def _writer(db_path: Path | None) -> Any:
    return open_for_writing(choose_db(db_path).path, create=False)


@contextmanager
def _recorded(db: Any) -> Iterator[Any]:
    """One change; a review error becomes a one-line message and exit status 2."""
    from explorer.review.actions import change
    from explorer.review.model import ReviewError

    try:
        with change(db) as done:
            yield done
    except ReviewError as error:
        raise InputError(str(error)) from None
    for line in done.said:
        click.echo(line)
    if done.incidents:
        click.echo(f"change {done.change_id} recorded (`incidents undo {done.change_id}` takes it back)")
    else:
        click.echo("nothing changed, so no change was recorded")


def _read(reader: Any, value: str) -> Any:
    from explorer.review.model import ReviewError

    try:
        return reader(value)
    except ReviewError as error:
        raise InputError(str(error)) from None


@click.command("review")
@click.argument("incident_id", type=INCIDENT)
@click.option("--status", metavar="STATUS", help="unreviewed, verified, disputed or rejected.")
@click.option("--star/--unstar", default=None, help="Star the incident, or take the star away.")
@click.option("--tag", "tags", multiple=True, metavar="TAG", help="Add a tag (repeat, or separate with commas).")
@click.option("--untag", "untags", multiple=True, metavar="TAG", help="Remove a tag.")
@click.option("--note", metavar="TEXT", help="Replace the note ('-' reads it from stdin; '' removes it).")
@db_option
def review_command(incident_id: int, status: str | None, star: bool | None, tags: tuple[str, ...],
                   untags: tuple[str, ...], note: str | None, db_path: Path | None) -> None:  # fmt: skip
    """Mark an incident verified, disputed or rejected; star, tag or annotate it.

    With no option, shows the incident's review. Rejected incidents are left out of lists and
    exports unless asked for (--status rejected).

    \b
    Examples:
      incidents review 12 --status verified --star
      incidents review 12 --tag "needs second source" --note "Police log says 9 pm, not 8 pm."
    """
    from explorer.review.model import read_status

    if status is None and star is None and not tags and not untags and note is None:
        _show_review(open_for_reading(db_path), incident_id)
        return
    wanted = _read(read_status, status) if status is not None else None
    added = [t for value in tags for t in _read(_some_tags, value)]
    removed = [t for value in untags for t in _read(_some_tags, value)]
    text = sys.stdin.read() if note == "-" else note
    db = _writer(db_path)
    with _recorded(db) as done:
        if wanted is not None:
            done.set_status(incident_id, wanted)
        if star is not None:
            done.set_star(incident_id, star)
        for tag in added:
            done.tag(incident_id, tag)
        for tag in removed:
            done.tag(incident_id, tag, present=False)
        if text is not None:
            done.set_note(incident_id, text)


def _some_tags(value: str) -> list[str]:
    from explorer.review.model import ReviewError, read_tags

    tags = read_tags(value)
    if not tags:
        raise ReviewError(f"{value!r} holds no tag; a tag needs at least one letter or digit")
    return tags


def _show_review(db: Any, incident_id: int) -> None:
    from db import queries
    from explorer.output.review import review_lines

    incident = queries.incident_detail(db, incident_id)
    if incident is None:
        raise InputError(f"no incident {incident_id}; `incidents list` shows the ids")
    for line in review_lines(incident.review):
        click.echo(line)


@click.command("edit")
@click.argument("incident_id", type=INCIDENT)
@click.option("--title", metavar="TEXT", help="The incident's title.")
@click.option("--date", "when", metavar="DATE", help="Its date, as the filters read dates (2018-06-19, june 2018).")
@click.option("--kind", metavar="KIND", help="Its kind (protest, arrest, statement, …).")
@click.option("--add-actor", "add_actors", multiple=True, metavar="NAME", help="Add an actor (`incidents actors`).")
@click.option("--remove-actor", "remove_actors", multiple=True, metavar="NAME", help="Remove one of its actors.")
@click.option(
    "--reset", "resets", multiple=True, type=click.Choice(["title", "date", "kind"]),
    help="Give back the extractor's value of a field.",
)  # fmt: skip
@db_option
def edit_command(incident_id: int, title: str | None, when: str | None, kind: str | None,
                 add_actors: tuple[str, ...], remove_actors: tuple[str, ...], resets: tuple[str, ...],
                 db_path: Path | None) -> None:  # fmt: skip
    """Correct an incident: title, date, kind, actors. The extractor's value is kept beside yours.

    \b
    Examples:
      incidents edit 12 --date "june 19 2018" --title "Police clear the camp"
      incidents edit 12 --add-actor "City Council" --remove-actor protesters
    """
    from explorer.output.textsafe import clean_line
    from explorer.review.model import read_date

    if not any((title, when, kind, add_actors, remove_actors, resets)):
        raise InputError("nothing to change; give --title, --date, --kind, --add-actor, --remove-actor or --reset")
    date_value = _read(read_date, when) if when is not None else None
    if title is not None and not clean_line(title).strip():
        raise InputError("a title needs some words")
    db = _writer(db_path)
    with _recorded(db) as done:
        actors_in = [_actor_id(db, done, name) for name in add_actors]
        if title is not None:
            done.correct(incident_id, "title", clean_line(title).strip())
        if date_value is not None:
            done.correct_date(incident_id, date_value)
        if kind is not None:
            done.correct(incident_id, "kind", _kind(db, kind))
        for reset in resets:
            if reset == "date":
                done.correct_date(incident_id, None)
            else:
                done.correct(incident_id, reset, None)
        for actor_id in actors_in:
            done.change_actor(incident_id, actor_id, "add")
        for name in remove_actors:
            done.change_actor(incident_id, _own_actor(db, incident_id, name), "remove")


def _kind(db: Any, text: str) -> str:
    from db import queries
    from explorer.output.textsafe import clean_line

    kind = clean_line(text).strip().lower()
    if not kind or len(kind) > 30:
        raise InputError("a kind is one or a few words (at most 30 characters)")
    if kind not in {k for k, _n in queries.kinds(db)}:
        say(f"note: {kind!r} is a new kind; the kinds so far are {', '.join(k for k, _n in queries.kinds(db))}")
    return kind


def _actor_id(db: Any, done: Any, name: str) -> int:
    """The actor of this name (any case, or an alias); a new one when there is none, saying what is close."""
    from db import queries, review
    from explorer.output.textsafe import clean_line
    from explorer.query.actors import rank_actors

    name = clean_line(name).strip()
    if not name:
        raise InputError("an actor needs a name")
    known = queries.find_actor(db, name) or review.actor_like(db, name)
    if known is None:
        everyone = [(a.id, a.name, a.aliases) for a in queries.actor_summaries(db)]
        close = [n for _i, n, _s in rank_actors(name, everyone)[:3]]
        if close:
            say(f"note: no actor is named {name!r}, so it is added as a new one; close names: {', '.join(close)}")
    return int(done.actor_named(name))


def _own_actor(db: Any, incident_id: int, name: str) -> int:
    from db import queries
    from explorer.query.actors import rank_actors

    incident = queries.incident_detail(db, incident_id)
    if incident is None:
        raise InputError(f"no incident {incident_id}; `incidents list` shows the ids")
    exact = [a.id for a in incident.actors if a.name.casefold() == name.strip().casefold()]
    if exact:
        return exact[0]
    own = [(a.id, a.name, ()) for a in incident.actors]
    ranked = rank_actors(name, own)
    if len(ranked) > 1:
        names = ", ".join(repr(n) for _i, n, _s in ranked[:4])
        raise InputError(f"{name!r} matches several actors of incident #{incident_id} ({names}); give one exactly")
    if not ranked:
        names = ", ".join(a.name for a in incident.actors) or "none"
        raise InputError(f"incident #{incident_id} has no actor like {name!r}; its actors: {names}")
    return int(ranked[0][0])


@click.command("merge")
@click.argument("incident_ids", type=INCIDENT, nargs=-1, required=True)
@db_option
def merge_command(incident_ids: tuple[int, ...], db_path: Path | None) -> None:
    """Merge incidents into the first one named: every passage, tag and note; the first one's title and date stay.

    Later imports keep the merged passages together.
    """
    db = _writer(db_path)
    with _recorded(db) as done:
        done.merge(incident_ids[0], list(incident_ids[1:]))


@click.command("split")
@click.argument("incident_id", type=INCIDENT)
@click.option(
    "--evidence", "evidence_ids", multiple=True, type=PASSAGE, required=True, metavar="EID",
    help="A passage to split off (its id is in `incidents show ID`); repeat for more.",
)  # fmt: skip
@db_option
def split_command(incident_id: int, evidence_ids: tuple[int, ...], db_path: Path | None) -> None:
    """Split passages off an incident as an incident of their own (later imports keep them apart).

    A passage takes the report it belongs to with it (its follow-up passages too).
    """
    db = _writer(db_path)
    with _recorded(db) as done:
        done.split(incident_id, list(evidence_ids))


@click.command("history")
@click.argument("incident_id", type=INCIDENT, required=False)
@click.option(
    "--limit", type=click.IntRange(min=1, max=10**9), default=50, show_default=True, help="At most this many rows."
)
@db_option
def history_command(incident_id: int | None, limit: int, db_path: Path | None) -> None:
    """Show who changed what and when: one incident's history, or the latest changes of all."""
    from db import review
    from explorer.output.review import history_line

    db = open_for_reading(db_path)
    if incident_id is not None:
        if db.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone() is None and not \
                review.history_of(db, incident_id):  # fmt: skip
            raise InputError(f"no incident {incident_id}; `incidents list` shows the ids")
        rows = review.history_of(db, incident_id)[-limit:]
    else:
        rows = review.latest_history(db, limit)
    if not rows:
        say("no changes recorded yet" + (f" for incident #{incident_id}" if incident_id is not None else ""))
    for row in rows:
        click.echo(history_line(row))


@click.command("undo")
@click.argument("change_id", type=CHANGE, required=False)
@db_option
def undo_command(change_id: int | None, db_path: Path | None) -> None:
    """Take back a change (the latest one not yet undone, when none is named); the history keeps both."""
    from db import review
    from explorer.review.model import ReviewError
    from explorer.review.undo import undo

    db = _writer(db_path)
    target = change_id if change_id is not None else review.last_change(db)
    if target is None:
        recorded = review.next_change(db) > 1
        raise InputError(
            "nothing left to undo: every change is undone or is itself an undo (`incidents history` lists them)"
            if recorded
            else "nothing to undo: no change is recorded"
        )
    try:
        done = undo(db, target)
    except ReviewError as error:
        raise InputError(str(error)) from None
    for line in done.said:
        click.echo(line)


COMMANDS = (review_command, edit_command, merge_command, split_command, history_command, undo_command)
