"""A data dir holding another application's SQLite file: one line, exit status 2, the
file byte for byte as it was (no -wal/-shm, no backup)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from phtcoach.cli import main
from tests.cli.lines import one_line


@pytest.mark.parametrize("command", [["advice"], ["templates"], ["backup"]])
def test_another_apps_database_is_one_line_and_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    raw = sqlite3.connect(db)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.execute("PRAGMA user_version = 2")
    raw.commit()
    raw.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    assert main([*command, "--data-dir", str(tmp_path)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "is not a PHT Coach database (it belongs to another application)" in line
    assert str(db) in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not any(p.name.endswith(("-wal", "-shm")) for p in tmp_path.iterdir())
    assert not (tmp_path / "backups").exists()


def test_a_damaged_database_says_where_the_backups_are_and_how_to_restore_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo-data", "--out", str(tmp_path), "--weeks", "1"]) == 0
    assert main(["backup", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    db = tmp_path / "phtcoach.sqlite3"
    raw = bytearray(db.read_bytes())
    raw[4096:8192] = bytes(range(256)) * 16  # a page of garbage
    db.write_bytes(bytes(raw))
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    assert main(["advice", "--data-dir", str(tmp_path)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "not a readable SQLite database" in line or "is damaged" in line
    assert f"Backups are in {tmp_path / 'backups'}" in line
    assert f"phtcoach restore BACKUP --data-dir {tmp_path}" in line
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_no_restore_hint_without_backups_or_for_another_apps_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "phtcoach.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    assert main(["advice", "--data-dir", str(tmp_path)]) == 2
    assert "Backups are in" not in one_line(capsys.readouterr().err)
