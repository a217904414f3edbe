"""Find the article files under the paths a user names, and say what was left out and why.

Folders are walked without recursion (a tree a thousand folders deep is fine), each folder once
even through symbolic links, in a stable order. Nothing is skipped silently: unreadable folders,
special files and missing paths are refused with a reason; files of other types and hidden
entries are counted.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
MANIFEST_SUFFIX = ".csv"


@dataclass
class Collected:
    """What a set of paths holds: article files, manifests (named, or found among the articles), what was not used."""

    files: list[Path] = field(default_factory=list)
    manifests: list[Path] = field(default_factory=list)
    found_manifests: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    other_types: Counter[str] = field(default_factory=Counter)
    hidden: int = 0


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _special(path: Path, mode: int) -> str:
    return f"not a regular file ({_kind_of(mode)}); give article files or folders"


def _stat(path: Path) -> os.stat_result | str:
    """The file's status, or why it cannot be had."""
    try:
        return path.stat()
    except FileNotFoundError:
        return "a broken link" if path.is_symlink() else "no such file or folder; check the path"
    except PermissionError:
        return "unreadable (permission denied); check its permissions"
    except OSError as error:
        return f"unreadable ({error.strerror or error})"


def collect(paths: Iterable[Path]) -> Collected:
    """Article files under ``paths`` (folders walked in name order), manifests, and what was left out."""
    found = Collected()
    for path in paths:
        info = _stat(path)
        if isinstance(info, str):
            found.refused.append((path, info))
        elif stat.S_ISDIR(info.st_mode):
            _walk(path, found)
        elif not stat.S_ISREG(info.st_mode):
            found.refused.append((path, _special(path, info.st_mode)))
        elif path.suffix.lower() == MANIFEST_SUFFIX:
            found.manifests.append(path)
        else:
            found.files.append(path)  # named on purpose: a reader decides whether it can be used
    found.files = list(dict.fromkeys(found.files))
    return found


def _walk(top: Path, found: Collected) -> None:
    """Every article file below ``top``, without recursion, each folder once."""
    visited: set[tuple[int, int]] = set()
    pending = [top]
    files: list[Path] = []
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in visited:
                continue  # a link back to a folder already walked
            visited.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except PermissionError:
            found.refused.append((folder, "unreadable folder (permission denied); the files in it were not imported"))
            continue
        except OSError as error:
            found.refused.append((folder, f"unreadable folder ({error.strerror or error})"))
            continue
        subfolders = []
        for entry in listed:
            kind = _entry_kind(entry)
            path = Path(entry.path)
            if entry.name.startswith("."):
                found.hidden += 1
            elif kind == "dir":
                subfolders.append(path)
            elif path.suffix.lower() == MANIFEST_SUFFIX and kind == "file":
                found.found_manifests.append(path)  # a manifest kept with the articles, if it has a 'file' column
            elif path.suffix.lower() not in ARTICLE_SUFFIXES:
                found.other_types[path.suffix.lower() or "no suffix"] += 1
            elif kind == "file":
                files.append(path)
            else:
                found.refused.append((path, kind))
        pending.extend(reversed(subfolders))
    found.files.extend(sorted(files))


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """``dir``, ``file``, or why the entry is not a file that can be read."""
    try:
        if entry.is_dir():
            return "dir"
        mode = entry.stat().st_mode
    except FileNotFoundError:
        return "a broken link"
    except OSError as error:
        return f"unreadable ({error.strerror or error})"
    if stat.S_ISREG(mode):
        return "file"
    return _special(Path(entry.path), mode)
