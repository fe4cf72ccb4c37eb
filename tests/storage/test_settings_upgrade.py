"""Versioned settings: every earlier version upgrades, each step has its test, none downgrades."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from phtcoach import paths
from phtcoach.core.model import Settings
from phtcoach.core.settings import Language
from phtcoach.storage.db import connect
from phtcoach.storage.migrations import SCHEMA_VERSION, migrate
from phtcoach.storage.repository import open_store
from phtcoach.storage.settings_upgrade import (
    SETTINGS_VERSION,
    STEPS,
    VERSION_KEY,
    check_steps,
    stored_version,
    upgrade_settings,
    upgrade_to_2,
)
from tests.fakes import FakeClock
from tests.storage.samples import V1_ROWS

# What a version-1 app stored: one JSON row per field it had (it saved them all at once).
V1_SETTINGS = {
    "affected_side": "right",
    "affected_first": False,
    "acceptable_ceiling": 4,
    "response_window_h": 30,
    "baseline_days": 7,
    "hold_sessions_after_red": 2,
    "spike_warn_pct": 30,
    "red_margin": 1,
    "red_above": 5,
    "trend_step": 1,
    "stage_green_days": 7,
    "baseline_min_mornings": 3,
    "morning_test": "sl_bridge_3",
    "lead_in_s": 8,
    "voice": False,
    "ticks": True,
    "volume": 65,
    "flash": False,
    "units": "lb",
    "backups_keep": 12,
    "current_template": "iso-5x15",
}


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = connect(tmp_path / "db.sqlite3")
    migrate(c)
    yield c
    c.close()


def _v1(conn: sqlite3.Connection, *, diary: bool = True) -> None:
    """A database as a version-1 app left it: its settings, a session and a diary."""
    conn.execute("BEGIN")
    if diary:
        for sql, params in V1_ROWS:
            if "INSERT INTO settings" not in sql:
                conn.execute(sql, params)
    for key, value in V1_SETTINGS.items():
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))
    conn.execute("COMMIT")


def _settings_rows(conn: sqlite3.Connection) -> dict[str, object]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM settings")}


def _load(conn: sqlite3.Connection, tmp_path: Path) -> Settings:
    from phtcoach.storage.settings_repo import SettingsRepository
    from phtcoach.storage.sql import Db

    return SettingsRepository(Db(conn, tmp_path)).load()


def test_the_steps_run_one_per_version_up_to_the_newest() -> None:
    check_steps(STEPS, SETTINGS_VERSION)
    assert SETTINGS_VERSION == 2
    with pytest.raises(ValueError, match="settings steps"):
        check_steps({3: upgrade_to_2}, 3)


def test_v1_with_data_upgrades_to_v2_keeping_every_value(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    _v1(conn)
    assert stored_version(conn) == 1
    assert upgrade_settings(conn) == 2
    assert stored_version(conn) == 2
    rows = _settings_rows(conn)
    assert {k: rows[k] for k in V1_SETTINGS} == V1_SETTINGS  # nothing version 1 chose moved
    s = _load(conn, tmp_path)
    assert s.reminders is False  # an update never starts notifying unasked
    assert s.language is Language.SYSTEM
    assert (s.volume, s.lead_in_s, s.units.value, s.affected_side.value) == (65, 8, "lb", "right")
    assert (s.switch_sides_s, s.rest_extra_s, s.output_device) == (10, 0, "")  # as v1 ran


def test_v1_with_only_settings_saved_counts_as_used(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    _v1(conn, diary=False)
    upgrade_settings(conn)
    assert _load(conn, tmp_path).reminders is False


def test_an_empty_database_gets_the_defaults_and_the_version(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    assert upgrade_settings(conn) == 2
    assert _settings_rows(conn) == {}
    assert stored_version(conn) == 2
    assert _load(conn, tmp_path) == Settings()  # reminders on for a new install


def test_rerunning_is_a_no_op(conn: sqlite3.Connection) -> None:
    _v1(conn)
    upgrade_settings(conn)
    before = (_settings_rows(conn), list(conn.execute("SELECT key, value FROM kv")))
    assert upgrade_settings(conn) == 2
    assert (_settings_rows(conn), list(conn.execute("SELECT key, value FROM kv"))) == before
    upgrade_to_2(conn)  # the step itself is idempotent too
    assert _settings_rows(conn) == before[0]


def test_a_user_who_turned_reminders_on_keeps_them(conn: sqlite3.Connection) -> None:
    _v1(conn)
    conn.execute("INSERT INTO settings (key, value) VALUES ('reminders', 'true')")
    conn.execute("INSERT INTO settings (key, value) VALUES ('language', '\"de\"')")
    upgrade_to_2(conn)
    assert _settings_rows(conn)["reminders"] is True
    assert _settings_rows(conn)["language"] == "de"


def test_step_2_on_an_unused_install_writes_nothing(conn: sqlite3.Connection) -> None:
    upgrade_to_2(conn)
    assert _settings_rows(conn) == {}


def test_a_newer_version_is_left_untouched_and_read_as_far_as_known(
    conn: sqlite3.Connection, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _v1(conn)
    conn.execute("INSERT INTO kv (key, value) VALUES (?, '7')", (VERSION_KEY,))
    conn.execute("INSERT INTO settings (key, value) VALUES ('a_future_field', '1')")
    before = _settings_rows(conn)
    with caplog.at_level(logging.INFO, logger="phtcoach.storage.settings_upgrade"):
        assert upgrade_settings(conn) == 7
    assert "newer than this app's 2" in caplog.text
    assert stored_version(conn) == 7
    assert _settings_rows(conn) == before  # not downgraded, not "upgraded" either
    assert _load(conn, tmp_path).volume == 65  # what this version knows is still read


def test_an_unreadable_version_upgrades_from_1(conn: sqlite3.Connection) -> None:
    _v1(conn)
    conn.execute("INSERT INTO kv (key, value) VALUES (?, 'two')", (VERSION_KEY,))
    assert stored_version(conn) == 1
    assert upgrade_settings(conn) == 2
    assert _settings_rows(conn)["reminders"] is False


def test_a_failing_step_leaves_the_settings_and_version_as_they_were(
    conn: sqlite3.Connection,
) -> None:
    _v1(conn)

    def boom(c: sqlite3.Connection) -> None:
        c.execute("INSERT INTO settings (key, value) VALUES ('volume_x', '1')")
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(sqlite3.OperationalError):
        upgrade_settings(conn, steps={2: upgrade_to_2, 3: boom}, newest=3)
    assert stored_version(conn) == 1
    assert "reminders" not in _settings_rows(conn)


def test_steps_run_in_order(conn: sqlite3.Connection) -> None:
    ran: list[int] = []
    steps = {v: (lambda c, v=v: ran.append(v)) for v in (4, 2, 3)}
    assert upgrade_settings(conn, steps=steps, newest=4) == 4
    assert ran == [2, 3, 4]


def test_open_store_upgrades_a_v1_install(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    c = connect(paths.db_path(root))
    migrate(c, target=SCHEMA_VERSION)
    _v1(c)
    c.close()
    store = open_store(root, FakeClock())
    try:
        s = store.settings.load()
        assert (s.reminders, s.volume) == (False, 65)
        assert store.settings.get_value(VERSION_KEY) == "2"
    finally:
        store.close()
    # The backup taken at start holds the settings as version 1 left them.
    backups = sorted(paths.backup_dir(root).glob("*"))
    assert backups
    b = sqlite3.connect(backups[-1])
    try:
        assert b.execute("SELECT 1 FROM kv WHERE key = ?", (VERSION_KEY,)).fetchone() is None
    finally:
        b.close()


def test_a_new_data_dir_gets_reminders_on(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new", FakeClock())
    try:
        assert store.settings.load().reminders is True
        assert not store.has_data()  # the version row is not user data
    finally:
        store.close()
