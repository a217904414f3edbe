"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or a detected legacy encoding."""

from __future__ import annotations

import codecs
import re

from explorer.output.textsafe import strip_escapes

MAX_CONTROL_SHARE = 0.02
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


class Refused(Exception):
    """A file that cannot be imported, with a one-line reason and what to do about it."""


def _looks_binary(text: str) -> bool:
    """Text full of control characters is a binary file that happened to decode."""
    text = strip_escapes(text)
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) > MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> str:
    """Decode article bytes, detecting the encoding rather than guessing blindly."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if data.count(b"\x00") > max(2, len(data) // 100):
        raise Refused("binary file (it is full of NUL bytes); give a text, Markdown or HTML article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detected(data)
    if _looks_binary(text):
        raise Refused("binary file (mostly control characters); give a text, Markdown or HTML article")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise Refused(
            f"not valid {encoding.upper()} despite its byte-order mark (byte {error.start}); re-save it"
        ) from error


def _detected(data: bytes) -> str:
    from charset_normalizer import from_bytes  # imported here: only legacy files need it

    best = from_bytes(data).best()
    if best is None:
        raise Refused("undecodable text (no known encoding fits); re-save it as UTF-8")
    return str(best)
