"""The disk fills up in the middle of a session: no set is lost, the floor says so in plain
words, and every set is saved once there is room again.

Two variants:
- the real app (tests/reliability/session_app.py, which writes the floor's notices to its
  log) on a data dir inside a small tmpfs that a filler file fills once the session has
  started; the filler goes after the last set, and the app's retry timer saves the sets;
- in process, the runner on a store whose disk fills up (every write fails with SQLite's
  own SQLITE_FULL) and empties again: the notice's words, the sets kept on screen, and the
  notice gone once they are saved.

SQLite may reuse room it already has (a WAL file that need not grow), so a full disk does
not always fail the next write: the real-disk variant records which sets actually hit it.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.core.clock import SystemClock
from phtcoach.core.engine import EngineState
from phtcoach.core.model import SessionStatus
from phtcoach.demo_data import make_demo_dir
from phtcoach.storage import sql
from phtcoach.storage.repository import open_store
from tests.e2e.runner_app import SESSION_STARTED, SET_SAVED, run_app
from tests.gui.runner_helpers import QT_NOISE, Rig, make_rig
from tests.reliability.figures import Row
from tests.tiny_disk import fill, tmpfs

SCALE = 20.0  # iso-5x5: set 1 ends 2.5 s after the start, set 2 at 7.75 s
SET_ENDS_S = (50.0, 155.0)
TMPFS_SIZE = "8m"
NOT_SAVED = re.compile(r"set not saved yet \((\d+) pending\)")
FULL_NOTICE = re.compile(r"floor notice: .*the disk is full")
FINISHED = re.compile(r"session finished id=(\d+)")
EXITED = re.compile(r"exit status (\d+)")

# When the filler fills the disk: once the session has started (both sets and the closing
# meet a full disk), or once set 1 is saved (set 2 and the closing).
FAST_ROUNDS = ("at the start",)
FULL_ROUNDS = ("at the start", "after set 1", "at the start", "after set 1")


# --------------------------------------------------------------------------- real disk


def run_round(data: Path, disk: Path, when: str) -> dict[str, Any]:
    """One session on `data` whose disk fills `when`; the filler goes after the last set."""
    with run_app(
        data, "--start", "iso-5x5", "--scale", str(SCALE), module="tests.reliability.session_app"
    ) as app:
        started_at, m = app.wait_for(SESSION_STARTED, timeout=60)
        session_id = int(m.group(1))
        if when == "after set 1":
            app.wait_for(SET_SAVED, timeout=30)
        filler = fill(disk)
        free_when_full = shutil.disk_usage(disk).free
        saved_before_full = len(app.saved_set_ids())
        # Every set has ended, and the closing was tried, before the room comes back.
        time.sleep(max(0.0, started_at + SET_ENDS_S[-1] / SCALE + 1.0 - time.monotonic()))
        saved_while_full = len(app.saved_set_ids()) - saved_before_full
        saved_before_room = len(app.saved_set_ids())
        notices = [line for line in app.text().splitlines() if FULL_NOTICE.search(line)]
        hit = max((int(n) for n in NOT_SAVED.findall(app.text())), default=0)
        filler.unlink()
        app.wait_for(EXITED, timeout=60)  # the retry timer saved them, the session closed
        app.proc.wait(timeout=30)
        status = app.proc.returncode
        text = app.text()
    return {
        "when": when,
        "session": session_id,
        "status": status,
        "saved_while_full": saved_while_full,
        "saved_before_room": saved_before_room,
        "hit": hit,
        "notices": notices,
        "free_when_full": free_when_full,
        "logged": [int(x) for x in SET_SAVED.findall(text)],
        "finished": bool(FINISHED.search(text)),
        "text": text,
    }


@pytest.mark.e2e
def test_a_full_disk_mid_session_loses_no_set(
    tmp_path: Path, full: bool, row: Callable[..., Row]
) -> None:
    started = time.monotonic()
    rounds = FULL_ROUNDS if full else FAST_ROUNDS
    with tmpfs(tmp_path / "disk", TMPFS_SIZE) as disk:
        data = disk / "data"
        make_demo_dir(data, weeks=4, seed=7, clock=SystemClock())
        results = [run_round(data, disk, when) for when in rounds]
        with closing(sqlite3.connect(paths.db_path(data))) as conn:
            integrity = conn.execute("PRAGMA integrity_check").fetchall()
        with open_store(data, SystemClock(), auto_backup=False) as store:
            stored = {r["session"]: store.sessions.sets(r["session"]) for r in results}
            statuses = {r["session"]: store.sessions.get(r["session"]).status for r in results}
    wall = time.monotonic() - started

    lost = 0
    for r in results:
        assert r["status"] == 0, r["text"]
        assert r["finished"], r["text"]
        sets = stored[r["session"]]
        assert [s.set_no for s in sets] == [1, 2], r["text"]
        assert {s.id for s in sets} == set(r["logged"])
        assert statuses[r["session"]] is SessionStatus.COMPLETED
        if r["hit"]:  # the floor said why, in plain words, and nothing else about SQLite
            assert r["notices"], r["text"]
            assert not any("database or disk is full" in n for n in r["notices"])
        lost += 2 - len(sets)
    assert integrity == [("ok",)]
    hit = sum(r["hit"] for r in results)
    assert hit >= 1, "no set met the full disk: the test proved nothing"

    out = row(
        "disk-full",
        "Disk full mid-session",
        "no set lost, a clear message, saves again once space returns",
    )
    out.add(
        f"real app on a tmpfs of {TMPFS_SIZE[:-1]} MB, iso-5x5 at {SCALE:g}x; {len(results)} "
        f"sessions, the disk filled {', '.join(rounds)} (free then: "
        f"{max(x['free_when_full'] for x in results)} bytes)"
    )
    out.add(
        f"sets that hit the full disk: {hit}; saved anyway while full (room SQLite already "
        f"had): {sum(x['saved_while_full'] for x in results)}; saved after space returned: "
        f"{sum(len(stored[x['session']]) - x['saved_before_room'] for x in results)}; "
        f"lost: {lost}"
    )
    notices = [
        part
        for x in results
        for n in x["notices"]
        for part in n.split("floor notice: ", 1)[1].split(" | ")
        if "disk is full" in part
    ]
    out.add(f"the floor said: “{notices[0] if notices else '(nothing)'}”")
    out.add(
        f"sessions completed once the space returned: "
        f"{sum(s is SessionStatus.COMPLETED for s in statuses.values())}/{len(results)}; "
        f"integrity_check: {integrity[0][0]}; wall time: {wall:.0f} s"
    )
    print("\n".join(out.figures))  # shown with -s
    for x in results:
        print(x["when"], "hit", x["hit"], "saved while full", x["saved_while_full"])


# --------------------------------------------------------------------------- in process


def sqlite_full() -> sqlite3.OperationalError:
    """SQLite's own SQLITE_FULL error ("database or disk is full"), as a full disk raises it."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    except sqlite3.OperationalError as e:
        return e
    finally:
        conn.close()
    raise AssertionError("SQLite found room on a disk of one page")


