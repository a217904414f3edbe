"""The installed `incidents` command in a real terminal (tmux): first run on the sample, filter, read, quit."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def _command() -> str:
    found = shutil.which("incidents") or str(Path(sys.executable).parent / "incidents")
    if not Path(found).exists():
        pytest.fail("the `incidents` command is not installed; run `pip install -e .` first")
    return found


@pytest.fixture
def tmux() -> Iterator[Callable[..., str]]:
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is required in CI (.ci/run installs it)")
        pytest.skip("tmux is not installed")
    session = f"incidents-e2e-{uuid.uuid4().hex[:8]}"
    # A server of its own, without the user's configuration: nothing else's sessions, key bindings or
    # server shutdown can interfere.
    server = ["tmux", "-L", session, "-f", "/dev/null"]

    def run(*args: str) -> str:
        return subprocess.run([*server, *args], capture_output=True, text=True, check=False).stdout

    run.session = session  # type: ignore[attr-defined]
    yield run
    subprocess.run([*server, "kill-server"], capture_output=True, check=False)


def _screen(tmux: Callable[..., str]) -> str:
    return tmux("capture-pane", "-p", "-t", tmux.session)  # type: ignore[attr-defined]


def _wait_for(tmux: Callable[..., str], predicate: Callable[[str], bool], what: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(tmux)
        if predicate(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; the screen was:\n{screen}")


def _type(tmux: Callable[..., str], *keys: str) -> None:
    for key in keys:
        tmux("send-keys", "-t", tmux.session, key)  # type: ignore[attr-defined]
        time.sleep(0.05)


def _burst(tmux: Callable[..., str], *keys: str) -> None:
    """Send keys in one write, as fast as a terminal can deliver them."""
    tmux("send-keys", "-t", tmux.session, *keys)  # type: ignore[attr-defined]


def _expected_counts(path: Path) -> tuple[int, int]:
    """How many sample incidents involve Ted Wheeler, and how many of those fall in July 2018."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT i.date_start, i.date_end FROM incidents i JOIN incident_actors ia ON ia.incident_id = i.id"
            " JOIN actors a ON a.id = ia.actor_id WHERE a.name = 'Ted Wheeler'"
        ).fetchall()
    finally:
        conn.close()
    in_july = [r for r in rows if r[1] >= "2018-07-01" and r[0] <= "2018-07-31"]
    return len(rows), len(in_july)


def test_first_run_filter_read_and_quit(tmux: Callable[..., str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = tmp_path / "exit-status"
    # The shell tmux starts may export COLUMNS/LINES of its default 80x24, which Textual would believe.
    env = f"-u INCIDENTS_DB -u COLUMNS -u LINES XDG_DATA_HOME={data} TEXTUAL_ANIMATIONS=none TERM=xterm-256color"
    script = f"env {env} {_command()}; echo $? > {done}"
    tmux("new-session", "-d", "-s", tmux.session, "-x", "120", "-y", "40", script)  # type: ignore[attr-defined]

    screen = _wait_for(tmux, lambda s: "14 of 14 incidents" in s, "the timeline on the sample")
    assert "This is the sample" in screen, "the explorer says it shows the sample"
    assert (data / "incidents" / "sample.db").exists(), "built in a database of its own"
    assert not (data / "incidents" / "incidents.db").exists(), "the default database is left for the user's own"

    with_wheeler, in_july = _expected_counts(data / "incidents" / "sample.db")
    _type(tmux, "a", *"wheeler", "Enter")
    screen = _wait_for(tmux, lambda s: "actor: Ted Wheeler" in s and f"{with_wheeler} of 14" in s, "the actor filter")
    _type(tmux, "d", *"jul 2018", "Enter")
    screen = _wait_for(
        tmux,
        lambda s: "date: 2018-07-01..2018-07-31" in s and f"{in_july} of 14" in s and "│Wed 25 Jul 2018" in s,
        "the date filter",
    )
    timeline = "\n".join(line[:55] for line in screen.splitlines() if line.startswith("│"))
    assert "≈ 1–10 Jul 2018" in timeline and "Wed 25 Jul 2018" in timeline, "July's incidents, in order"
    assert "Jun 2018" not in timeline and "Aug 2017" not in timeline, "only the matching incidents"

    # No waiting between the keys: n must act on the source Enter opens, however busy the machine.
    _burst(tmux, "G", "Enter", "n")
    # Sources come first-published first: the estimated-date Willamette Week article leads.
    _wait_for(tmux, lambda s: "passage 2 of 8" in s and "The letter, filed this morning" in s, "the next passage")

    _type(tmux, "q")
    deadline = time.monotonic() + 15
    while not done.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert done.exists(), "the app quit"
    assert done.read_text().strip() == "0", "and exited cleanly"
