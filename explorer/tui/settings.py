"""What the explorer remembers between runs (the theme), in a small JSON file in the data directory."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

SETTINGS_NAME = "explorer-settings.json"


def load_settings(directory: Path) -> dict[str, str]:
    """The saved settings; an absent, unreadable or foreign file is no settings, never an error."""
    try:
        data = json.loads((directory / SETTINGS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(data, dict) else {}
    )


def save_setting(directory: Path, key: str, value: str) -> None:
    """Remember one setting; a directory that cannot be written only means it is not remembered."""
    settings = load_settings(directory) | {key: value}
    with contextlib.suppress(OSError):
        directory.mkdir(parents=True, exist_ok=True)
        (directory / SETTINGS_NAME).write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
