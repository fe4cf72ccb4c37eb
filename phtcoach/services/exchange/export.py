"""Export: the whole diary (or a date range of it) as JSON, a CSV folder or a workbook.

The JSON file is complete and versioned ("format": "phtcoach", "version": 1): every table,
settings and the user's own exercises and templates included, each row as stored with its
id, so importing it into an empty data dir and exporting again gives the same file apart
from "exported_at". Everything is written to a temporary path next to the target and
renamed into place at the end: a failed or cancelled export leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from phtcoach import __version__
from phtcoach.core.clock import Clock
from phtcoach.core.errors import ValidationError
from phtcoach.services.changes import Changes, Done
from phtcoach.services.exchange.flat import FLAT_TABLES, flat_tables
from phtcoach.services.exchange.rows import to_file_row
from phtcoach.services.exchange.sources import FORMAT, VERSION
from phtcoach.services.exchange.writers import WorkbookWriter, write_csv_folder
from phtcoach.storage.exchange_repo import TABLES
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.storage.repository import Store

FORMATS = ("csv", "xlsx", "json")
Progress = Callable[[int, int], None]


class ExportCancelledError(Exception):
    """The user cancelled; no file was left behind."""


class ExportService:
    def __init__(
        self, store: Store, clock: Clock, tz: tzinfo | None, names: Callable[[], dict[str, str]]
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        self._names = names

    def document(self, start: date | None = None, end: date | None = None) -> dict[str, Any]:
        """The JSON export as a dict (rows as stored, JSON columns parsed)."""
        if start is not None and end is not None and start > end:
            raise ValidationError("--from", start.isoformat(), f"a day on or before {end}")
        repo = self._store.exchange
        tables = {t.name: [to_file_row(t.name, r) for r in repo.table(t.name)] for t in TABLES}
        if start is not None or end is not None:
            tables = self._within(tables, start, end)
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": self._clock.now().isoformat(timespec="seconds"),
            "app_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "range": {
                "from": None if start is None else start.isoformat(),
                "to": None if end is None else end.isoformat(),
            },
            "tables": tables,
        }

    def export(
        self,
        out: Path,
        fmt: str,
        start: date | None = None,
        end: date | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        workbook: WorkbookWriter | None = None,
    ) -> Done[Path]:
        """Write the export; `workbook` writes XLSX (phtcoach.workbook.write_xlsx)."""
        if fmt not in FORMATS:
            raise ValidationError("--format", fmt, " or ".join(FORMATS))
        if fmt == "xlsx" and workbook is None:
            raise ValidationError("--format", fmt, "csv or json (no workbook writer here)")
        out = out.expanduser().absolute()
        if fmt == "csv" and out.exists() and not (out.is_dir() and not any(out.iterdir())):
            raise ValidationError("--out", str(out), "a new or empty folder for the CSV files")
        if fmt != "csv" and out.is_dir():
            raise ValidationError("--out", str(out), "a file name, not a folder")
        if not out.parent.is_dir():
            raise ValidationError("--out", str(out), "a path in an existing folder")
        doc = self.document(start, end)
        steps = [0]
        total = 1 if fmt == "json" else 2 + len(FLAT_TABLES)  # + red_flags

        def step() -> None:
            if cancelled is not None and cancelled():
                raise ExportCancelledError("export cancelled; no file was written")
            steps[0] += 1
            if progress is not None:
                progress(min(steps[0], total), total)

        tmp = out.with_name(f".{out.name}.part-{os.getpid()}")
        try:
            self._write(tmp, fmt, doc, step, workbook)
            step()
            if fmt == "csv" and out.is_dir():
                out.rmdir()
            os.replace(tmp, out)
        finally:
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            elif tmp.exists():
                tmp.unlink()
        return Done(out, Changes.NONE)

    def _write(
        self,
        tmp: Path,
        fmt: str,
        doc: dict[str, Any],
        step: Callable[[], None],
        workbook: WorkbookWriter | None,
    ) -> None:
        if fmt == "json":
            text = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False)
            tmp.write_text(text + "\n", encoding="utf-8")
            return
        unit = str(
            next((r["value"] for r in doc["tables"]["settings"] if r["key"] == "units"), "kg")
        )
        tables = flat_tables(doc["tables"], self._tz, self._names(), unit)
        if fmt == "csv":
            write_csv_folder(tmp, tables, step)
        elif workbook is not None:
            workbook(tmp, tables, self._tz, step)

    def _within(
        self, tables: dict[str, list[dict[str, Any]]], start: date | None, end: date | None
    ) -> dict[str, list[dict[str, Any]]]:
        def inside(day: date) -> bool:
            return (start is None or day >= start) and (end is None or day <= end)

        def local_day(stamp: object) -> date:
            return datetime.fromisoformat(str(stamp)).astimezone(self._tz).date()

        out = dict(tables)
        out["sessions"] = [r for r in tables["sessions"] if inside(local_day(r["started_at"]))]
        kept = {r["id"] for r in out["sessions"]}
        out["sets"] = [r for r in tables["sets"] if r["session_id"] in kept]
        for name in ("pain_entries", "activities", "measures", "clinician_checks"):
            out[name] = [r for r in tables[name] if inside(date.fromisoformat(r["local_date"]))]
        out["note_answers"] = [
            r for r in tables["note_answers"] if inside(local_day(r["recorded_at"]))
        ]
        return out
