"""Put text where the user can paste it, and say honestly where it went.

A terminal takes a clipboard write (OSC 52) without telling whether it accepted it, so the text is
also given to a system clipboard tool when one is installed and a display is there, or else saved
to a file in the data directory. The message names what happened.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

FALLBACK_NAME = "clipboard.txt"
_TOOLS = (
    ("wl-copy", ["wl-copy"], "WAYLAND_DISPLAY"),
    ("xclip", ["xclip", "-selection", "clipboard"], "DISPLAY"),
    ("xsel", ["xsel", "--clipboard", "--input"], "DISPLAY"),
    ("pbcopy", ["pbcopy"], None),
    ("clip.exe", ["clip.exe"], None),
)


def system_tool() -> tuple[str, list[str]] | None:
    """The first clipboard tool installed here that can reach a clipboard (an X or Wayland display)."""
    for name, command, needs in _TOOLS:
        if shutil.which(command[0]) and (needs is None or os.environ.get(needs)):
            return name, command
    return None


def deliver(text: str, fallback_dir: Path) -> str:
    """Give ``text`` to a clipboard tool, or save it in ``fallback_dir``; return what happened, for the user.

    The caller has already sent it to the terminal (OSC 52).
    """
    tool = system_tool()
    if tool is not None:
        name, command = tool
        try:
            subprocess.run(command, input=text.encode("utf-8"), check=True, timeout=3, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            pass
        else:
            return f"copied to the clipboard with {name}"
    target = fallback_dir / FALLBACK_NAME
    try:
        fallback_dir.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        return (
            f"sent to the terminal's clipboard only (if it accepts OSC 52); could not save {target}: {error.strerror}"
        )
    return f"sent to the terminal's clipboard (if it accepts OSC 52) and saved to {target}"
