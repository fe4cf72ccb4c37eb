"""Sessions as records a user can trust and correct: open one, edit its ratings, load and
notes, delete it with undo, and throw away one where no work was done.

Running a session (the engine, the set commits) is `session_run`; this is what happens to a
session once it is in the log.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from phtcoach.core.clock import Clock
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import SessionRecord, SessionStatus, SetRecord, check_int, check_text
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.repository import KEEP, Store

NOTES_MAX = 2000


@dataclass(frozen=True, slots=True)
class DeletedSession:
    """A session as it was before deletion, everything needed to put it back (undo)."""

    record: SessionRecord
    sets: tuple[SetRecord, ...]


@dataclass(frozen=True, slots=True)
class SetEdit:
    """A saved set as the user corrected it: ratings as given (None = not rated); load
    and notes None keep the stored value."""

    pain_during: int | None
    rpe: int | None
    load_kg: float | None = None
    notes: str | None = None


class SessionRecords:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def get(self, session_id: int) -> tuple[SessionRecord, tuple[SetRecord, ...]]:
        return self._store.sessions.get(session_id), tuple(self._store.sessions.sets(session_id))

    def edit(
        self,
        session_id: int,
        *,
        pain_after: int | None,
        notes: str,
        sets: Mapping[int, SetEdit] | None = None,
    ) -> Done[SessionRecord]:
        """One correction of a finished session: pain after, notes and any sets' ratings,
        load and notes, in one transaction (an in-progress session is the runner's)."""
        if pain_after is not None:
            check_int("session.pain_after", pain_after, 0, 10)
        check_text("session.notes", notes, NOTES_MAX)
        with self._store.batch():
            rec = self._store.sessions.get(session_id)
            if rec.status is SessionStatus.IN_PROGRESS:
                raise ValidationError("session.status", "in_progress", "a finished session")
            own = {s.id for s in self._store.sessions.sets(session_id)}
            for set_id, edit in (sets or {}).items():
                if set_id not in own:
                    raise ValidationError("set.id", set_id, f"a set of session {session_id}")
                self._store.sessions.rate_set(
                    set_id,
                    pain_during=edit.pain_during,
                    rpe=edit.rpe,
                    load_kg=KEEP if edit.load_kg is None else edit.load_kg,
                    notes=KEEP if edit.notes is None else edit.notes,
                )
            done = self._store.sessions.finish(
                session_id,
                rec.status,
                ended_at=rec.ended_at or rec.started_at,
                pain_after=pain_after,
                notes=notes,
            )
        return Done(done, Changes.SESSIONS)

    def delete(self, session_id: int) -> Done[DeletedSession]:
        """Remove a session and its sets; the returned value puts them back (`restore`)."""
        with self._store.batch():
            rec, sets = self.get(session_id)
            self._store.sessions.delete(session_id)
        return Done(DeletedSession(rec, sets), Changes.SESSIONS)

    def restore(self, deleted: DeletedSession) -> Done[SessionRecord]:
        """A deleted session back under its old ids, sets and all."""
        self._store.sessions.restore(deleted.record, deleted.sets)
        return Done(deleted.record, Changes.SESSIONS)

    def discard(self, record: SessionRecord) -> Done[SessionRecord]:
        """An unfinished session closed as ended early (its saved sets stay in the log);
        deleted outright when it holds no work, so it is never counted."""
        if record.id is None:
            raise ValueError("the session has no id")
        sets = self._store.sessions.sets(record.id)
        if not any(s.performed_reps > 0 for s in sets):
            self._store.sessions.delete(record.id)
            return Done(replace(record, status=SessionStatus.ENDED_EARLY), Changes.SESSIONS)
        ended = max(self._clock.now(), record.started_at)
        done = self._store.sessions.finish(record.id, SessionStatus.ENDED_EARLY, ended_at=ended)
        return Done(done, Changes.SESSIONS)
