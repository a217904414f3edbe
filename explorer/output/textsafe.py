"""Make untrusted text safe for storage and the terminal: no escape sequences, no control characters."""

from __future__ import annotations

import re

# ESC-introduced sequences (CSI, OSC, DCS, SOS/PM/APC, two-character escapes) and their 8-bit forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x1b[\]PX^_].*?(?:\x07|\x1b\\|\x9c)"  # OSC, DCS, SOS, PM, APC up to their terminator
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*"  # an unterminated one, to the end
    r"|\x1b[ -/]*[0-~]?"  # other escapes, or a lone ESC
    r"|[\x90\x9d\x9e\x9f][^\x07\x9c]*(?:\x07|\x9c)?"  # 8-bit DCS, OSC, PM, APC
    r"|\x9b[0-?]*[ -/]*[@-~]",  # 8-bit CSI
    re.DOTALL,
)
_ANY_ESCAPE = re.compile(r"[\x1b\x90-\x9f]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_escapes(text: str) -> str:
    """Remove terminal escape sequences only."""
    return _ESCAPES.sub("", text)


def clean_text(text: str) -> str:
    """Normalise line ends and remove terminal escape sequences and control characters.

    Tabs and newlines stay; everything else below space, DEL, C1 controls and bidirectional
    overrides go, so stored text can be shown in a terminal exactly as it reads.

    >>> clean_text("a\\x1b]52;c;ZXZpbA==\\x07b\\r\\nc\\x00")
    'ab\\nc'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_ESCAPE.search(text) is not None:  # most articles have none: skip the slower pattern
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


_UNSAFE_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """Replace every control or escape character with "�", one for one, so offsets still hold.

    The display's second guard: stored text is already clean, but what reaches the terminal
    must never carry an escape sequence even if it was not.

    >>> neutralise("a\x1b]0;x\x07b")
    'a�]0;x�b'
    """
    return _UNSAFE_CHAR.sub("\ufffd", text)
