"""The diary: pain check-ins, activities and other measures, with undo-safe deletes.

The three record types share the same four verbs (add, update, delete, restore) over the
same kind of table, so one generic table class serves them all and `DiaryRepository`
only names the verbs for each type.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Generic, TypeVar

from phtcoach.core.model import (
    Activity,
    ClinicianCheck,
    Measure,
    NoteAnswer,
    PainEntry,
    RedFlag,
)
from phtcoach.storage.rows import (
    ACTIVITY_COLS,
    CHECK_COLS,
    MEASURE_COLS,
    PAIN_COLS,
    activity_from_row,
    activity_row,
    check_from_row,
    check_row,
    day_bound,
    enum_names,
    from_text,
    measure_from_row,
    measure_row,
    pain_from_row,
    pain_row,
    time_bound,
    to_text,
)
from phtcoach.storage.sql import Db, Row, insert_sql, require_id, update_sql
from phtcoach.storage.trusted_rows import trusted_activity, trusted_pain

R = TypeVar("R", PainEntry, Activity, Measure, ClinicianCheck)


class _DiaryTable(Generic[R]):
    """The four diary verbs for one record type; ids are never reused (AUTOINCREMENT).

    That is what makes undo safe: a deleted entry can be put back under its old id even
    after other entries were added in between.
    """

    def __init__(
        self,
        db: Db,
        table: str,
        label: str,
        cols: tuple[str, ...],
        to_row: Callable[[R], tuple[object, ...]],
        from_row: Callable[[Row], R],
    ) -> None:
        self._db = db
        self._table = table
        self._label = label
        self._cols = cols
        self._to_row: Callable[[R], tuple[object, ...]] = to_row
        self._from_row: Callable[[Row], R] = from_row
        self._select = f"SELECT id, {', '.join(cols)} FROM {table}"

    def add(self, entry: R) -> R:
        with self._db.write() as conn:
            cur = conn.execute(insert_sql(self._table, self._cols), self._to_row(entry))
        return replace(entry, id=cur.lastrowid)

    def update(self, entry: R) -> R:
        entry_id = require_id(f"{self._label}.id", entry.id)
        with self._db.write() as conn:
            cur = conn.execute(
                update_sql(self._table, self._cols), (*self._to_row(entry), entry_id)
            )
            if cur.rowcount == 0:
                raise self._db.not_found(self._label, entry_id)
        return entry

    def delete(self, entry_id: int) -> R:
        with self._db.write() as conn:
            row = self._db.one(f"{self._select} WHERE id = ?", (entry_id,))
            if row is None:
                raise self._db.not_found(self._label, entry_id)
            conn.execute(f"DELETE FROM {self._table} WHERE id = ?", (entry_id,))
        return self._from_row(row)

    def restore(self, entry: R) -> R:
        entry_id = require_id(f"{self._label}.id", entry.id)
        with self._db.write() as conn:
            conn.execute(
                insert_sql(self._table, self._cols, with_id=True), (entry_id, *self._to_row(entry))
            )
        return entry

    def between(self, start: date | None, end: date | None) -> builtins.list[R]:
        clauses: builtins.list[str] = []
        params: builtins.list[object] = []
        if start is not None:
            clauses.append("local_date >= ?")
            params.append(day_bound("start", start))
        if end is not None:
            clauses.append("local_date <= ?")
            params.append(day_bound("end", end))
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._db.rows(f"{self._select}{where} ORDER BY local_date, recorded_at, id", params)
        return [self._from_row(r) for r in rows]


class DiaryRepository:
    """Pain check-ins, activities and other measures; delete returns what undo needs."""

    def __init__(self, db: Db) -> None:
        self._pain = _DiaryTable(
            db, "pain_entries", "pain entry", PAIN_COLS, pain_row, pain_from_row
        )
        self._activity = _DiaryTable(
            db, "activities", "activity", ACTIVITY_COLS, activity_row, activity_from_row
        )
        self._measure = _DiaryTable(
            db, "measures", "measure", MEASURE_COLS, measure_row, measure_from_row
        )
        self._check = _DiaryTable(
            db, "clinician_checks", "clinician check", CHECK_COLS, check_row, check_from_row
        )
        self._db = db

    # Pain check-ins. `add_*` ignores any id on the entry: the database assigns one.
    def add_pain(self, entry: PainEntry) -> PainEntry:
        return self._pain.add(entry)

    def update_pain(self, entry: PainEntry) -> PainEntry:
        return self._pain.update(entry)

    def delete_pain(self, entry_id: int) -> PainEntry:
        return self._pain.delete(entry_id)

    def restore_pain(self, entry: PainEntry) -> PainEntry:
        return self._pain.restore(entry)

    def pain_entries(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[PainEntry]:
        """Entries whose local day is in [start, end], by day then time of entry."""
        return self._pain.between(start, end)

    # Activities.
    def add_activity(self, activity: Activity) -> Activity:
        return self._activity.add(activity)

    def update_activity(self, activity: Activity) -> Activity:
        return self._activity.update(activity)

    def delete_activity(self, activity_id: int) -> Activity:
        return self._activity.delete(activity_id)

    def restore_activity(self, activity: Activity) -> Activity:
        return self._activity.restore(activity)

    def activities(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[Activity]:
        return self._activity.between(start, end)

    # Other outcome measures.
    def add_measure(self, measure: Measure) -> Measure:
        return self._measure.add(measure)

    def update_measure(self, measure: Measure) -> Measure:
        return self._measure.update(measure)

    def delete_measure(self, measure_id: int) -> Measure:
        return self._measure.delete(measure_id)

    def restore_measure(self, measure: Measure) -> Measure:
        return self._measure.restore(measure)

    def measures(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[Measure]:
        return self._measure.between(start, end)

    # Clinician checks: add, delete (undo restores the same id), read.
    def add_check(self, check: ClinicianCheck) -> ClinicianCheck:
        return self._check.add(check)

    def delete_check(self, check_id: int) -> ClinicianCheck:
        return self._check.delete(check_id)

    def restore_check(self, check: ClinicianCheck) -> ClinicianCheck:
        return self._check.restore(check)

    def checks(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[ClinicianCheck]:
        return self._check.between(start, end)

    def latest_check(self) -> ClinicianCheck | None:
        rows = self._db.rows(
            f"SELECT id, {', '.join(CHECK_COLS)} FROM clinician_checks "
            "ORDER BY recorded_at DESC, id DESC LIMIT 1"
        )
        return check_from_row(rows[0]) if rows else None

    def flagged_since(self, after: datetime | None) -> builtins.list[PainEntry]:
        """Check-ins with a red flag ticked, recorded after `after` (None: ever): a flag
        holds until a clinician check, however old it is."""
        where = "red_flags <> '[]'"
        params: builtins.list[object] = []
        if after is not None:
            where += " AND recorded_at > ?"
            params.append(time_bound("after", after))
        rows = self._db.rows(
            f"SELECT id, {', '.join(PAIN_COLS)} FROM pain_entries WHERE {where} "
            "ORDER BY recorded_at, id",
            params,
        )
        return [pain_from_row(r) for r in rows]

    # Answers to "Is this a red flag?" about a note.
    def answer_note(self, answer: NoteAnswer) -> NoteAnswer:
        with self._db.write() as conn:
            conn.execute(
                "INSERT INTO note_answers (source, source_id, is_flag, flags, recorded_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (source, source_id) DO UPDATE SET "
                "is_flag = excluded.is_flag, flags = excluded.flags, "
                "recorded_at = excluded.recorded_at",
                (
                    answer.source,
                    answer.source_id,
                    int(answer.is_flag),
                    enum_names(answer.flags),
                    to_text(answer.recorded_at),
                ),
            )
        return answer

    def note_answers(self) -> builtins.list[NoteAnswer]:
        rows = self._db.rows(
            "SELECT source, source_id, is_flag, flags, recorded_at FROM note_answers "
            "ORDER BY recorded_at, source, source_id"
        )
        return [
            NoteAnswer(
                source=r["source"],
                source_id=r["source_id"],
                is_flag=bool(r["is_flag"]),
                flags=frozenset(RedFlag(f) for f in json.loads(r["flags"])),
                recorded_at=from_text(r["recorded_at"]),
            )
            for r in rows
        ]

    # Bulk reads for the charts (the Progress page, the report): every check-in and
    # activity in [start, end] in one query each, decoded without re-running the model's
    # checks (storage/rows.py, "trusted reads"), in the same order as the checked reads.
    def chart_pain_entries(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[PainEntry]:
        return [trusted_pain(r) for r in self._chart_rows("pain_entries", PAIN_COLS, start, end)]

    def chart_activities(
        self, start: date | None = None, end: date | None = None
    ) -> builtins.list[Activity]:
        return [
            trusted_activity(r) for r in self._chart_rows("activities", ACTIVITY_COLS, start, end)
        ]

    def _chart_rows(
        self, table: str, cols: tuple[str, ...], start: date | None, end: date | None
    ) -> builtins.list[Row]:
        clauses: builtins.list[str] = []
        params: builtins.list[object] = []
        if start is not None:
            clauses.append("local_date >= ?")
            params.append(day_bound("start", start))
        if end is not None:
            clauses.append("local_date <= ?")
            params.append(day_bound("end", end))
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return self._db.rows(
            f"SELECT id, {', '.join(cols)} FROM {table}{where} "
            "ORDER BY local_date, recorded_at, id",
            params,
        )
