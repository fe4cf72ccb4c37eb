"""Whole tables in and out, row by row, for exporting and importing the user's data.

Rows travel in their stored layout (the `rows` codecs' columns plus the key), so an export
read back and written again is the same text. Which tables, in which order, and what keys
them is declared once in `TABLES`; the importer validates every row through the codecs
before `put` is called, inside one `Store.batch()`.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from phtcoach.storage.rows import (
    ACTIVITY_COLS,
    CHECK_COLS,
    MEASURE_COLS,
    PAIN_COLS,
    SESSION_COLS,
    SET_COLS,
)
from phtcoach.storage.sql import Db, Row


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    key: tuple[str, ...]
    cols: tuple[str, ...]

    @property
    def all_cols(self) -> tuple[str, ...]:
        return (*self.key, *self.cols)


# Parents before children, so inserting in this order satisfies the foreign keys. The
# template_exercises links are derived from user_templates and rebuilt, not carried.
TABLES: tuple[TableSpec, ...] = (
    TableSpec("settings", ("key",), ("value",)),
    TableSpec("user_exercises", ("slug",), ("name", "data", "updated_at")),
    TableSpec("user_templates", ("id",), ("name", "data", "updated_at")),
    TableSpec("sessions", ("id",), SESSION_COLS),
    TableSpec("sets", ("id",), SET_COLS),
    TableSpec("pain_entries", ("id",), PAIN_COLS),
    TableSpec("activities", ("id",), ACTIVITY_COLS),
    TableSpec("measures", ("id",), MEASURE_COLS),
    TableSpec("clinician_checks", ("id",), CHECK_COLS),
    TableSpec("note_answers", ("source", "source_id"), ("is_flag", "flags", "recorded_at")),
)
SPECS: dict[str, TableSpec] = {t.name: t for t in TABLES}


class ExchangeRepository:
    """Reads whole tables in key order and inserts rows with their keys kept."""

    def __init__(self, db: Db) -> None:
        self._db = db

    def table(self, name: str) -> builtins.list[Row]:
        spec = SPECS[name]
        return self._db.rows(
            f"SELECT {', '.join(spec.all_cols)} FROM {spec.name} ORDER BY {', '.join(spec.key)}"
        )

    def keys(self, name: str) -> dict[tuple[object, ...], tuple[object, ...]]:
        """Every stored row of a table as key -> values, for the merge's comparisons."""
        spec = SPECS[name]
        n = len(spec.key)
        return {
            tuple(r[c] for c in spec.all_cols[:n]): tuple(r[c] for c in spec.cols)
            for r in self.table(name)
        }

    def put(self, name: str, rows: builtins.list[tuple[object, ...]]) -> None:
        """Insert rows laid out as the spec's `all_cols` (call inside `Store.batch()`)."""
        spec = SPECS[name]
        cols = spec.all_cols
        sql = f"INSERT INTO {spec.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        with self._db.write() as conn:
            conn.executemany(sql, rows)
            if name == "user_templates":
                conn.executemany(
                    "INSERT OR IGNORE INTO template_exercises (template_id, exercise_slug) "
                    "VALUES (?, ?)",
                    [(r[0], s) for r in rows for s in _slugs_of(r[2])],
                )


def _slugs_of(data: object) -> list[str]:
    import json

    parsed = json.loads(str(data))
    blocks = parsed.get("blocks", []) if isinstance(parsed, dict) else []
    return sorted({str(b["exercise"]) for b in blocks if isinstance(b, dict) and "exercise" in b})
