"""The Progress page's records: the whole history, read in bulk and kept until it changes.

The page shows every day ever logged, so it is the one reader whose cost grows with the
years. Two things keep it flat:

- the rows are read with the storage layer's chart decoders (`chart_*`: one query per
  table, records built without re-running the model's checks, which the tables' CHECK
  constraints already hold), about a tenth of the checked reads' cost;
- the records are kept with the data version they were read at. The version is the
  store connection's change counter (every INSERT, UPDATE or DELETE through the one
  connection moves it) plus `invalidate()`'s count, so a user action, an import or a
  settings change makes the next call read again and anything else is a dictionary hit.

Callers that derive something costly from the records (the charts' ProgressModel, with its
tolerance table and 24-hour responses) key their own cache on `version()`, so that too is
computed once per data change; see ui/progress.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from phtcoach.core.analysis import local_midnight
from phtcoach.core.model import (
    Activity,
    Measure,
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
)
from phtcoach.storage.repository import Store


@dataclass(frozen=True, slots=True)
class ProgressRecords:
    """Everything the Progress charts draw, up to and including one local day."""

    version: int
    last_day: date
    pain_entries: tuple[PainEntry, ...]
    activities: tuple[Activity, ...]
    measures: tuple[Measure, ...]
    sessions: tuple[SessionRecord, ...]
    sets: tuple[SetRecord, ...]


class ProgressService:
    """Reads the whole history for the charts once per data change."""

    def __init__(self, store: Store, tz: tzinfo | None) -> None:
        self._store = store
        self._tz = tz
        self._bumps = 0
        self._cached: ProgressRecords | None = None
        self.reads = 0  # how many times the store was actually read (tests count it)

    def version(self) -> int:
        """Moves whenever the stored data may have changed (see the module docstring)."""
        return self._store.conn.total_changes + self._bumps

    def invalidate(self) -> None:
        """Forget the kept records: for changes made outside this store's connection."""
        self._bumps += 1
        self._cached = None

    def records(self, last_day: date) -> ProgressRecords:
        """The history up to `last_day` (the user's today), as `AdviceService.history`
        with `days=None` selects it: finished sessions with no work done are left out."""
        version = self.version()
        kept = self._cached
        if kept is not None and kept.version == version and kept.last_day == last_day:
            return kept
        self.reads += 1
        end = local_midnight(last_day + timedelta(days=1), self._tz)
        sets = self._store.sessions.chart_sets(None, end)
        worked = {s.session_id for s in sets if s.performed_reps > 0}
        sessions = tuple(
            s
            for s in self._store.sessions.chart_sessions(None, end)
            if s.status is SessionStatus.IN_PROGRESS or s.id in worked
        )
        diary = self._store.diary
        self._cached = ProgressRecords(
            version=version,
            last_day=last_day,
            pain_entries=tuple(diary.chart_pain_entries(None, last_day)),
            activities=tuple(diary.chart_activities(None, last_day)),
            measures=tuple(diary.measures(None, last_day)),
            sessions=sessions,
            sets=tuple(sets),
        )
        return self._cached