class FillingDisk:
    """The store's connection on a disk that fills up: while `full`, every statement that
    writes fails with SQLITE_FULL, and nothing of it is written; reads go on."""

    WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.full = False
        self.refused = 0

    def execute(self, sql_text: str, *args: Any) -> sqlite3.Cursor:
        if self.full and sql_text.lstrip().upper().startswith(self.WRITES):
            self.refused += 1
            raise sqlite_full()
        return self._conn.execute(sql_text, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def engine_state(rig: Rig) -> EngineState:
    state: EngineState = rig.engine.state
    return state


@QT_NOISE
def test_the_floor_says_the_disk_is_full_and_saves_once_there_is_room(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, row: Callable[..., Row]
) -> None:
    rig = make_rig(qtbot, data_dir)
    try:
        disk = FillingDisk(rig.store.conn)
        monkeypatch.setattr(rig.store._db, "conn", disk)
        monkeypatch.setattr(sql, "free_bytes", lambda _where: 3_200_000)
        r = rig.runner
        r.load("iso-5x5")
        rig.key(Qt.Key.Key_Space)
        disk.full = True
        rig.advance(50)  # set 1 ends on the full disk
        notice = r.floor.notice.text()
        assert "1 set not saved: the disk is full (3.2 MB free)" in notice, notice
        assert "Free some space to save it" in notice
        assert "database or disk is full" not in notice and "sqlite3" not in notice
        assert engine_state(rig) is EngineState.RUNNING  # coaching goes on mid-session
        rig.advance(105)  # set 2 ends, and the session, still on the full disk
        assert engine_state(rig) is EngineState.FINISHED
        notice = r.floor.notice.text()
        assert "2 sets not saved: the disk is full (3.2 MB free)" in notice, notice
        assert rig.store.sessions.sets(rig.session_id) == []
        assert rig.store.sessions.get(rig.session_id).status is SessionStatus.IN_PROGRESS
        r.retry_pending()  # the retry timer, while the disk is still full
        assert "2 sets not saved" in r.floor.notice.text()
        full_notice = notice
        disk.full = False  # space returns
        r.retry_pending()
        sets = rig.store.sessions.sets(rig.session_id)
        assert [s.set_no for s in sets] == [1, 2]
        assert rig.store.sessions.get(rig.session_id).status is SessionStatus.COMPLETED
        assert "disk is full" not in r.floor.notice.text()
        assert "not saved" not in r.floor.notice.text()
    finally:
        rig.runner.shutdown()
        rig.store.close()
    out = row(
        "disk-full-notice",
        "Disk full mid-session: what the floor says",
        "the notice names the problem in plain words and goes once the sets are saved",
    )
    out.add(f"writes refused with SQLITE_FULL while the disk was full: {disk.refused}")
    out.add(f"the floor said: “{full_notice}”")
    out.add(f"sets kept on screen and saved once there was room: {len(sets)}; lost: 0")
