"""`phtcoach export` and `phtcoach import`: files written, reports printed, exit status 2
with a clear message and nothing written on any problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.cli import main
from phtcoach.core.clock import SystemClock
from phtcoach.storage.repository import open_store
from tests.cli.runner import phtcoach


def _rows(root: Path, table: str) -> int:
    store = open_store(root, SystemClock(), auto_backup=False)
    try:
        return len(store.exchange.table(table))
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_export_writes_each_format(fmt: str, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / f"export.{fmt}"
    assert main(["export", "--out", str(out), "--format", fmt, "--data-dir", str(demo)]) == 0
    assert out.is_dir() if fmt == "csv" else out.is_file()
    assert not [p for p in tmp_path.iterdir() if ".part-" in p.name]


def test_export_then_import_dry_run_and_for_real(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.json"
    assert main(["export", "--out", str(out), "--format", "json", "--data-dir", str(demo)]) == 0
    fresh = tmp_path / "fresh"
    capsys.readouterr()
    assert main(["import", str(out), "--dry-run", "--data-dir", str(fresh)]) == 0
    text = capsys.readouterr().out
    assert "sets:" in text and "to add" in text and "nothing was written" in text
    assert _rows(fresh, "sets") == 0
    assert main(["import", str(out), "--data-dir", str(fresh)]) == 0
    assert _rows(fresh, "sets") == _rows(demo, "sets") > 0
    capsys.readouterr()
    assert main(["import", str(out), "--dry-run", "--data-dir", str(fresh)]) == 0
    assert "0 to add" in capsys.readouterr().out


def test_export_date_range(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "range.json"
    args = ["export", "--out", str(out), "--format", "json", "--data-dir", str(demo)]
    assert main([*args, "--from", "2000-01-01", "--to", "2000-01-02"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["tables"]["sessions"] == [] and doc["range"]["from"] == "2000-01-01"
    assert main([*args, "--from", "2000-01-02", "--to", "2000-01-01"]) == 2


def test_import_of_a_bad_file_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    row = {"id": 1, "local_date": "2026-03-02", "slot": "morning", "pain": 11}
    bad.write_text(
        json.dumps({"format": "phtcoach", "version": 1, "tables": {"pain_entries": [row]}})
    )
    root = tmp_path / "d"
    assert main(["import", str(bad), "--data-dir", str(root)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("phtcoach: ") and "nothing was imported" in err
    assert "bad.json: pain_entries row 1" in err
    assert _rows(root, "pain_entries") == 0


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_refused_import_leaves_the_data_folder_as_it_was(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    """It used to take the start-up backup before reading the file (a new backup for each
    refusal), and to create a data folder and an empty database that it then refused to
    fill (the fuzz of tests/reliability/test_fuzz_cli.py found both)."""
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    flag = ["--dry-run"] if dry_run else []
    lock = "phtcoach.lock"  # names its holder: any command may write it
    before = {k: v for k, v in _files(demo).items() if k != lock}
    assert main(["import", str(bad), "--data-dir", str(demo), *flag]) == 2
    assert {k: v for k, v in _files(demo).items() if k != lock} == before
    fresh = tmp_path / "new" / "data"
    assert main(["import", str(bad), "--data-dir", str(fresh), *flag]) == 2
    assert not (tmp_path / "new").exists()
    assert "not valid JSON" in capsys.readouterr().err


def test_hostile_file_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    done = phtcoach("import", str(deep), data_dir=tmp_path / "d")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "nested too deeply" in done.stderr


def test_export_refuses_a_folder_that_holds_files(demo: Path, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    args = ["export", "--out", str(busy), "--format", "csv", "--data-dir", str(demo)]
    assert main(args) == 2
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]


def test_a_refused_import_into_an_empty_folder_keeps_the_lock_file_and_tidies_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tidy-up used to run after the lock was released and delete the lock file too: an
    app starting in between would have had its database and its lock deleted under it."""
    from phtcoach.cli import exchange
    from phtcoach.storage.lock import AlreadyRunningError, InstanceLock

    folder = tmp_path / "empty"
    folder.mkdir()
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    held_while_tidying: list[bool] = []
    tidy = exchange._remove_new

    def watched(root: Path, made: Path | None, before: set[str]) -> None:
        try:
            InstanceLock(paths.lock_path(root)).acquire()
        except AlreadyRunningError:
            held_while_tidying.append(True)
        else:
            held_while_tidying.append(False)
        tidy(root, made, before)

    monkeypatch.setattr(exchange, "_remove_new", watched)
    assert main(["import", str(bad), "--data-dir", str(folder)]) == 2
    assert held_while_tidying == [True]
    assert sorted(p.name for p in folder.iterdir()) == [paths.LOCK_NAME]


def test_a_dry_run_that_upgrades_the_database_keeps_the_pre_upgrade_backup(
    tmp_path: Path,
) -> None:
    """Opening an older database upgrades it after a pre-migration backup; a refused or dry
    import used to delete the new backups folder with that backup in it."""
    from tests.storage.samples import build_db

    root = tmp_path / "data"
    root.mkdir()
    build_db(paths.db_path(root), 1)
    bad = tmp_path / "bad.json"
    bad.write_text("{nope")
    assert main(["import", str(bad), "--data-dir", str(root), "--dry-run"]) == 2
    kept = list((root / "backups").glob("*pre-migration-v1*.sqlite3"))
    assert len(kept) == 1
