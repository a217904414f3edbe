"""Databases: another program's is never touched; read-only, full, damaged and busy ones get one clear line."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.run import command, environment, incidents, no_traceback
from tests.conftest import ROOT, SEEDS


def _other_program_db(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('soup')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("args", [("list",), ("show", "1"), ("export",), ("documents",), ("import", "SEEDS")])
def test_a_database_of_another_program_is_refused_and_left_as_it_was(tmp_path: Path, args: tuple[str, ...]) -> None:
    db = tmp_path / "recipes.db"
    before = _other_program_db(db)
    argv = [str(SEEDS) if a == "SEEDS" else a for a in args]
    ran = incidents(*argv, "--db", db, home=tmp_path)
    no_traceback(ran)
    assert ran.code == 1 and ran.out == ""
    assert ran.lines == [
        f"Error: {db} is an SQLite database of another program, not an incidents database; it was left untouched."
        " Choose another --db"
    ]
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("recipes")) == ["recipes.db"]


def test_the_group_db_option_is_used_by_every_command(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    assert incidents("--db", db, "import", SEEDS, home=tmp_path).code == 0
    listed = incidents("--db", db, "list", home=tmp_path)
    assert listed.code == 0 and listed.err == "" and len(listed.out.splitlines()) >= 10, "read commands add nothing"
    assert not (tmp_path / "incidents").exists(), "the default database was never made"


def test_reading_a_missing_database_names_it(tmp_path: Path) -> None:
    ran = incidents("list", home=tmp_path)
    assert ran.code == 1
    assert ran.lines == [
        f"Error: no database at {tmp_path / 'incidents' / 'incidents.db'}; import articles first with"
        f" `incidents import PATH --db {tmp_path / 'incidents' / 'incidents.db'}`"
    ]
    assert not (tmp_path / "incidents").exists()


def test_a_read_only_database_can_be_read_and_refuses_writes_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    assert incidents("import", SEEDS, "--db", db, home=tmp_path).code == 0
    before = db.read_bytes()
    db.chmod(0o444)
    try:
        listed = incidents("list", "--db", db, home=tmp_path, unprivileged=True)
        assert listed.code == 0 and "Cease and Desist" in listed.out
        (tmp_path / "new.txt").write_text("On June 19, 2018, protesters marched downtown, police said.\n")
        ran = incidents("import", tmp_path / "new.txt", "--db", db, home=tmp_path, unprivileged=True)
        no_traceback(ran)
        assert ran.code == 1
        assert ran.lines[-1].startswith(f"Error: {db} is read-only (attempt to write a readonly database)")
    finally:
        db.chmod(0o644)
    assert db.read_bytes() == before


def test_a_damaged_database_gets_one_line(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    assert incidents("import", SEEDS, "--db", db, home=tmp_path).code == 0
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, page):  # keep the header; spoil every page after the second
        data[start : start + 64] = os.urandom(64)
    db.write_bytes(bytes(data))
    for args in (("list",), ("import", str(SEEDS)), ("export", "--format", "md")):
        ran = incidents(*args, "--db", db, home=tmp_path)
        no_traceback(ran)
        assert ran.code == 1, args
        assert len(ran.lines) == 1 and "is damaged or not a database" in ran.err and "restore it" in ran.err, ran.err


def _can_mount_a_small_disk() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=64k tmpfs /tmp"],
        capture_output=True,
    )  # fmt: skip
    return probe.returncode == 0


def test_a_full_disk_gets_one_line_and_a_sound_database(tmp_path: Path) -> None:
    if not _can_mount_a_small_disk():
        pytest.skip("no way to mount a small file system here (unshare -rm with tmpfs)")
    disk = tmp_path / "disk"
    disk.mkdir()
    articles = tmp_path / "articles"
    articles.mkdir()
    for index in range(40):
        (articles / f"a{index:02d}.txt").write_text(
            f"On June {1 + index % 28}, 2018, protesters number {index} gathered outside city hall, police said. "
            + "More words about the protest and the city. " * 150,
            encoding="utf-8",
        )
    db = disk / "i.db"
    script = (
        f"mount -t tmpfs -o size=400k tmpfs {disk} && "
        + " ".join(map(str, command("import", articles, "--db", db, "--workers", "1")))
        + f" ; echo status=$? ; {sys.executable} -c \"import sqlite3; c = sqlite3.connect('{db}');"
        " print('check=' + c.execute('PRAGMA integrity_check').fetchone()[0])\""
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=environment(tmp_path),
                          cwd=ROOT, timeout=300)  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert "status=1" in done.stdout, done.stdout + done.stderr
    assert "check=ok" in done.stdout, "what was stored before the disk filled is sound"
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "full" in errors[0] and "free some space" in errors[0], done.stderr


def _corpus(folder: Path, copies: int = 30) -> Path:
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        for copy in range(copies):
            (folder / f"{copy:03d}_{seed.name}").write_text(f"{text}\n\nReference {copy}.\n", encoding="utf-8")
    return folder


def test_two_imports_at_once_both_succeed_one_after_the_other(tmp_path: Path) -> None:
    first, second = _corpus(tmp_path / "first", 20), tmp_path / "second"
    second.mkdir()
    for path in sorted(first.iterdir())[::2]:
        path.rename(second / path.name)
    db = tmp_path / "i.db"
    assert incidents("import", SEEDS / "000_01ca550ca98c5542.txt", "--db", db, home=tmp_path).code == 0
    runs = [
        subprocess.Popen(
            command("import", folder, "--db", db),
            env=environment(tmp_path),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (first, second)
    ]
    results = [(p.wait(timeout=600), p.stderr.read() if p.stderr else "") for p in runs]
    for code, err in results:
        assert code == 0 and "Traceback" not in err, err
    assert any("another import into" in err and "waiting for it to finish" in err for _c, err in results)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1 + len(list(first.iterdir())) + len(
        list(second.iterdir())
    )
    conn.close()


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_the_workers_of_a_killed_import_exit_within_two_seconds(tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "articles", 40)
    process = subprocess.Popen(command("import", folder, "--db", tmp_path / "i.db", "--workers", "2"),
                               env=environment(tmp_path), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        workers = {c for c in _children(process.pid) if _alive(c)}
        time.sleep(0.02)
    assert len(workers) >= 2, "the import started its workers"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    killed = time.monotonic()
    while any(_alive(w) for w in workers) and time.monotonic() - killed < 2:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "no worker outlived the import by two seconds"
