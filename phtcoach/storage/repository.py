"""Typed reads and writes: core dataclasses in, core dataclasses out.

Every public write is one transaction that has committed when the method returns, so a
confirmed set or diary entry survives a crash the moment the UI moves on. Values are
validated by the model before they reach SQL (the schema's CHECKs are the second line).
Any SQLite failure surfaces as a StorageError naming the database file, so the UI and the
command line need to catch one exception type. `Store.batch()` groups many writes into one
all-or-nothing transaction for importers.

Timestamps are stored as fixed-width ISO-8601 UTC text ("2026-03-02T07:00:00.000000+00:00")
so text order is time order; diary days as YYYY-MM-DD. Datetime ranges are half-open
[start, end); date ranges include both ends.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

from phtcoach import paths
from phtcoach.core.clock import Clock
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Exercise,
    Intensity,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Template,
    check_enum,
    check_slug,
    check_text,
)
from phtcoach.core.serialize import (
    exercise_from_dict,
    exercise_to_dict,
    template_from_dict,
    template_to_dict,
)
from phtcoach.storage.backup import make_backup
from phtcoach.storage.db import (
    RecordNotFoundError,
    StorageError,
    open_and_migrate,
    transaction,
)

MAX_BACKUPS_KEEP = 100  # Settings.backups_keep's upper bound


class InUseError(StorageError):
    """Deleting this would break something that refers to it (an exercise in a template)."""


# --------------------------------------------------------------------------- conversions


def to_text(value: datetime) -> str:
    """Fixed-width UTC text: lexical order equals time order, so SQL can range-scan it."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _opt_time(text: str | None) -> datetime | None:
    return None if text is None else from_text(text)


def _bound(name: str, value: datetime) -> str:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValidationError(name, value, "a timezone-aware date and time")
    return to_text(value)


def _day_bound(name: str, value: date) -> str:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(name, value, "a calendar date")
    return value.isoformat()


def _json_list(values: Sequence[float] | Sequence[str]) -> str:
    return json.dumps(list(values), allow_nan=False)


def _names(values: frozenset[Any]) -> str:
    """A set of enum members as a sorted JSON list of their values (stable text)."""
    return json.dumps(sorted(str(v.value) for v in values))


Row = dict[str, Any]


