"""Measure the explorer headless, in a fresh process, and print one JSON line.

    python benchmarks/explorer_probe.py DB --started T0   # T0: time.time() when the parent spawned us

Reports cold start to first paint (from process spawn to the first incident row drawn), and the
keystroke-to-repaint time of the text, date and actor filters and of cursor and page movement.
"""

from __future__ import annotations

import time

STARTED = time.time()

import argparse  # noqa: E402  (the clock starts before any import)
import asyncio  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from textual import events  # noqa: E402

WORDS = {"text": "harbor station", "date": "2015-03-01..2015-03-31", "actor": "zielinski"}
SIZE = (200, 50)


def _ms(values: list[float]) -> dict[str, float]:
    if not values:
        return {"median_ms": 0.0, "p95_ms": 0.0, "n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * 1000, 1), "p95_ms": round(p95 * 1000, 1), "n": len(ordered)}


async def _until(pilot: Any, condition: Any, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the explorer did not catch up")
        await pilot.pause(0.001)


class FrameClock:
    """Records when the app composes frames for the terminal.

    Pilot's own waits poll for idleness in 20 ms steps, so timing ``pilot.press`` measures the
    harness. This measures the app: from the key entering its queue to the first frame that
    shows the result (later frames that fill in the detail and source panes are not counted).
    """

    def __init__(self, app: Any) -> None:
        self.frames: list[float] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None:
                self.frames.append(time.perf_counter())
            original(screen, renderable)

        app._display = display

    def first_after(self, moment: float) -> float | None:
        return next((t for t in self.frames if t >= moment), None)


async def _key(pilot: Any, app: Any, clock: FrameClock, key: str, typed: str | None) -> float:
    """Send one key; the time from sending it to the first frame that shows its result.

    For a filter key that is the frame after the filter's rows were applied (``typed`` is what
    the input should then hold); for a movement key, the first frame after the key.
    """
    from explorer.tui.widgets.prompt import FilterInput

    began = time.perf_counter()
    character = " " if key == "space" else key if len(key) == 1 else None
    app._driver.send_message(events.Key(key, character))
    if typed is not None:
        field = app.query_one(FilterInput)
        await _until(pilot, lambda: field.value == typed, timeout=10)
    await pilot.pause()  # idle: the worker (if any) has finished and its rows are applied
    await _until(pilot, lambda: app.applied_token == app.requested_token, timeout=10)
    await pilot.pause()
    # The first rows painted count; the full count that follows later in the filter bar does not.
    applied = next((t for t in APPLIED if t >= began), began)
    frame = clock.first_after(applied)
    assert frame is not None
    return frame - began


async def _keystrokes(pilot: Any, app: Any, clock: FrameClock, opener: str, word: str) -> list[float]:
    """Open a filter and type a word; time each key until its results are painted."""
    await pilot.press(opener)
    await pilot.pause()
    timings = []
    for index, key in enumerate(word):
        timings.append(await _key(pilot, app, clock, key if key != " " else "space", word[: index + 1]))
    await pilot.press("escape")
    await pilot.pause()
    return timings


async def _moves(pilot: Any, app: Any, clock: FrameClock, key: str, count: int) -> list[float]:
    return [await _key(pilot, app, clock, key, None) for _ in range(count)]


APPLIED: list[float] = []


def _record_applied() -> None:
    """Note when each filter's rows reach the timeline (the app's handler, wrapped)."""
    from explorer.tui.app import IncidentsApp

    original = IncidentsApp.on_loaded

    def on_loaded(self: Any, message: Any) -> None:
        original(self, message)
        APPLIED.append(time.perf_counter())

    IncidentsApp.on_loaded = on_loaded  # type: ignore[method-assign]


async def probe(db_path: Path, started: float, keys: bool) -> dict[str, Any]:
    from db.connection import open_database
    from explorer.tui.app import IncidentsApp
    from explorer.tui.widgets.timeline import Timeline

    _record_applied()
    app = IncidentsApp(open_database(db_path, create=False), db_path)
    result: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        timeline = app.query_one(Timeline)
        await _until(pilot, lambda: any("▶" in line for line in timeline.visible_text()))
        result["first_paint_s"] = round(time.time() - started, 3)
        if keys:
            clock = FrameClock(app)
            result["text_filter"] = _ms(await _keystrokes(pilot, app, clock, "slash", WORDS["text"]))
            result["date_filter"] = _ms(await _keystrokes(pilot, app, clock, "d", WORDS["date"]))
            result["actor_filter"] = _ms(await _keystrokes(pilot, app, clock, "a", WORDS["actor"]))
            await pilot.press("c")
            # Movement is measured on a settled timeline, not while the full count replaces the first screens.
            await _until(pilot, lambda: app.applied_token == app.requested_token and app.shown is not None)
            await pilot.pause()
            result["cursor_down"] = _ms(await _moves(pilot, app, clock, "j", 60))
            result["page_down"] = _ms(await _moves(pilot, app, clock, "pagedown", 30))
    result["peak_memory_mb"] = round(_peak_rss_kb() / 1024, 1)
    return result


def _peak_rss_kb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec,
    so a probe started by a large parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--started", type=float, default=STARTED)
    parser.add_argument("--no-keys", action="store_true")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(probe(args.db, args.started, not args.no_keys))))


if __name__ == "__main__":
    main()
