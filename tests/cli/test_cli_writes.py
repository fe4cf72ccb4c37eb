"""A machine that cannot write (a full disk) and a reader that stops reading (`| head`):
one line and exit status 1, or a quiet exit; never a traceback, nothing half written."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phtcoach.cli import main
from phtcoach.storage import backup as backup_module
from tests.cli.lines import one_line
from tests.cli.runner import child_env


def _full_after(conn: sqlite3.Connection, pages: int = 1) -> None:
    """SQLite's own "database or disk is full" after `pages` more pages (a small disk)."""
    n = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {n + pages}")


def test_demo_data_on_a_full_disk_is_one_line_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import phtcoach.demo_data as demo_data

    real = demo_data.write_demo

    def write_demo(store: Any, history: Any) -> dict[str, int]:
        _full_after(store.conn)
        return real(store, history)

    monkeypatch.setattr(demo_data, "write_demo", write_demo)
    out = tmp_path / "demo"
    assert main(["demo-data", "--out", str(out), "--weeks", "2"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "--out" in line and "full" in line and str(out) in line
    assert not out.exists()


class _SmallDisk:
    """sqlite3 as backup.py sees it, but every new database file fills up at once."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)

    @staticmethod
    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = sqlite3.connect(*args, **kwargs)
        _full_after(conn)
        return conn


def test_backup_on_a_full_disk_says_how_much_is_needed(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(p.name for p in (demo / "backups").glob("*"))
    monkeypatch.setattr(backup_module, "sqlite3", _SmallDisk())
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(demo)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "full" in line and "needed" in line and str(demo / "backups") in line
    assert sorted(p.name for p in (demo / "backups").glob("*")) == before


def test_export_on_a_full_disk_is_one_line_and_exit_1(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "x.json.part"))

    monkeypatch.setattr(os, "replace", no_space)
    capsys.readouterr()
    out = tmp_path / "x.json"
    assert main(["export", "--out", str(out), "--format", "json", "--data-dir", str(demo)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "--out" in line and "full" in line
    assert not out.exists()


@pytest.mark.skipif(os.name != "posix", reason="a pipe closed by its reader")
@pytest.mark.parametrize("argv", [["timeline", "iso-5x5"], ["exercises"], ["--help"]])
def test_a_closed_pipe_is_a_quiet_exit_141(argv: list[str]) -> None:
    read, write = os.pipe()
    os.close(read)  # `| head` that has already stopped reading
    try:
        done = subprocess.run(
            [sys.executable, "-m", "phtcoach", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.stderr == ""
    # argparse's help swallows the error itself, so it may end as a normal exit
    assert done.returncode in ((0, 141) if argv == ["--help"] else (141,))