class _Db:
    """The connection plus the error policy shared by every repository."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        try:
            with transaction(self.conn):
                yield self.conn
        except sqlite3.IntegrityError as e:
            raise StorageError(self.path, f"the database refused the change ({e})") from e
        except sqlite3.Error as e:
            raise StorageError(self.path, f"could not save ({e})") from e

    def rows(self, sql: str, params: Sequence[object] = ()) -> builtins.list[Row]:
        try:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.Error as e:
            raise StorageError(self.path, f"could not read ({e})") from e

    def one(self, sql: str, params: Sequence[object] = ()) -> Row | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def not_found(self, what: str, key: object) -> RecordNotFoundError:
        return RecordNotFoundError(
            self.path, f"{what} {key!r} not found (it may have been deleted)"
        )


def _require_id(name: str, value: int | None) -> int:
    if value is None:
        raise ValidationError(name, None, "the id of a saved record")
    return value


# --------------------------------------------------------------------------- sessions

_SESSION_COLS = (
    "template_id",
    "started_at",
    "affected_side",
    "status",
    "ended_at",
    "pain_after",
    "notes",
    "engine_state",
)
_SET_COLS = (
    "session_id",
    "exercise_slug",
    "block_index",
    "set_no",
    "side",
    "planned_reps",
    "performed_reps",
    "started_at",
    "ended_at",
    "hold_s",
    "tempo",
    "load_kg",
    "pain_during",
    "rpe",
    "notes",
)


def _session_row(rec: SessionRecord) -> tuple[object, ...]:
    return (
        rec.template_id,
        to_text(rec.started_at),
        rec.affected_side.value,
        rec.status.value,
        None if rec.ended_at is None else to_text(rec.ended_at),
        rec.pain_after,
        rec.notes,
        rec.engine_state,
    )


def _session(r: Row) -> SessionRecord:
    return SessionRecord(
        template_id=r["template_id"],
        started_at=from_text(r["started_at"]),
        affected_side=Side(r["affected_side"]),
        status=SessionStatus(r["status"]),
        ended_at=_opt_time(r["ended_at"]),
        pain_after=r["pain_after"],
        notes=r["notes"],
        engine_state=r["engine_state"],
        id=r["id"],
    )


def _set_row(rec: SetRecord) -> tuple[object, ...]:
    return (
        rec.session_id,
        rec.exercise_slug,
        rec.block_index,
        rec.set_no,
        rec.side.value,
        rec.planned_reps,
        rec.performed_reps,
        to_text(rec.started_at),
        to_text(rec.ended_at),
        _json_list(rec.hold_s),
        rec.tempo,
        rec.load_kg,
        rec.pain_during,
        rec.rpe,
        rec.notes,
    )


def _set(r: Row) -> SetRecord:
    return SetRecord(
        session_id=r["session_id"],
        exercise_slug=r["exercise_slug"],
        block_index=r["block_index"],
        set_no=r["set_no"],
        side=Side(r["side"]),
        planned_reps=r["planned_reps"],
        performed_reps=r["performed_reps"],
        started_at=from_text(r["started_at"]),
        ended_at=from_text(r["ended_at"]),
        hold_s=tuple(float(h) for h in json.loads(r["hold_s"])),
        tempo=r["tempo"],
        load_kg=r["load_kg"],
        pain_during=r["pain_during"],
        rpe=r["rpe"],
        notes=r["notes"],
        id=r["id"],
    )


def _insert_sql(table: str, cols: Sequence[str], *, with_id: bool = False) -> str:
    names = ("id", *cols) if with_id else tuple(cols)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def _update_sql(table: str, cols: Sequence[str]) -> str:
    return f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?"


class _Keep(Enum):
    """Marks a rate_set argument that was not given: the stored value stays."""

    KEEP = 0


KEEP = _Keep.KEEP


class SessionRepository:
    def __init__(self, db: _Db) -> None:
        self._db = db

    def start(self, rec: SessionRecord) -> SessionRecord:
        """Store a new session (any id on `rec` is ignored) and return it with its id."""
        with self._db.write() as conn:
            cur = conn.execute(_insert_sql("sessions", _SESSION_COLS), _session_row(rec))
        return replace(rec, id=cur.lastrowid)

    def save_state(self, session_id: int, engine_state: str) -> None:
        """Keep the engine's resumable snapshot so a crash resumes where the user was."""
        check_text("session.engine_state", engine_state, 1_000_000)
        with self._db.write() as conn:
            self._set_state(conn, session_id, engine_state)

    def _set_state(self, conn: sqlite3.Connection, session_id: int, state: str) -> None:
        cur = conn.execute("UPDATE sessions SET engine_state = ? WHERE id = ?", (state, session_id))
        if cur.rowcount == 0:
            raise self._db.not_found("session", session_id)

    def finish(
        self,
        session_id: int,
        status: SessionStatus,
        ended_at: datetime,
        pain_after: int | None = None,
        notes: str = "",
    ) -> SessionRecord:
        if check_enum("session.status", status, SessionStatus) is SessionStatus.IN_PROGRESS:
            raise ValidationError("session.status", status, "completed or ended_early")
        with self._db.write():
            done = replace(
                self.get(session_id),
                status=status,
                ended_at=ended_at,
                pain_after=pain_after,
                notes=notes,
            )
            self._db.conn.execute(
                _update_sql("sessions", _SESSION_COLS), (*_session_row(done), session_id)
            )
        return done

    def add_set(self, rec: SetRecord) -> SetRecord:
        """Store a performed set; it is on disk when this returns ("never lose a confirmed set")."""
        with self._db.write() as conn:
            return self._insert_set(conn, rec)

    def add_set_and_state(self, rec: SetRecord, engine_state: str) -> SetRecord:
        """The set and the resume snapshot that follows it, together or not at all."""
        check_text("session.engine_state", engine_state, 1_000_000)
        with self._db.write() as conn:
            saved = self._insert_set(conn, rec)
            self._set_state(conn, rec.session_id, engine_state)
        return saved

    def _insert_set(self, conn: sqlite3.Connection, rec: SetRecord) -> SetRecord:
        if (
            conn.execute("SELECT 1 FROM sessions WHERE id = ?", (rec.session_id,)).fetchone()
            is None
        ):
            raise self._db.not_found("session", rec.session_id)
        cur = conn.execute(_insert_sql("sets", _SET_COLS), _set_row(rec))
        return replace(rec, id=cur.lastrowid)

    def rate_set(
        self,
        set_id: int,
        *,
        pain_during: int | _Keep | None = KEEP,
        rpe: int | _Keep | None = KEEP,
        performed_reps: int | _Keep = KEEP,
        hold_s: Sequence[float] | _Keep = KEEP,
        load_kg: float | _Keep = KEEP,
        notes: str | _Keep = KEEP,
    ) -> SetRecord:
        """The after-set rating; arguments left out keep their stored values."""
        changes: dict[str, Any] = {
            name: value
            for name, value in (
                ("pain_during", pain_during),
                ("rpe", rpe),
                ("performed_reps", performed_reps),
                ("hold_s", hold_s if isinstance(hold_s, _Keep) else tuple(hold_s)),
                ("load_kg", load_kg),
                ("notes", notes),
            )
            if value is not KEEP
        }
        with self._db.write() as conn:
            row = self._db.one(
                f"SELECT id, {', '.join(_SET_COLS)} FROM sets WHERE id = ?", (set_id,)
            )
            if row is None:
                raise self._db.not_found("set", set_id)
            rated = replace(_set(row), **changes)
            conn.execute(_update_sql("sets", _SET_COLS), (*_set_row(rated), set_id))
        return rated

    def get(self, session_id: int) -> SessionRecord:
        row = self._db.one(
            f"SELECT id, {', '.join(_SESSION_COLS)} FROM sessions WHERE id = ?", (session_id,)
        )
        if row is None:
            raise self._db.not_found("session", session_id)
        return _session(row)

    def sets(self, session_id: int) -> builtins.list[SetRecord]:
        rows = self._db.rows(
            f"SELECT id, {', '.join(_SET_COLS)} FROM sets WHERE session_id = ? "
            "ORDER BY started_at, id",
            (session_id,),
        )
        return [_set(r) for r in rows]

    def list(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SessionRecord]:
        """Sessions started in [start, end), oldest first."""
        where, params = _time_range("started_at", start, end)
        rows = self._db.rows(
            f"SELECT id, {', '.join(_SESSION_COLS)} FROM sessions{where} ORDER BY started_at, id",
            params,
        )
        return [_session(r) for r in rows]

    def all_sets(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SetRecord]:
        """Sets started in [start, end), oldest first, across sessions (for charts)."""
        where, params = _time_range("started_at", start, end)
        rows = self._db.rows(
            f"SELECT id, {', '.join(_SET_COLS)} FROM sets{where} ORDER BY started_at, id", params
        )
        return [_set(r) for r in rows]

    def unfinished(self) -> SessionRecord | None:
        """The latest session still in progress: the one to offer resuming after a crash."""
        row = self._db.one(
            f"SELECT id, {', '.join(_SESSION_COLS)} FROM sessions "
            "WHERE status = 'in_progress' ORDER BY started_at DESC, id DESC LIMIT 1"
        )
        return None if row is None else _session(row)

    def delete(self, session_id: int) -> None:
        """Remove a session and its sets."""
        with self._db.write() as conn:
            if conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount == 0:
                raise self._db.not_found("session", session_id)


