"""Row: two instances of the app, and two command-line writers, on one data folder.

The instance lock (storage/lock.py) lets one writer in; whoever comes second is told who
holds the folder. With the real app running a session on a folder: a second launch raises
the first window and exits 0; a launch that cannot reach the holder (a command holds the
lock) exits 1 naming it; every writing command (backup, restore, import, demo-data) is
refused with one line and exit status 2 (PRODUCT.md: bad input is exit 2, nothing written),
while the reading ones (advice, export, templates) run beside it. Then pairs of writing
commands are started at the same instant, round after round: one writes, the other either
waits its turn (they did not overlap) or is refused in one line naming the first; the
database is intact (integrity_check, foreign keys) and holds no row twice.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.cli import main
from phtcoach.core.clock import SystemClock
from phtcoach.demo_data import make_demo_dir
from phtcoach.storage.lock import InstanceLock
from tests.e2e.runner_app import REPO, SESSION_STARTED, run_app
from tests.reliability.figures import Row

RAISED = re.compile(r"window raised")
WEEKS = 2


def cli(*args: str) -> subprocess.Popen[str]:
    """`phtcoach ARGS` as a user types it (English, offscreen, the repository's code)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", "LANG": "C"}
    env.pop("PHTCOACH_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "phtcoach", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def done(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out, err


def run(*args: str) -> tuple[int, str, str]:
    return done(cli(*args))


def here(*args: str) -> str:
    """`phtcoach ARGS` in this process (set-up only: quicker); its output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(args)) == 0
    return out.getvalue()


def counts(root: Path) -> dict[str, int]:
    """Rows per table, after checking the file is whole."""
    con = sqlite3.connect(paths.db_path(root))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith("sqlite_")
        ]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        con.close()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"one line expected: {err!r}"
    assert lines[0].startswith("phtcoach: "), lines[0]
    return lines[0]


def refused_by_the_app(status: int, err: str, pid: int) -> None:
    assert status == 2, err
    line = one_line(err)
    assert "already running with this data folder" in line, line
    assert f"(process {pid})" in line, line


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A data folder with a short demo history (made in-process: no app, no lock)."""
    root = tmp_path / "demo"
    make_demo_dir(root, weeks=WEEKS, seed=7, clock=SystemClock())
    return root


@pytest.mark.e2e
def test_one_writer_per_data_folder(
    tmp_path: Path,
    demo: Path,
    count: Callable[[int, int], int],
    row: Callable[..., Row],
) -> None:
    export = tmp_path / "export.json"
    here("export", "--out", str(export), "--format", "json", "--data-dir", str(demo))
    data, held = tmp_path / "app", tmp_path / "held"
    shutil.copytree(demo, data)
    shutil.copytree(demo, held)
    backup = Path(here("backup", "--data-dir", str(data)).strip())
    assert backup.is_file()
    before = counts(data)

    told = Counter[str]()
    with run_app(data, "--start", "iso-5x5", "--scale", "1") as app:
        app.wait_for(SESSION_STARTED, timeout=30)  # the window is up and holds the lock
        pid = app.proc.pid
        backups = sorted(p.name for p in paths.backup_dir(data).iterdir())  # + the app's own

        # Everything at once (all independent; a person would not be that quick): (a) a
        # second launch, (b) the writing commands, (c) the reading ones, and (d) a launch on
        # another folder that a command holds (so no window can be asked to come forward).
        writers = [
            ("backup", "--data-dir", str(data)),
            ("restore", str(backup), "--data-dir", str(data)),
            ("import", str(export), "--data-dir", str(data)),
            ("demo-data", "--out", str(data), "--weeks", "1"),
        ]
        readers = [
            ("advice", "--data-dir", str(data)),
            ("templates",),
            ("export", "--out", str(tmp_path / "beside.json"), "--format", "json",
             "--data-dir", str(data)),
        ]  # fmt: skip
        with InstanceLock(paths.lock_path(held), holder="phtcoach import"):
            procs = [cli(*args) for args in [("--data-dir", str(data)), ("--data-dir", str(held))]]
            procs += [cli(*args) for args in writers + readers]
            results = [done(p) for p in procs]
        (second, blocked), results = results[:2], results[2:]

        status, _, err = second
        assert status == 0, err
        assert f"already running on {data}: raised its window" in err, err
        app.wait_for(RAISED, timeout=5)
        told["a second launch raised the first window and left (exit 0)"] += 1

        for args, (status, _, err) in zip(writers, results, strict=False):
            if args[0] == "demo-data":  # a folder with a database is refused before the lock
                assert status == 2 and "already holds a database" in one_line(err), err
                told["`demo-data --out` onto it refused in one line: it holds a database"] += 1
            else:
                refused_by_the_app(status, err, pid)
                told[f"`{args[0]}` refused in one line naming the app's process (exit 2)"] += 1
        assert sorted(p.name for p in paths.backup_dir(data).iterdir()) == backups

        for args, (status, out, err) in zip(readers, results[len(writers) :], strict=True):
            assert status == 0 and out.strip(), err
            told[f"`{args[0]}` ran beside it (exit 0)"] += 1
        assert app.proc.poll() is None, app.text()

    status, _, err = blocked
    assert status == 1, err
    assert f"in use by `phtcoach import` (process {os.getpid()})" in err, err
    told["a launch on a folder a command holds: exit 1, naming the command and process"] += 1
    after = counts(data)
    assert {k: v for k, v in after.items() if k not in ("sessions", "sets", "kv")} == {
        k: v for k, v in before.items() if k not in ("sessions", "sets", "kv")
    }

    # Two writing commands at the same instant, round after round.
    reference = tmp_path / "reference"
    shutil.copytree(demo, reference)
    here("import", str(export), "--data-dir", str(reference))
    imported = counts(reference)
    demo_rows = counts(demo)
    pairs = [("import", "import"), ("demo-data", "demo-data"), ("import", "backup")]
    rounds = count(2, 24)
    refusals = filled = both_wrote = 0
    started_apart: list[float] = []
    for n in range(rounds):
        kinds = pairs[n % len(pairs)]
        root = tmp_path / f"round{n}"
        if kinds[0] != "demo-data":
            shutil.copytree(demo, root)

        def args(kind: str, root: Path = root) -> tuple[str, ...]:
            if kind == "import":
                return ("import", str(export), "--data-dir", str(root))
            if kind == "backup":
                return ("backup", "--data-dir", str(root))
            return ("demo-data", "--out", str(root), "--weeks", str(WEEKS), "--seed", "7")

        t0 = time.monotonic()
        procs = [cli(*args(k)) for k in kinds]
        started_apart.append(time.monotonic() - t0)
        results = [done(p) for p in procs]
        why = f"round {n} {kinds}: {results}"
        ok = [r for r in results if r[0] == 0]
        refused = [r for r in results if r[0] != 0]
        assert ok, why
        for status, _, err in refused:
            assert status == 2, why
            line = one_line(err)
            assert (
                re.search(r"in use by `phtcoach (import|demo-data|backup)` \(process \d+\)", line)
                or "already holds a database" in line
                or "is not empty" in line
            ), why
        refusals += sum("in use by" in err for _, _, err in refused)
        filled += sum("in use by" not in err for _, _, err in refused)
        both_wrote += len(ok) == 2
        rows = counts(root)
        if kinds[0] == "demo-data":
            assert len(ok) == 1, why  # the second finds the folder taken or filled
            assert rows == demo_rows, why
        elif any(r[0] == 0 for k, r in zip(kinds, results, strict=True) if k == "import"):
            assert rows == imported, why  # imported once or twice: never a row twice
        else:  # the import was the one refused: nothing of it written
            assert rows == demo_rows, why
        if kinds == ("import", "backup") and len(ok) == 2:
            assert len(list(paths.backup_dir(root).glob("*manual*"))) == 1, why

    r = row(
        "instances",
        "Two instances; two command-line writers on one data folder",
        "one writer, the other told why",
    )
    r.add("with the app running a session: " + "; ".join(f"{k}" for k in told))
    r.add(
        f"{rounds} rounds of two writing commands started together "
        f"({', '.join(' + '.join(p) for p in pairs)}): {refusals} refused in one line naming "
        f"the command and process holding the folder, {filled} demo-data refused in one line "
        f"because the first had filled the folder (all exit 2); {both_wrote} rounds where the "
        "two did not overlap and wrote in turn; every database passed integrity_check and "
        "foreign_key_check with no row twice"
    )
