"""The rows of the Diary's day list: what each entry is, when it happened, what it says.

Kept apart from the Diary screen so that turning a day's records into sorted, worded rows
is one plain function, separate from the widgets that show the rows and act on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtWidgets import QListWidget

from phtcoach.core.model import Activity, ClinicianCheck, Measure, PainEntry, SessionRecord
from phtcoach.services.diary import DayRecords
from phtcoach.ui.design import Space
from phtcoach.ui.diary_text import DiaryText

ROWS_MIN = 3  # the day list's room when the day has few entries (or none)
ROWS_MAX = 10  # beyond this it scrolls


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


def fit_to_rows(view: QListWidget) -> None:
    """The day list as tall as its rows (at least ROWS_MIN rows' room, at most ROWS_MAX,
    then it scrolls), so the past days below get the rest of the height."""
    line = view.fontMetrics().lineSpacing() + Space.S
    rows = sum(max(view.sizeHintForRow(r), line) for r in range(view.count()))
    height = min(max(rows, ROWS_MIN * line), ROWS_MAX * line) + 2 * view.frameWidth()
    if view.minimumHeight() != height or view.maximumHeight() != height:
        view.setFixedHeight(height)
