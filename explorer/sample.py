"""Where the bundled sample articles live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def sample_dir() -> Path | None:
    """The folder of bundled sample articles, or None when this installation has none.

    An installed package carries them in ``explorer/seeds``; a source checkout has them in
    ``seeds/`` beside the package.
    """
    for candidate in (_PACKAGE / "seeds", _PACKAGE.parent / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
