"""The command-line contract of PRODUCT.md: outputs, exit codes, one-line messages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from phtcoach import __version__
from phtcoach.cli import main
from phtcoach.core.clock import SystemClock
from phtcoach.storage.backup import list_backups
from phtcoach.storage.lock import InstanceLock
from phtcoach.storage.repository import open_store
from tests.cli.lines import one_line
from tests.cli.runner import child_env, phtcoach

run = phtcoach  # the real command in a fresh interpreter


# --------------------------------------------------------------------------- basics


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"phtcoach {__version__}"


def test_unknown_option_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--frobnicate"])
    assert exc.value.code == 2
    assert "--frobnicate" in one_line(capsys.readouterr().err)


# --------------------------------------------------------------------------- timeline / templates


def test_timeline_json_shape(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "iso-5x5", "--json", "--data-dir", str(data_dir)]) == 0
    tl = json.loads(capsys.readouterr().out)
    assert set(tl) == {"template", "total_s", "phases", "cues"}
    assert tl["template"] == "iso-5x5"
    assert tl["total_s"] == 155.0
    holds = [p for p in tl["phases"] if p["kind"] == "hold"]
    assert len(holds) == 10
    assert all(p["duration_s"] == 5.0 and p["side"] == "left" for p in holds)
    assert set(tl["phases"][0]) == {
        "start_s",
        "duration_s",
        "kind",
        "exercise",
        "set",
        "rep",
        "side",
    }
    assert set(tl["cues"][0]) == {"at_s", "sound", "say"}
    assert not list(data_dir.iterdir()), "timeline must not create a database"


def test_timeline_side_and_text(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["timeline", "iso-5x15", "--side", "right", "--json", "--data-dir", str(data_dir)])
        == 0
    )
    tl = json.loads(capsys.readouterr().out)
    assert {p["side"] for p in tl["phases"]} == {"right"}
    assert main(["timeline", "iso-5x5", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "iso-5x5" in out and "hold" in out and "02:35" in out


def test_timeline_uses_the_side_from_settings(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    store = open_store(data_dir, SystemClock())
    store.settings.save(replace(store.settings.load(), affected_side="right"))  # type: ignore[arg-type]
    store.close()
    assert main(["timeline", "iso-5x5", "--json", "--data-dir", str(data_dir)]) == 0
    assert {p["side"] for p in json.loads(capsys.readouterr().out)["phases"]} == {"right"}


def test_unknown_template_names_it_and_exits_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["timeline", "no-such-thing", "--data-dir", str(data_dir)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "no-such-thing" in line and "iso-5x5" in line


def test_bad_side_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["timeline", "iso-5x5", "--side", "up"])
    assert exc.value.code == 2
    assert "--side" in one_line(capsys.readouterr().err)


def test_templates_lists_the_ladder_with_lengths(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    out = capsys.readouterr().out.splitlines()
    ids = [line.split()[0] for line in out]
    for tid in ("iso-5x5", "iso-5x15", "eccentric-10s", "eccentric-10s-loaded", "hsr-5-5"):
        assert tid in ids
    assert len(ids) >= 12
    iso = next(line for line in out if line.startswith("iso-5x5 "))
    assert "02:35" in iso and "built-in" in iso


# --------------------------------------------------------------------------- demo-data


@pytest.mark.parametrize(
    ("flag", "value"), [("--weeks", "0"), ("--weeks", "521"), ("--seed", "-1")]
)
def test_demo_data_rejects_bad_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    out = tmp_path / "demo"
    with pytest.raises(SystemExit) as exc:
        main(["demo-data", "--out", str(out), flag, value])
    assert exc.value.code == 2
    line = one_line(capsys.readouterr().err)
    assert flag in line
    assert not out.exists()


def _dump(db: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        rows: list[tuple[object, ...]] = []
        for table in ("sessions", "sets", "pain_entries", "activities", "measures"):
            rows += con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        return rows
    finally:
        con.close()


def test_demo_data_is_reproducible_and_refuses_an_existing_db(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["demo-data", "--out", str(a), "--weeks", "3", "--seed", "7"]) == 0
    assert main(["demo-data", "--out", str(b), "--weeks", "3", "--seed", "7"]) == 0
    assert "3 weeks" in capsys.readouterr().out
    rows = _dump(a / "phtcoach.sqlite3")
    assert len(rows) > 30
    assert rows == _dump(b / "phtcoach.sqlite3")
    before = (a / "phtcoach.sqlite3").read_bytes()
    assert main(["demo-data", "--out", str(a)]) == 2
    assert "already holds a database" in one_line(capsys.readouterr().err)
    assert (a / "phtcoach.sqlite3").read_bytes() == before


# --------------------------------------------------------------------------- backup / restore


def test_backup_and_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "d"
    assert main(["demo-data", "--out", str(root), "--weeks", "1"]) == 0
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(root)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    assert backup.exists() and backup in list_backups(root / "backups")
    store = open_store(root, SystemClock(), auto_backup=False)
    n = len(store.diary.pain_entries())
    store.diary.delete_pain(store.diary.pain_entries()[0].id or 0)
    store.close()
    assert main(["restore", str(backup), "--data-dir", str(root)]) == 0
    assert "restored" in capsys.readouterr().out
    store = open_store(root, SystemClock(), auto_backup=False)
    assert len(store.diary.pain_entries()) == n
    store.close()


def test_restore_of_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["restore", str(tmp_path / "nope.sqlite3"), "--data-dir", str(tmp_path)]) == 2
    assert "does not exist" in one_line(capsys.readouterr().err)


def test_restore_of_a_garbage_file_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    root = tmp_path / "d"
    assert main(["restore", str(junk), "--data-dir", str(root)]) == 2
    assert str(junk) in one_line(capsys.readouterr().err)
    assert not (root / "phtcoach.sqlite3").exists()


def test_backup_refuses_while_the_app_holds_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "d"
    assert main(["demo-data", "--out", str(root), "--weeks", "1"]) == 0
    capsys.readouterr()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom phtcoach.storage.lock import InstanceLock\n"
            f"InstanceLock(__import__('pathlib').Path({str(root / 'phtcoach.lock')!r})).acquire()\n"
            "print('locked', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    with child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "locked"
            assert main(["backup", "--data-dir", str(root)]) == 2
            assert "close PHT Coach first" in one_line(capsys.readouterr().err)
        finally:
            child.kill()


def test_advice_json_on_demo_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "d"
    assert main(["demo-data", "--out", str(root), "--weeks", "4"]) == 0
    capsys.readouterr()
    assert main(["advice", "--json", "--data-dir", str(root)]) == 0
    advice = json.loads(capsys.readouterr().out)
    assert set(advice) == {"date", "level", "findings", "next_step"}
    assert advice["level"] in ("green", "pending", "amber", "red")
    assert all({"rule", "level", "message", "values"} <= set(f) for f in advice["findings"])


def test_advice_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["advice", "--date", "2026-13-40"])
    assert exc.value.code == 2
    assert "--date" in one_line(capsys.readouterr().err)


# --------------------------------------------------------------------------- the app process


def test_self_test_prints_one_json_line(tmp_path: Path) -> None:
    proc = run("--self-test", "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1
    result = json.loads(lines[0])
    assert result["ok"] is True
    assert result["schema"] >= 1
    assert result["db"] == str(tmp_path / "d" / "phtcoach.sqlite3")
    assert result["startup_ms"] > 0
    assert result["templates"] >= 12
    assert result["audio"] in ("ok", "visual-only")


def test_self_test_reports_a_held_lock(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    lock = InstanceLock(root / "phtcoach.lock")
    lock.acquire()
    try:
        proc = run("--self-test", "--data-dir", str(root))
    finally:
        lock.release()
    assert proc.returncode == 1
    result = json.loads(proc.stdout.strip())
    assert result["ok"] is False
    assert "phtcoach.lock" in result["error"]


def test_self_test_refuses_a_newer_schema_without_touching_it(tmp_path: Path) -> None:
    root = tmp_path / "d"
    root.mkdir()
    db = root / "phtcoach.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 999")
    con.close()
    before = db.read_bytes()
    proc = run("--self-test", "--data-dir", str(root))
    assert proc.returncode == 1
    assert "newer" in json.loads(proc.stdout)["error"].lower()
    assert db.read_bytes() == before


def test_start_with_an_unknown_template_exits_2_before_any_window(tmp_path: Path) -> None:
    proc = run("--start", "nope", "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 2
    assert "nope" in one_line(proc.stderr)
    assert not (tmp_path / "d" / "phtcoach.sqlite3").exists()


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    root = tmp_path / "env-d"
    proc = run("--self-test", env={"PHTCOACH_DATA_DIR": str(root)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["db"] == str(root / "phtcoach.sqlite3")
