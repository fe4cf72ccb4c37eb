"""The XLSX export: one sheet per table and a Summary sheet, for reading in a spreadsheet.

User text is always written as text (a note "=SUM(1)" stays a note, never a formula),
dates and times are real spreadsheet dates in the user's time zone, numbers are numbers,
the header row is frozen and the columns fit their contents. The export service writes to a
temporary path and renames it into place, so a cancelled export leaves no file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from phtcoach.services.exchange.flat import FlatTable, is_date, is_time
from phtcoach.services.exchange.writers import Step, csv_cell

XLSX_TABLES = (
    "sets", "sessions", "pain_entries", "activities", "measures", "clinician_checks",
    "note_answers", "red_flags", "settings",
)  # fmt: skip
_XLSX_SKIP = {"engine_state"}  # the runner's resume state: no use to a reader
_TIMESTAMP_COLS = {"started_at", "ended_at", "recorded_at", "updated_at"}


def write_xlsx(path: Path, tables: Sequence[FlatTable], tz: tzinfo | None, step: Step) -> None:
    import xlsxwriter  # type: ignore[import-untyped]

    wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    try:
        fmt = {
            "head": wb.add_format({"bold": True, "bottom": 1}),
            "date": wb.add_format({"num_format": "yyyy-mm-dd"}),
            "time": wb.add_format({"num_format": "hh:mm:ss"}),
            "stamp": wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        }
        by_name = {t.name: t for t in tables}
        _summary(wb, fmt, by_name)
        for t in tables:
            if t.name in XLSX_TABLES:
                _sheet(wb, fmt, t, tz)
            step()
    finally:
        wb.close()


def _sheet(wb: Any, fmt: dict[str, Any], t: FlatTable, tz: Any) -> None:
    ws = wb.add_worksheet(t.name)
    cols = [i for i, h in enumerate(t.headers) if h not in _XLSX_SKIP]
    widths = [len(t.headers[i]) for i in cols]
    for x, i in enumerate(cols):
        ws.write_string(0, x, t.headers[i], fmt["head"])
    for y, row in enumerate(t.rows, start=1):
        for x, i in enumerate(cols):
            width = _cell(ws, fmt, y, x, t.name, t.headers[i], row[i], tz)
            widths[x] = max(widths[x], width)
    for x, w in enumerate(widths):
        ws.set_column(x, x, min(w + 2, 60))
    ws.freeze_panes(1, 0)


def _cell(
    ws: Any, fmt: dict[str, Any], y: int, x: int, table: str, col: str, v: Any, tz: Any
) -> int:
    if v is None:
        return 0
    if isinstance(v, bool):
        ws.write_boolean(y, x, v)
        return 5
    if isinstance(v, int | float):
        ws.write_number(y, x, v)
        return len(f"{v:g}")
    if is_date(v):
        ws.write_datetime(y, x, datetime.combine(v, time()), fmt["date"])
        return 10
    if is_time(v):
        ws.write_datetime(y, x, v, fmt["time"])
        return 8
    if col in _TIMESTAMP_COLS and isinstance(v, str):
        local = datetime.fromisoformat(v).astimezone(tz).replace(tzinfo=None, microsecond=0)
        ws.write_datetime(y, x, local, fmt["stamp"])
        return 19
    if col == "local_date" and isinstance(v, str):
        ws.write_datetime(y, x, datetime.fromisoformat(v), fmt["date"])
        return 10
    text = str(csv_cell(table, col, v))
    ws.write_string(y, x, text)  # never a formula, whatever the text starts with
    return min(len(text), 60)


def _summary(wb: Any, fmt: dict[str, Any], tables: dict[str, FlatTable]) -> None:
    ws = wb.add_worksheet("Summary")
    ws.write_string(0, 0, "day", fmt["head"])
    ws.write_string(0, 1, "morning pain (0-10, highest)", fmt["head"])
    ws.write_string(0, 3, "week starting", fmt["head"])
    ws.write_string(0, 4, "sessions", fmt["head"])
    mornings: dict[str, int] = {}
    pain = tables.get("pain_entries")
    if pain is not None:
        h = pain.headers
        for row in pain.rows:
            if row[h.index("slot")] == "morning":
                day = str(row[h.index("local_date")])
                mornings[day] = max(mornings.get(day, 0), int(row[h.index("pain")]))
    for y, (day, value) in enumerate(sorted(mornings.items()), start=1):
        ws.write_datetime(y, 0, datetime.fromisoformat(day), fmt["date"])
        ws.write_number(y, 1, value)
    weeks: Counter[date] = Counter()
    sessions = tables.get("sessions")
    if sessions is not None:
        h = sessions.headers
        for row in sessions.rows:
            day = row[h.index("local_date")]
            weeks[day - timedelta(days=day.weekday())] += 1
    for y, week in enumerate(sorted(weeks), start=1):
        ws.write_datetime(y, 3, datetime.combine(week, time()), fmt["date"])
        ws.write_number(y, 4, weeks[week])
    ws.set_column(0, 0, 12)
    ws.set_column(1, 1, 28)
    ws.set_column(3, 3, 14)
    ws.set_column(4, 4, 10)
    ws.freeze_panes(1, 0)
