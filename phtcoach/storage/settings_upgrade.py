"""The stored settings' own version and the steps that upgrade them, one per version.

The schema (`migrations`) says which tables exist; this says what the rows of `settings`
mean. A new field needs no step (a missing row reads as its default), but a default that
would change how an *existing* install behaves does: reminders that start notifying after
an update nobody asked for, say. Picard's `config_upgrade.py` is the model: each step is a
function registered for the version it produces, run in order, idempotent, logged, each
with its own test.

Versions:
- 1: every install before settings had a version (no `settings_version` row in `kv`).
- 2: the desktop's settings (theme, font scale, language, reminders, tray, output device,
  rests). An install that already holds data keeps reminders off and the system's language;
  a new install gets the defaults.

The version lives in `kv`, not in `settings`: it describes the database, is not a user's
choice, and must not travel with an export. A version newer than this app knows is left as
it is (a later build wrote it); the repository reads what it can and skips the rest.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Mapping

from phtcoach.storage.db import transaction

log = logging.getLogger(__name__)

VERSION_KEY = "settings_version"
FIRST_VERSION = 1  # what an install without a version row holds
SETTINGS_VERSION = 2  # what this app writes

Step = Callable[[sqlite3.Connection], None]

# Tables whose rows mean someone used the app before (UI state in kv does not count).
_USED_TABLES = ("settings", "sessions", "pain_entries", "activities", "measures")


def stored_version(conn: sqlite3.Connection) -> int:
    """The settings version of this database; 1 when it has none (or one unreadable)."""
    row = conn.execute("SELECT value FROM kv WHERE key = ?", (VERSION_KEY,)).fetchone()
    if row is None:
        return FIRST_VERSION
    try:
        return max(FIRST_VERSION, int(row[0]))
    except (TypeError, ValueError):
        log.warning("settings version %r unreadable: upgrading from version 1", row[0])
        return FIRST_VERSION


def _set_version(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(
        "INSERT INTO kv (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (VERSION_KEY, str(version)),
    )


def _has_row(conn: sqlite3.Connection, key: str) -> bool:
    return conn.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is not None


def _put_if_absent(conn: sqlite3.Connection, key: str, value: object) -> bool:
    """Store `value` for `key` unless the user already has one; True if written."""
    if _has_row(conn, key):
        return False
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value, allow_nan=False))
    )
    return True


def was_used(conn: sqlite3.Connection) -> bool:
    """Whether anyone used this install: settings saved, a session or a diary entry."""
    union = " UNION ALL ".join(f"SELECT 1 FROM {t}" for t in _USED_TABLES)
    return bool(conn.execute(f"SELECT EXISTS ({union})").fetchone()[0])


def upgrade_to_2(conn: sqlite3.Connection) -> None:
    """Version 1 had no reminders and always followed the system's language.

    An existing install keeps that behaviour: reminders off until the user turns them on
    (an update must not start notifying unasked), the language the system's. Everything
    else version 2 added defaults to what version 1 did (follow the system's theme, font
    at 100 %, the default output, a 10 s side switch, no extra rest, quit on close), and
    every value version 1 stored is read the same way with the same ranges, so nothing
    else moves. A new install (nothing stored) gets the defaults, reminders on.
    """
    if not was_used(conn):
        return
    if _put_if_absent(conn, "reminders", False):
        log.info("settings v2: an existing install keeps reminders off")
    _put_if_absent(conn, "language", "system")


STEPS: dict[int, Step] = {2: upgrade_to_2}
"""Each step by the version it produces; `SETTINGS_VERSION` is the last."""


def check_steps(steps: Mapping[int, Step], newest: int) -> None:
    """A step for every version after the first, and none beyond the newest."""
    if sorted(steps) != list(range(FIRST_VERSION + 1, newest + 1)):
        raise ValueError(f"settings steps must produce 2..{newest}, not {sorted(steps)}")


check_steps(STEPS, SETTINGS_VERSION)


def upgrade_settings(
    conn: sqlite3.Connection,
    *,
    steps: Mapping[int, Step] = STEPS,
    newest: int = SETTINGS_VERSION,
) -> int:
    """Run the pending steps in order, in one transaction with the version bump.

    Returns the version the settings are at afterwards. Re-running is a no-op; a version
    newer than `newest` is left untouched (logged) rather than downgraded.
    """
    current = stored_version(conn)
    if current > newest:
        log.info(
            "settings version %d is newer than this app's %d: left as it is, "
            "reading the settings this version knows",
            current,
            newest,
        )
        return current
    pending = [v for v in sorted(steps) if current < v <= newest]
    stamped = conn.execute("SELECT 1 FROM kv WHERE key = ?", (VERSION_KEY,)).fetchone()
    if not pending and stamped is not None:
        return current
    with transaction(conn):
        for version in pending:
            log.info("upgrading settings to version %d", version)
            steps[version](conn)
        _set_version(conn, newest)
    return newest
