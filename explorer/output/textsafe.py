"""Make untrusted text safe for storage and the terminal: no escape sequences, no control or invisible characters."""

from __future__ import annotations

import re
import unicodedata

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
# Characters that show nothing but split words for search and matching: soft hyphen, zero-width space,
# word joiner and invisible operators, BOM, deprecated format controls, interlinear annotation marks,
# musical formatting. The joiners (U+200C, U+200D) and tag characters are judged by their neighbours.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb\U0001d173-\U0001d17a\U000e0001]"
)
_JOINERS = re.compile("[\u200c\u200d]|[\U000e0020-\U000e007f]+")
_FLAG = "\U0001f3f4"  # the black flag that tag characters spell subdivision flags after


def strip_escapes(text: str) -> str:
    """Remove terminal escape sequences only."""
    return _ESCAPES.sub("", text)


def _is_emoji(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char) in ("So", "Sk")
        or 0x1F000 <= code <= 0x1FAFF
        or 0x2600 <= code <= 0x27BF
        or char in "\ufe0f\u20e3"
    )


def _is_joined_script(char: str) -> bool:
    """A letter or mark of a script that writes with joiners (Arabic, Persian, Indic), not Latin."""
    return (char.isalpha() and ord(char) > 0x024F) or unicodedata.category(char).startswith("M")


def _keep_joiner(text: str, match: re.Match[str]) -> str:
    """Keep a joiner inside an emoji or between letters of a joining script; drop it elsewhere."""
    found, start, end = match.group(0), match.start(), match.end()
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if found[0] >= "\U000e0020":  # tag characters: only a subdivision flag uses them
        return found if before == _FLAG else ""
    if found == "\u200d" and before and after and _is_emoji(before) and _is_emoji(after):
        return found
    if before and after and _is_joined_script(before) and _is_joined_script(after):
        return found
    return ""


def remove_invisible(text: str) -> str:
    """Remove zero-width and other invisible format characters, keeping the joiners emoji and scripts need.

    >>> remove_invisible("Ted\\u200b Wheel\\u00adler"), remove_invisible("👩\\u200d💻") == "👩\\u200d💻"
    ('Ted Wheeler', True)
    """
    text = _INVISIBLE.sub("", text)
    if _JOINERS.search(text) is None:
        return text
    return _JOINERS.sub(lambda m: _keep_joiner(text, m), text)


def clean_text(text: str) -> str:
    """Normalise line ends and Unicode (NFC), remove escape sequences, control and invisible characters.

    Tabs and newlines stay; everything else below space, DEL, C1 controls, bidirectional
    overrides and zero-width characters go, so stored text can be shown in a terminal exactly
    as it reads and searched as it reads.

    >>> clean_text("a\\x1b]52;c;ZXZpbA==\\x07b\\r\\nc\\x00")
    'ab\\nc'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_ESCAPE.search(text) is not None:  # most articles have none: skip the slower pattern
        text = _ESCAPES.sub("", text)
    text = remove_invisible(_CONTROLS.sub("", text))
    return unicodedata.normalize("NFC", text)


def clean_line(value: str) -> str:
    """A metadata field or file name as one clean line: cleaned text with all white space folded.

    >>> clean_line("a\\n\\x1b[31mb\\t c")
    'a b c'
    """
    return " ".join(clean_text(value).split())


_UNSAFE_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """Replace every control or escape character with "�", one for one, so offsets still hold.

    The display's second guard: stored text is already clean, but what reaches the terminal
    must never carry an escape sequence even if it was not.

    >>> neutralise("a\x1b]0;x\x07b")
    'a�]0;x�b'
    """
    return _UNSAFE_CHAR.sub("\ufffd", text)
