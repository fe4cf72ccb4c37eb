"""The rows of the Diary's day list: what each entry is, when it happened, what it says.

Kept apart from the Diary screen so that turning a day's records into sorted, worded rows
is one plain function, separate from the widgets that show the rows and act on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from phtcoach.core.model import Activity, ClinicianCheck, Measure, PainEntry, SessionRecord
from phtcoach.services.diary import DayRecords
from phtcoach.ui.diary_text import DiaryText


class EntryKind(StrEnum):
    PAIN = "pain"
    ACTIVITY = "activity"
    MEASURE = "measure"
    SESSION = "session"
    CHECK = "check"  # "checked by a clinician": deletable (undo), not edited in a form


@dataclass(frozen=True, slots=True)
class DayEntry:
    """One row of the day list; sessions are shown but edited only by the runner."""

    kind: EntryKind
    at: datetime
    record: PainEntry | Activity | Measure | SessionRecord | ClinicianCheck
    text: str

    @property
    def editable(self) -> bool:
        """Every entry can be opened and corrected (sessions in their own dialog)."""
        return True


def day_entries(records: DayRecords, text: DiaryText) -> list[DayEntry]:
    """Every record of the day as a row, in the order it happened."""
    rows: list[DayEntry] = []
    for p in records.pain_entries:
        rows.append(DayEntry(EntryKind.PAIN, p.recorded_at, p, text.pain(p)))
    for a in records.activities:
        rows.append(DayEntry(EntryKind.ACTIVITY, a.recorded_at, a, text.activity(a)))
    for m in records.measures:
        rows.append(DayEntry(EntryKind.MEASURE, m.recorded_at, m, text.measure(m)))
    for c in records.checks:
        rows.append(DayEntry(EntryKind.CHECK, c.recorded_at, c, text.check(c)))
    for s, sets in records.sessions:
        rows.append(DayEntry(EntryKind.SESSION, s.started_at, s, text.session(s, sets)))
    rows.sort(key=lambda e: e.at)
    return rows
