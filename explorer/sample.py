"""Where the bundled sample articles live, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_dir() -> Path | None:
    """The folder of bundled sample articles, or None when this installation has none."""
    try:
        packaged = Path(str(resources.files("explorer.seeds")))
        if packaged.is_dir() and any(packaged.glob("*.txt")):
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    checkout = Path(__file__).resolve().parent.parent / "seeds"
    return checkout if checkout.is_dir() else None
