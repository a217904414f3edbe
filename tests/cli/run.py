"""Run the real ``incidents`` command in a subprocess, as a user would, with its own data directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT


@dataclass(frozen=True)
class Ran:
    """What a command printed and how it ended."""

    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        """Every line it printed on stderr (messages for the user)."""
        return self.err.splitlines()


def environment(home: Path) -> dict[str, str]:
    """The command's environment: a private data directory, no database chosen by the caller's shell."""
    env = {k: v for k, v in os.environ.items() if k != "INCIDENTS_DB"}
    env.update(XDG_DATA_HOME=str(home), TEXTUAL_ANIMATIONS="none", PYTHONPATH=str(ROOT))
    return env


def without_privileges() -> list[str]:
    """A prefix that makes file permissions apply even to root (capabilities dropped), or a skip."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to apply")
    return ["setpriv", "--inh-caps=-all", "--bounding-set=-all"]


def command(*args: str | Path) -> list[str]:
    """The argument vector of ``incidents ARGS``."""
    return [sys.executable, "-m", "explorer", *map(str, args)]


def incidents(*args: str | Path, home: Path, unprivileged: bool = False, timeout: float = 180,
              stdin: str | None = None) -> Ran:  # fmt: skip
    """Run ``incidents ARGS`` to completion."""
    prefix = without_privileges() if unprivileged else []
    done = subprocess.run(
        [*prefix, *command(*args)], env=environment(home), capture_output=True, text=True, timeout=timeout,
        input=stdin, cwd=home,
    )  # fmt: skip
    return Ran(done.returncode, done.stdout, done.stderr)


def no_traceback(ran: Ran) -> None:
    """A command that fails says so in a line, never with a Python traceback."""
    assert "Traceback" not in ran.err, ran.err
    assert "Error:" not in ran.err or ran.err.startswith("Error:") or "\nError:" in ran.err