def _time_range(
    column: str, start: datetime | None, end: datetime | None
) -> tuple[str, builtins.list[object]]:
    clauses: builtins.list[str] = []
    params: builtins.list[object] = []
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(_bound("start", start))
    if end is not None:
        clauses.append(f"{column} < ?")
        params.append(_bound("end", end))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


# --------------------------------------------------------------------------- diary

R = TypeVar("R", PainEntry, Activity, Measure)


class _DiaryTable(Generic[R]):
    """The four diary verbs for one record type; ids are never reused (AUTOINCREMENT).

    That is what makes undo safe: a deleted entry can be put back under its old id even
    after other entries were added in between.
    """

    def __init__(
        self,
        db: _Db,
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
            cur = conn.execute(_insert_sql(self._table, self._cols), self._to_row(entry))
        return replace(entry, id=cur.lastrowid)

    def update(self, entry: R) -> R:
        entry_id = _require_id(f"{self._label}.id", entry.id)
        with self._db.write() as conn:
            cur = conn.execute(
                _update_sql(self._table, self._cols), (*self._to_row(entry), entry_id)
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
        entry_id = _require_id(f"{self._label}.id", entry.id)
        with self._db.write() as conn:
            conn.execute(
                _insert_sql(self._table, self._cols, with_id=True), (entry_id, *self._to_row(entry))
            )
        return entry

    def between(self, start: date | None, end: date | None) -> builtins.list[R]:
        clauses: builtins.list[str] = []
        params: builtins.list[object] = []
        if start is not None:
            clauses.append("local_date >= ?")
            params.append(_day_bound("start", start))
        if end is not None:
            clauses.append("local_date <= ?")
            params.append(_day_bound("end", end))
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._db.rows(f"{self._select}{where} ORDER BY local_date, recorded_at, id", params)
        return [self._from_row(r) for r in rows]


_PAIN_COLS = (
    "local_date",
    "slot",
    "recorded_at",
    "pain",
    "test_kind",
    "test_score",
    "red_flags",
    "notes",
)
_ACTIVITY_COLS = (
    "local_date",
    "kind",
    "minutes",
    "recorded_at",
    "intensity",
    "flags",
    "hours_sitting",
    "distance_km",
    "pain_during",
    "notes",
)
_MEASURE_COLS = ("local_date", "kind", "value", "recorded_at", "notes")


def _pain_row(e: PainEntry) -> tuple[object, ...]:
    return (
        e.local_date.isoformat(),
        e.slot.value,
        to_text(e.recorded_at),
        e.pain,
        None if e.test_kind is None else e.test_kind.value,
        e.test_score,
        _names(e.red_flags),
        e.notes,
    )


def _pain(r: Row) -> PainEntry:
    return PainEntry(
        local_date=date.fromisoformat(r["local_date"]),
        slot=PainSlot(r["slot"]),
        recorded_at=from_text(r["recorded_at"]),
        pain=r["pain"],
        test_kind=None if r["test_kind"] is None else MorningTest(r["test_kind"]),
        test_score=r["test_score"],
        red_flags=frozenset(RedFlag(f) for f in json.loads(r["red_flags"])),
        notes=r["notes"],
        id=r["id"],
    )


def _activity_row(a: Activity) -> tuple[object, ...]:
    return (
        a.local_date.isoformat(),
        a.kind.value,
        a.minutes,
        to_text(a.recorded_at),
        a.intensity.value,
        _names(a.flags),
        a.hours_sitting,
        a.distance_km,
        a.pain_during,
        a.notes,
    )


def _activity(r: Row) -> Activity:
    return Activity(
        local_date=date.fromisoformat(r["local_date"]),
        kind=ActivityKind(r["kind"]),
        minutes=r["minutes"],
        recorded_at=from_text(r["recorded_at"]),
        intensity=Intensity(r["intensity"]),
        flags=frozenset(ActivityFlag(f) for f in json.loads(r["flags"])),
        hours_sitting=r["hours_sitting"],
        distance_km=r["distance_km"],
        pain_during=r["pain_during"],
        notes=r["notes"],
        id=r["id"],
    )


def _measure_row(m: Measure) -> tuple[object, ...]:
    return (m.local_date.isoformat(), m.kind.value, m.value, to_text(m.recorded_at), m.notes)


def _measure(r: Row) -> Measure:
    return Measure(
        local_date=date.fromisoformat(r["local_date"]),
        kind=MeasureKind(r["kind"]),
        value=r["value"],
        recorded_at=from_text(r["recorded_at"]),
        notes=r["notes"],
        id=r["id"],
    )


class DiaryRepository:
    """Pain check-ins, activities and other measures; delete returns what undo needs."""

    def __init__(self, db: _Db) -> None:
        self._pain = _DiaryTable(db, "pain_entries", "pain entry", _PAIN_COLS, _pain_row, _pain)
        self._activity = _DiaryTable(
            db, "activities", "activity", _ACTIVITY_COLS, _activity_row, _activity
        )
        self._measure = _DiaryTable(
            db, "measures", "measure", _MEASURE_COLS, _measure_row, _measure
        )

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


# --------------------------------------------------------------------------- settings


class SettingsRepository:
    """Settings as one JSON row per field, so adding a field needs no migration."""

    def __init__(self, db: _Db) -> None:
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


# --------------------------------------------------------------------------- library


class LibraryRepository:
    """The user's own exercises and templates, as the same JSON dicts template files use."""

    def __init__(self, db: _Db, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def save_exercise(self, exercise: Exercise) -> None:
        """Insert or replace by slug."""
        if exercise.builtin:
            raise ValidationError(
                "exercise.builtin", True, "a user exercise (built-in ones are not stored)"
            )
        with self._db.write() as conn:
            self._put_exercise(conn, exercise)

    def _put_exercise(self, conn: sqlite3.Connection, exercise: Exercise) -> None:
        conn.execute(
            "INSERT INTO user_exercises (slug, name, data, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (slug) DO UPDATE SET name = excluded.name, data = excluded.data, "
            "updated_at = excluded.updated_at",
            (exercise.slug, exercise.name, _dump(exercise_to_dict(exercise)), self._now()),
        )

    def exercises(self) -> builtins.list[Exercise]:
        """The user's exercises by name. A row that no longer reads raises StorageError."""
        rows = self._db.rows(
            "SELECT slug, data FROM user_exercises ORDER BY name COLLATE NOCASE, slug"
        )
        out: builtins.list[Exercise] = []
        for r in rows:
            try:
                out.append(
                    exercise_from_dict(json.loads(r["data"]), f"user_exercises[{r['slug']}]")
                )
            except (DataFormatError, ValueError) as e:
                raise StorageError(self._db.path, f"a stored exercise is unreadable: {e}") from e
        return out

    def delete_exercise(self, slug: str) -> None:
        """Refused while one of the user's templates uses it: the template would break."""
        with self._db.write() as conn:
            users = [
                r[0]
                for r in conn.execute(
                    "SELECT template_id FROM template_exercises WHERE exercise_slug = ? "
                    "ORDER BY template_id",
                    (slug,),
                )
            ]
            if users:
                raise InUseError(
                    self._db.path,
                    f"exercise {slug!r} is used by template(s) {', '.join(users)}; "
                    "remove it from them first",
                )
            if conn.execute("DELETE FROM user_exercises WHERE slug = ?", (slug,)).rowcount == 0:
                raise self._db.not_found("exercise", slug)

    def save_template(self, template: Template) -> None:
        """Insert or replace by id, storing any of its user exercises not yet saved.

        A block whose exercise differs from the saved exercise of the same slug is refused:
        reading the template back would silently give it the other exercise.
        """
        if template.builtin:
            raise ValidationError(
                "template.builtin", True, "a user template (built-in ones are not stored)"
            )
        data = _dump(template_to_dict(template))
        own = {b.exercise.slug: b.exercise for b in template.blocks if not b.exercise.builtin}
        with self._db.write() as conn:
            for slug, exercise in own.items():
                row = conn.execute(
                    "SELECT data FROM user_exercises WHERE slug = ?", (slug,)
                ).fetchone()
                if row is None:
                    self._put_exercise(conn, exercise)
                elif json.loads(row[0]) != exercise_to_dict(exercise):
                    raise ValidationError(
                        "template.blocks.exercise",
                        slug,
                        "the saved exercise of that slug (save the changed exercise first)",
                    )
            conn.execute(
                "INSERT INTO user_templates (id, name, data, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, data = excluded.data, "
                "updated_at = excluded.updated_at",
                (template.id, template.name, data, self._now()),
            )
            conn.execute("DELETE FROM template_exercises WHERE template_id = ?", (template.id,))
            conn.executemany(
                "INSERT INTO template_exercises (template_id, exercise_slug) VALUES (?, ?)",
                [(template.id, s) for s in sorted({b.exercise.slug for b in template.blocks})],
            )

    def templates(self, builtin_exercises: Mapping[str, Exercise]) -> builtins.list[Template]:
        """The user's templates by name; any that no longer read are left out.

        `template_problems` says which and why, so the UI can tell the user instead of
        refusing to start over one broken template.
        """
        return self._read_templates(builtin_exercises)[0]

    def template_problems(self, builtin_exercises: Mapping[str, Exercise]) -> builtins.list[str]:
        return self._read_templates(builtin_exercises)[1]

    def _read_templates(
        self, builtin_exercises: Mapping[str, Exercise]
    ) -> tuple[builtins.list[Template], builtins.list[str]]:
        # Built-ins win a slug clash, as in template files (serialize.templates_file_from_dict).
        known = {**{e.slug: e for e in self.exercises()}, **builtin_exercises}
        rows = self._db.rows("SELECT id, data FROM user_templates ORDER BY name COLLATE NOCASE, id")
        found: builtins.list[Template] = []
        problems: builtins.list[str] = []
        for r in rows:
            try:
                found.append(
                    template_from_dict(json.loads(r["data"]), known, f"template {r['id']}")
                )
            except (DataFormatError, ValueError) as e:
                problems.append(str(e))
        return found, problems

    def delete_template(self, template_id: str) -> None:
        check_slug("template.id", template_id)
        with self._db.write() as conn:
            if (
                conn.execute("DELETE FROM user_templates WHERE id = ?", (template_id,)).rowcount
                == 0
            ):
                raise self._db.not_found("template", template_id)

    def _now(self) -> str:
        return to_text(self._clock.now())


def _dump(d: Mapping[str, Any]) -> str:
    return json.dumps(d, allow_nan=False, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- the store

_CONTENT_TABLES = (
    "sessions",
    "pain_entries",
    "activities",
    "measures",
    "settings",
    "user_exercises",
    "user_templates",
)


class Store:
    """The open database and its repositories; app.py builds one and hands out the parts."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, clock: Clock, backup_dir: Path
    ) -> None:
        self.conn = conn
        self.path = path
        self.backup_dir = backup_dir
        self._clock = clock
        self._db = _Db(conn, path)
        self.sessions = SessionRepository(self._db)
        self.diary = DiaryRepository(self._db)
        self.settings = SettingsRepository(self._db)
        self.library = LibraryRepository(self._db, clock)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many repository calls as one all-or-nothing transaction (imports, demo data)."""
        with self._db.write():
            yield

    def has_data(self) -> bool:
        """Whether the user has recorded or configured anything (UI state does not count)."""
        union = " UNION ALL ".join(f"SELECT 1 FROM {t}" for t in _CONTENT_TABLES)
        return self._db.one(f"SELECT EXISTS ({union}) AS any_rows") == {"any_rows": 1}

    def backup(self, reason: str = "manual") -> Path:
        """A backup now, rotated to the user's Settings.backups_keep."""
        keep = self.settings.load().backups_keep
        return make_backup(self.conn, self.backup_dir, self._clock, reason=reason, keep=keep)

    def close(self) -> None:
        """Close the connection; the last one out folds the WAL back into the main file."""
        with suppress(sqlite3.Error):  # only a planner hint: closing must not fail over it
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_store(root: Path, clock: Clock, *, auto_backup: bool = True) -> Store:
    """Open (creating and migrating) the database in data dir `root`.

    Acquiring the InstanceLock first is the caller's job (app.py / the CLI). With
    `auto_backup`, a database that already held data gets a rolling "auto" backup on start,
    unless an upgrade just took a pre-migration backup of the same data.
    """
    root.mkdir(parents=True, exist_ok=True)
    db_path = paths.db_path(root)
    backups = paths.backup_dir(root)
    # Never rotate away older backups before the user's own backups_keep can be read.
    conn, pre_migration = open_and_migrate(
        db_path, backup_dir=backups, clock=clock, backups_keep=MAX_BACKUPS_KEEP
    )
    store = Store(conn, db_path, clock, backups)
    try:
        if auto_backup and pre_migration is None and store.has_data():
            store.backup("auto")
    except BaseException:
        store.close()
        raise
    return store
