"""Bad paths, dates out of range, a full disk and a closed pipe: one line, the right exit
status, nothing written, never a traceback (PRODUCT.md's command-line contract)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from phtcoach.cli import main
from phtcoach.storage.lock import InstanceLock
from tests.cli.lines import one_line
from tests.cli.runner import child_env

LONG = "a" * 300


def _status(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own refusals
        return int(exc.code or 0)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1999-12-31", "2101-01-01"])
@pytest.mark.parametrize(
    ("command", "flag"),
    [("advice", "--date"), ("export", "--from"), ("export", "--to"), ("report", "--to")],
)
def test_a_day_out_of_range_is_one_line_naming_the_range(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    flag: str,
    day: str,
) -> None:
    capsys.readouterr()
    argv = [command, flag, day, "--data-dir", str(demo)]
    if command != "advice":
        argv += ["--out", str(tmp_path / "out.pdf"), "--format", "json"][
            : 2 if command == "report" else 4
        ]
    assert _status(argv) == 2
    line = one_line(capsys.readouterr().err)
    assert flag in line and "2000-01-01" in line and "2100-12-31" in line
    assert not (tmp_path / "out.pdf").exists()


# --------------------------------------------------------------------------- the data folder


def _bad_dirs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    dbdir = tmp_path / "dbdir"
    (dbdir / "phtcoach.sqlite3").mkdir(parents=True)
    cases = {
        "file": (afile, "is a file, not a folder"),
        "under-a-file": (afile / "sub", "is a file"),
        "db-is-a-folder": (dbdir, "not a database file"),
        "long-name": (tmp_path / LONG, "too long"),
    }
    if Path("/proc").is_dir():
        cases["proc"] = (Path("/proc/phtcoach-test"), "system folder")
    if Path("/dev/null").exists():
        cases["dev-null"] = (Path("/dev/null"), "is a device")
    return cases


@pytest.mark.parametrize(
    "case", ["file", "under-a-file", "db-is-a-folder", "long-name", "proc", "dev-null"]
)
@pytest.mark.parametrize(
    "command",
    [
        ["advice"],
        ["timeline", "iso-5x5"],
        ["templates"],
        ["backup"],
        ["import", "x.json"],
        ["restore", "x.sqlite3"],
        ["export", "--format", "json", "--out", "OUT"],
    ],
)
def test_a_bad_data_dir_is_one_line_for_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, command: list[str]
) -> None:
    cases = _bad_dirs(tmp_path)
    if case not in cases:
        pytest.skip(f"no {case} on this system")
    root, words = cases[case]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    argv = [str(tmp_path / "out.json") if a == "OUT" else a for a in command]
    assert _status([*argv, "--data-dir", str(root)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "--data-dir" in line and words in line, line
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_data_dir_is_refused_before_writing(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    demo.chmod(0o500)
    try:
        assert main(["backup", "--data-dir", str(demo)]) == 2
        assert "not a writable folder" in one_line(capsys.readouterr().err)
    finally:
        demo.chmod(0o700)


def test_an_empty_data_dir_name_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert _status(["backup", "--data-dir", ""]) == 2  # not the user's own data dir
    line = one_line(capsys.readouterr().err)
    assert "--data-dir" in line and "empty" in line


# --------------------------------------------------------------------------- --out


@pytest.mark.parametrize("command", [["demo-data"], ["export", "--format", "json"]])
def test_an_empty_out_writes_nothing_into_the_current_folder(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    capsys.readouterr()
    data = ["--data-dir", str(demo)] if command[0] == "export" else []
    assert _status([*command, "--out", "", *data]) == 2
    assert "--out" in one_line(capsys.readouterr().err)
    assert not list(here.iterdir())


@pytest.mark.parametrize("case", ["file", "under-a-file", "long-name", "proc", "dev-null"])
def test_demo_data_refuses_a_bad_out_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    cases = _bad_dirs(tmp_path)
    if case not in cases:
        pytest.skip(f"no {case} on this system")
    out, words = cases[case]
    assert _status(["demo-data", "--out", str(out), "--weeks", "1"]) == 2
    line = one_line(capsys.readouterr().err)
    assert "--out" in line and words in line, line


def test_demo_data_refuses_a_folder_that_holds_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "full"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    assert main(["demo-data", "--out", str(out), "--weeks", "1"]) == 2
    assert "not empty" in one_line(capsys.readouterr().err)
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_demo_data_refuses_a_locked_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "busy"
    lock = InstanceLock(out / "phtcoach.lock")
    lock.acquire()  # another demo-data (or the app) writing there
    try:
        assert main(["demo-data", "--out", str(out), "--weeks", "1"]) == 2
        assert "phtcoach.lock" in one_line(capsys.readouterr().err)
        assert not (out / "phtcoach.sqlite3").exists()
    finally:
        lock.release()


def test_two_demo_data_at_once_write_one_history(tmp_path: Path) -> None:
    out = tmp_path / "race"
    env = child_env()
    argv = [sys.executable, "-m", "phtcoach", "demo-data", "--out", str(out), "--weeks", "26"]
    procs = [
        subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for _ in range(2)
    ]
    done = [(p.wait(timeout=120), p.communicate()) for p in procs]
    assert sorted(status for status, _ in done) == [0, 2], done
    refused = next(err for status, (_, err) in done if status == 2)
    assert "Traceback" not in refused and len(refused.strip().splitlines()) == 1
    wrote = next(out_text for status, (out_text, _) in done if status == 0)
    sessions = int(wrote.split(": ")[-1].split(" sessions")[0])  # "...: 166 sessions, ..."
    con = sqlite3.connect(out / "phtcoach.sqlite3")
    try:
        assert con.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == sessions
    finally:
        con.close()


# --------------------------------------------------------------------------- what is printed


def test_a_file_name_that_is_not_utf8_is_printed_not_a_traceback(
    demo: Path, tmp_path: Path
) -> None:
    """A desktop's UTF-8 locale makes stdout strict: printing the name of the file written
    ("exported JSON to caf\\xe9.json") once failed after the file was written."""
    out = os.fsencode(tmp_path) + b"/caf\xe9.json"
    env = child_env({"PYTHONIOENCODING": "utf-8:strict"})
    argv = [sys.executable, "-m", "phtcoach", "export", "--format", "json"]
    done = subprocess.run(
        [*argv, "--data-dir", str(demo), "--out", out], capture_output=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert out in done.stdout  # the very bytes it was given
    assert os.path.exists(out)


def test_a_number_too_long_is_named_once_and_briefly(capsys: pytest.CaptureFixture[str]) -> None:
    assert _status(["demo-data", "--out", "x", "--weeks", "9" * 5000]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.count("--weeks") == 1 and "1 to 520" in line and len(line) < 200, line


def test_a_data_folder_whose_name_is_not_utf8(tmp_path: Path) -> None:
    """SQLite reports the database's file name as bytes; reading it as UTF-8 once failed
    every new database in such a folder ("Could not decode to UTF-8 column 'file'")."""
    root = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9")
    assert main(["demo-data", "--out", root, "--weeks", "1"]) == 0
    assert main(["backup", "--data-dir", root]) == 0
    assert main(["advice", "--date", "2026-03-02", "--data-dir", root]) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
@pytest.mark.parametrize(
    "command", [["export", "--format", "json"], ["export", "--format", "csv"], ["report"]]
)
def test_an_out_that_is_a_device_is_refused_not_replaced(
    demo: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    qapp: object,  # the report's QGuiApplication would stand in for the widgets' QApplication
) -> None:
    """The file is renamed over its target at the end: `report --out /dev/null` as root once
    replaced the device itself with a PDF (a named pipe stands in for it here)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    capsys.readouterr()
    assert _status([*command, "--out", str(fifo), "--data-dir", str(demo)]) == 2
    assert "is a device" in one_line(capsys.readouterr().err)
    assert fifo.is_fifo()
    assert _status([*command, "--out", "/dev/phtcoach-out", "--data-dir", str(demo)]) == 2
    assert "system folder" in one_line(capsys.readouterr().err)
    assert not Path("/dev/phtcoach-out").exists()
