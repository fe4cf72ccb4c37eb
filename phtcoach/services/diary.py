"""The diary's use cases: check-ins, activities and measures written, edited, deleted and
restored, each call one transaction.

The record's type picks the table, so screens and the undo stack hand records in and get
records back without knowing how they are stored. Undoing a delete puts the entry back
under its old id (ids are never reused), so an edit made afterwards, the charts and an undo
of the undo all still point at the same row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TypeVar, cast

from phtcoach.core.analysis import local_midnight
from phtcoach.core.model import (
    Activity,
    ClinicianCheck,
    Measure,
    PainEntry,
    SessionRecord,
    SetRecord,
)
from phtcoach.services.changes import Changes, Done
from phtcoach.storage.repository import Store

Record = PainEntry | Activity | Measure
R = TypeVar("R", bound=Record)


@dataclass(frozen=True, slots=True)
class DayRecords:
    """Everything logged on a span of local days, sessions with their sets."""

    pain_entries: tuple[PainEntry, ...]
    activities: tuple[Activity, ...]
    measures: tuple[Measure, ...]
    sessions: tuple[tuple[SessionRecord, tuple[SetRecord, ...]], ...]
    checks: tuple[ClinicianCheck, ...] = ()


class DiaryService:
    def __init__(self, store: Store, tz: tzinfo | None) -> None:
        self._store = store
        self._tz = tz

    # ------------------------------------------------------------------ reads

    def pain_entries(self, first: date | None, last: date | None) -> list[PainEntry]:
        return self._store.diary.pain_entries(first, last)

    def activities(self, first: date | None, last: date | None) -> list[Activity]:
        return self._store.diary.activities(first, last)

    def measures(self, first: date | None, last: date | None) -> list[Measure]:
        return self._store.diary.measures(first, last)

    def sessions(self, first: date, last: date) -> list[SessionRecord]:
        """Sessions started on local days [first, last]."""
        return self._store.sessions.list(
            local_midnight(first, self._tz), local_midnight(last + timedelta(days=1), self._tz)
        )

    def days(self, first: date, last: date, *, with_sets: bool = True) -> DayRecords:
        sessions = self.sessions(first, last)
        return DayRecords(
            pain_entries=tuple(self.pain_entries(first, last)),
            activities=tuple(self.activities(first, last)),
            measures=tuple(self.measures(first, last)),
            checks=tuple(self._store.diary.checks(first, last)),
            sessions=tuple(
                (
                    s,
                    tuple(self._store.sessions.sets(s.id))
                    if with_sets and s.id is not None
                    else (),
                )
                for s in sessions
            ),
        )

    # ------------------------------------------------------------------ writes

    def add(self, *records: R) -> Done[tuple[R, ...]]:
        """New records, all or none (the measures form saves several at once)."""
        with self._store.batch():
            new = tuple(cast(R, self._add(r)) for r in records)
        return Done(new, Changes.DIARY)

    def update(self, *records: R) -> Done[tuple[R, ...]]:
        with self._store.batch():
            new = tuple(cast(R, self._update(r)) for r in records)
        return Done(new, Changes.DIARY)

    def delete(self, *records: R) -> Done[tuple[R, ...]]:
        """Returns the records as they were, for undo."""
        with self._store.batch():
            gone = tuple(cast(R, self._delete(r)) for r in records)
        return Done(gone, Changes.DIARY)

    def restore(self, *records: R) -> Done[tuple[R, ...]]:
        """Deleted records back under their old ids."""
        with self._store.batch():
            back = tuple(cast(R, self._restore(r)) for r in records)
        return Done(back, Changes.DIARY)

    def replace(self, record: R, *gone: R) -> Done[tuple[R, ...]]:
        """Update `record` (same id) and delete `gone` in one transaction: an edited
        check-in moved into a slot another check-in of the day held, the user agreeing."""
        with self._store.batch():
            for g in gone:
                self._delete(g)
            new = cast(R, self._update(record))
        return Done((new,), Changes.DIARY)

    def undo_save(self, old: Sequence[Record], new: Sequence[Record]) -> Done[None]:
        """Undo a form's save: records edited go back to `old`, new ones go away, and an
        old record the save replaced (its id not among `new`) comes back under its id."""
        new_ids = {r.id for r in new}
        old_ids = {r.id for r in old}
        with self._store.batch():
            for r in new:
                if r.id not in old_ids:
                    self._delete(r)
            for r in old:
                if r.id in new_ids:
                    self._update(r)
                else:
                    self._restore(r)
        return Done(None, Changes.DIARY)

    def redo_save(self, old: Sequence[Record], new: Sequence[Record]) -> Done[None]:
        """The save again after its undo (the exact inverse of `undo_save`)."""
        new_ids = {r.id for r in new}
        old_ids = {r.id for r in old}
        with self._store.batch():
            for r in old:
                if r.id not in new_ids:
                    self._delete(r)
            for r in new:
                if r.id in old_ids:
                    self._update(r)
                else:
                    self._restore(r)
        return Done(None, Changes.DIARY)

    def _add(self, r: Record) -> Record:
        d = self._store.diary
        if isinstance(r, PainEntry):
            return d.add_pain(r)
        if isinstance(r, Activity):
            return d.add_activity(r)
        return d.add_measure(r)

    def _update(self, r: Record) -> Record:
        d = self._store.diary
        if isinstance(r, PainEntry):
            return d.update_pain(r)
        if isinstance(r, Activity):
            return d.update_activity(r)
        return d.update_measure(r)

    def _delete(self, r: Record) -> Record:
        d = self._store.diary
        rid = _id(r)
        if isinstance(r, PainEntry):
            return d.delete_pain(rid)
        if isinstance(r, Activity):
            return d.delete_activity(rid)
        return d.delete_measure(rid)

    def _restore(self, r: Record) -> Record:
        d = self._store.diary
        if isinstance(r, PainEntry):
            return d.restore_pain(r)
        if isinstance(r, Activity):
            return d.restore_activity(r)
        return d.restore_measure(r)


def _id(r: Record) -> int:
    if r.id is None:
        raise ValueError(f"{type(r).__name__} has no id: it was never saved")
    return r.id
