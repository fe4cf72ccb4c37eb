"""Writing flat tables as a CSV folder: one UTF-8 file per table with a header row.

It writes into a path the export service chose as temporary and renames into place at the
end, so a cancelled or failed export leaves no partial folder behind. The workbook writer
(it needs a third-party library, which services do not import) is `phtcoach.workbook`,
handed to `ExportService.export` by the command line and the window.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from datetime import date, time, tzinfo
from pathlib import Path

from phtcoach.services.exchange.flat import LIST_COLS, FlatTable
from phtcoach.services.exchange.rows import JSON_COLS, dump_json

Step = Callable[[], None]  # called after each table; raises to stop
WorkbookWriter = Callable[[Path, Sequence[FlatTable], tzinfo | None, Step], None]


def csv_cell(table: str, col: str, value: object) -> object:
    if value is None:
        return ""
    if col in JSON_COLS.get(table, ()) and table in (
        "settings",
        "user_exercises",
        "user_templates",
    ):
        return dump_json(value)
    if col in LIST_COLS and isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def write_csv_folder(folder: Path, tables: Sequence[FlatTable], step: Step) -> None:
    folder.mkdir(parents=True)
    for t in tables:
        with (folder / f"{t.name}.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(t.headers)
            for row in t.rows:
                w.writerow([csv_cell(t.name, c, v) for c, v in zip(t.headers, row, strict=True)])
        step()
