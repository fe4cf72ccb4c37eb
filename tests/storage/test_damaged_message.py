"""A damaged database is refused in one line: SQLite's quick_check puts several findings,
one per line, in one row, and the command line promises a single line (found by the
reliability row "damaged database files", truncated near the end of the file)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from phtcoach.cli import main
from phtcoach.storage.db import inspect_database
from phtcoach.storage.errors import CorruptDatabaseError


def damaged_leaf(db: Path) -> None:
    """A table whose leaf page lost the end of its cells: quick_check finds five faults."""
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    raw.executemany("INSERT INTO t (v) VALUES (?)", [("x" * 50,) for _ in range(300)])
    raw.commit()
    raw.close()
    data = bytearray(db.read_bytes())
    page = 4096 * 2  # page 3
    data[page + 4096 - 600 : page + 4096] = bytes(600)
    db.write_bytes(bytes(data))


def test_quick_checks_findings_make_one_line(tmp_path: Path) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    damaged_leaf(db)
    with pytest.raises(CorruptDatabaseError) as caught:
        inspect_database(db)
    text = str(caught.value)
    assert "\n" not in text and "***" not in text
    assert "Rowid 0 out of order; On tree page 3" in text and "and 2 more" in text


def test_the_command_line_says_it_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    damaged_leaf(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["advice", "--data-dir", str(tmp_path)]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "the database is damaged" in err[0], err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
