"""The session log: sessions, their sets, the resume snapshot and the after-set rating.

Its writes are the ones a crash must not undo: a set and the engine snapshot that follows
it are committed together, so a resumed session never repeats or loses a confirmed set.
"""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from enum import Enum
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import SessionRecord, SessionStatus, SetRecord, check_enum, check_text
from phtcoach.storage.rows import (
    SESSION_COLS,
    SET_COLS,
    session_from_row,
    session_row,
    set_from_row,
    set_row,
    time_bound,
)
from phtcoach.storage.sql import Db, insert_sql, update_sql
from phtcoach.storage.trusted_rows import trusted_session, trusted_set


class _Keep(Enum):
    """Marks a rate_set argument that was not given: the stored value stays."""

    KEEP = 0


KEEP = _Keep.KEEP


class SessionRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def start(self, rec: SessionRecord) -> SessionRecord:
        """Store a new session (any id on `rec` is ignored) and return it with its id."""
        with self._db.write() as conn:
            cur = conn.execute(insert_sql("sessions", SESSION_COLS), session_row(rec))
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
                update_sql("sessions", SESSION_COLS), (*session_row(done), session_id)
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
        cur = conn.execute(insert_sql("sets", SET_COLS), set_row(rec))
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
                f"SELECT id, {', '.join(SET_COLS)} FROM sets WHERE id = ?", (set_id,)
            )
            if row is None:
                raise self._db.not_found("set", set_id)
            rated = replace(set_from_row(row), **changes)
            conn.execute(update_sql("sets", SET_COLS), (*set_row(rated), set_id))
        return rated

    def get(self, session_id: int) -> SessionRecord:
        row = self._db.one(
            f"SELECT id, {', '.join(SESSION_COLS)} FROM sessions WHERE id = ?", (session_id,)
        )
        if row is None:
            raise self._db.not_found("session", session_id)
        return session_from_row(row)

    def sets(self, session_id: int) -> builtins.list[SetRecord]:
        rows = self._db.rows(
            f"SELECT id, {', '.join(SET_COLS)} FROM sets WHERE session_id = ? "
            "ORDER BY started_at, id",
            (session_id,),
        )
        return [set_from_row(r) for r in rows]

    def list(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SessionRecord]:
        """Sessions started in [start, end), oldest first."""
        where, params = _time_range("started_at", start, end)
        rows = self._db.rows(
            f"SELECT id, {', '.join(SESSION_COLS)} FROM sessions{where} ORDER BY started_at, id",
            params,
        )
        return [session_from_row(r) for r in rows]

    def all_sets(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SetRecord]:
        """Sets started in [start, end), oldest first, across sessions (for charts)."""
        where, params = _time_range("started_at", start, end)
        rows = self._db.rows(
            f"SELECT id, {', '.join(SET_COLS)} FROM sets{where} ORDER BY started_at, id", params
        )
        return [set_from_row(r) for r in rows]

    def unfinished(self) -> SessionRecord | None:
        """The latest session still in progress: the one to offer resuming after a crash."""
        row = self._db.one(
            f"SELECT id, {', '.join(SESSION_COLS)} FROM sessions "
            "WHERE status = 'in_progress' ORDER BY started_at DESC, id DESC LIMIT 1"
        )
        return None if row is None else session_from_row(row)

    def restore(self, rec: SessionRecord, sets: Sequence[SetRecord]) -> None:
        """A deleted session and its sets back under their old ids (undo of `delete`):
        ids are never reused, so nothing else can have taken them."""
        sid = rec.id
        if sid is None:
            raise ValidationError("session.id", None, "the id of a deleted session")
        with self._db.write() as conn:
            conn.execute(
                insert_sql("sessions", SESSION_COLS, with_id=True), (sid, *session_row(rec))
            )
            for st in sets:
                if st.id is None or st.session_id != sid:
                    raise ValidationError("set.id", st.id, f"a set of session {sid}")
                conn.execute(insert_sql("sets", SET_COLS, with_id=True), (st.id, *set_row(st)))

    def delete(self, session_id: int) -> None:
        """Remove a session and its sets."""
        with self._db.write() as conn:
            if conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,)).rowcount == 0:
                raise self._db.not_found("session", session_id)

    # Bulk reads for the charts (the Progress page, the report): decoded without re-running
    # the model's checks (storage/rows.py, "trusted reads"), in the checked reads' order.
    def chart_sessions(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SessionRecord]:
        """Sessions started in [start, end), oldest first, without their resume state
        (`engine_state` is "" here: a chart never resumes a session, and the state of
        years of sessions is most of the table's bytes)."""
        where, params = _time_range("started_at", start, end)
        cols = ", ".join(c for c in SESSION_COLS if c != "engine_state")
        rows = self._db.rows(
            f"SELECT id, {cols}, '' AS engine_state FROM sessions{where} ORDER BY started_at, id",
            params,
        )
        return [trusted_session(r) for r in rows]

    def chart_sets(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> builtins.list[SetRecord]:
        """`all_sets`, decoded for charts."""
        where, params = _time_range("started_at", start, end)
        rows = self._db.rows(
            f"SELECT id, {', '.join(SET_COLS)} FROM sets{where} ORDER BY started_at, id", params
        )
        return [trusted_set(r) for r in rows]


def _time_range(
    column: str, start: datetime | None, end: datetime | None
) -> tuple[str, builtins.list[object]]:
    clauses: builtins.list[str] = []
    params: builtins.list[object] = []
    if start is not None:
        clauses.append(f"{column} >= ?")
        params.append(time_bound("start", start))
    if end is not None:
        clauses.append(f"{column} < ?")
        params.append(time_bound("end", end))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
