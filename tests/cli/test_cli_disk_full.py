"""The command line on a full disk (issue 12, item 6): `restore` says the disk is full, with
the free and needed space, and leaves the database as it was; a command that would take the
start-up backup (`import`) refuses in one line; exit status 1 (the machine, not the input),
never a traceback. Injected everywhere; on a real small tmpfs where one can be mounted."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.cli import main
from phtcoach.storage import backup as backup_module
from phtcoach.storage import repository
from phtcoach.storage.backup import list_backups
from tests.cli.lines import one_line
from tests.tiny_disk import fill, tmpfs


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_with_backup(out: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["demo-data", "--out", str(out), "--weeks", "8"]) == 0
    assert main(["backup", "--data-dir", str(out)]) == 0
    capsys.readouterr()
    return list_backups(paths.backup_dir(out))[0]


def test_restore_on_a_full_disk_says_full_free_and_needed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo"
    backup = demo_with_backup(demo, capsys)
    db = paths.db_path(demo)
    before = sha(db)
    monkeypatch.setattr(backup_module, "known_free", lambda where: 20_000)
    assert main(["restore", str(backup), "--data-dir", str(demo)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "the disk is full (20.0 kB free," in line and "needed)" in line, line
    assert "--data-dir" in line and "readable" not in line
    assert sha(db) == before
    assert list_backups(paths.backup_dir(demo)) == [backup]


def test_import_with_no_room_for_its_backup_is_one_line_and_exit_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo"
    demo_with_backup(demo, capsys)
    export = tmp_path / "x.json"
    assert main(["export", "--out", str(export), "--format", "json", "--data-dir", str(demo)]) == 0
    capsys.readouterr()
    monkeypatch.setattr(repository, "known_free", lambda where: 1000)
    assert main(["import", str(export), "--data-dir", str(demo)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "the disk is full (1.0 kB free," in line and "needed)" in line, line
    assert str(paths.backup_dir(demo)) in line


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", "3m") as d:
        yield d


def test_restore_on_a_real_full_disk_leaves_the_database_readable(
    disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = disk / "demo"
    backup = demo_with_backup(demo, capsys)
    db = paths.db_path(demo)
    fill(disk, leave=0)
    before = sha(db)
    assert main(["restore", str(backup), "--data-dir", str(demo)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "the disk is full" in line and "needed" in line and "readable" not in line, line
    assert sha(db) == before
    assert not any(p.name.endswith(("-wal", "-shm")) for p in demo.iterdir())
    assert [p.name for p in paths.backup_dir(demo).iterdir()] == [backup.name]

    # A reader on the full disk: one line, exit 1, the disk named as the reason.
    assert main(["advice", "--data-dir", str(demo)]) == 1
    assert "the disk is full" in one_line(capsys.readouterr().err)
    # Space freed: the database was never damaged.
    for filler in disk.glob("filler-*"):
        filler.unlink()
    assert shutil.disk_usage(disk).free > 0
    assert main(["advice", "--data-dir", str(demo)]) == 0
