"""The README's key table is the app's real key table."""

from __future__ import annotations

from explorer.tui.app import IncidentsApp
from explorer.tui.keys import APP_KEYS, TIMELINE_KEYS, key_table_markdown
from explorer.tui.widgets.timeline import Timeline
from tests.conftest import ROOT


def test_readme_has_the_key_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert key_table_markdown() in readme


def test_the_table_is_what_the_app_binds() -> None:
    app_keys = {(b.key, b.action) for b in IncidentsApp.BINDINGS}  # type: ignore[union-attr]
    assert app_keys == {(k.keys, k.action) for k in APP_KEYS}
    timeline_keys = {(b.key, b.action) for b in Timeline.BINDINGS}  # type: ignore[union-attr]
    assert timeline_keys == {(k.keys, k.action) for k in TIMELINE_KEYS}
