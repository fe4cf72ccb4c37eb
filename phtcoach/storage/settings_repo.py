"""The user's settings and small UI state (window geometry, last tab) in the database.

Settings are stored one JSON row per field, read back over the defaults, so a new field
needs no migration and a value a later version no longer accepts cannot stop the app
from starting.
"""

from __future__ import annotations

import json
from dataclasses import fields
from enum import Enum
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import Settings, check_text
from phtcoach.storage.sql import Db


class SettingsRepository:
    """Settings as one JSON row per field, so adding a field needs no migration."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def load(self) -> Settings:
        """Stored settings over the defaults; unknown keys and values now invalid are skipped.

        A value the model no longer accepts (a range tightened in a later version) falls
        back to its default instead of stopping the app from starting.
        """
        known = {f.name for f in fields(Settings)}
        values: dict[str, Any] = {}
        for row in self._db.rows("SELECT key, value FROM settings ORDER BY key"):
            key = row["key"]
            if key not in known:
                continue
            candidate = {**values, key: json.loads(row["value"])}
            try:
                Settings(**candidate)
            except (ValidationError, TypeError):
                continue
            values = candidate
        return Settings(**values)

    def save(self, settings: Settings) -> None:
        rows = [
            (f.name, json.dumps(_plain(getattr(settings, f.name)), allow_nan=False))
            for f in fields(Settings)
        ]
        with self._db.write() as conn:
            conn.executemany(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )

    def get_value(self, key: str, default: str | None = None) -> str | None:
        """Small UI state (window geometry, last tab) that is not a setting."""
        row = self._db.one("SELECT value FROM kv WHERE key = ?", (key,))
        return default if row is None else str(row["value"])

    def set_value(self, key: str, value: str) -> None:
        check_text("kv.key", key, 200, required=True)
        check_text("kv.value", value, 1_000_000)
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO kv (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value
