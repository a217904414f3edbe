"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy encoding.

An HTML page's declared charset is used only when its bytes really are in it: pages saved in
Latin-1 but labelled UTF-8 are common, and trusting the label (or a short text's statistics)
turns "Muñoz" into "Muńoz".
"""

from __future__ import annotations

import codecs
import re

from explorer.output.textsafe import strip_escapes

MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<a>[A-Za-z0-9_:.\-]+)|<\?xml[^>]+encoding\s*=\s*["'](?P<b>[A-Za-z0-9_.\-]+)""",
    re.IGNORECASE,
)
# The web's labels for single-byte Western text all mean windows-1252 (the WHATWG encoding standard).
_WESTERN = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}


class Refused(Exception):
    """A file that cannot be imported, with a one-line reason and what to do about it."""


def _looks_binary(text: str) -> bool:
    """Text full of control characters is a binary file that happened to decode."""
    text = strip_escapes(text)
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) > MAX_CONTROL_SHARE


def _bom(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    return None


def _checked(text: str) -> str:
    if _looks_binary(text):
        raise Refused("binary file (mostly control characters); give a text, Markdown, HTML or PDF article")
    return text


def decode_bytes(data: bytes) -> str:
    """Decode article bytes, detecting the encoding rather than guessing blindly."""
    marked = _bom(data)
    if marked is not None:
        return _checked(marked)
    if data.count(b"\x00") > max(2, len(data) // 100):
        raise Refused("binary file (it is full of NUL bytes); give a text, Markdown, HTML or PDF article")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        return _checked(_detected(data))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    return (match["a"] or match["b"]).decode("ascii").lower()


def decode_html(data: bytes) -> str:
    """Decode an HTML page: its BOM, else its declared charset when the bytes fit it, else detection."""
    marked = _bom(data)
    if marked is not None:
        return _checked(marked)
    declared = declared_charset(data)
    if declared is not None:
        encoding = "cp1252" if declared in _WESTERN else declared
        try:
            return _checked(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            pass  # mislabelled: read what the bytes are
    return decode_bytes(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise Refused(
            f"not valid {encoding.upper()} despite its byte-order mark (byte {error.start}); re-save it"
        ) from error


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: only legacy files need it

    results = list(from_bytes(data))
    if not results:
        raise Refused("undecodable text (no known encoding fits); re-save it as UTF-8")
    best = results[0]
    # On short texts several Western code pages fit equally well; windows-1252 is by far the most
    # common of them, so it wins a tie (a Central European text that only cp1250 fits keeps cp1250).
    western = next((r for r in results if r.encoding == "cp1252" and r.chaos <= best.chaos), None)
    return str(western or best)
