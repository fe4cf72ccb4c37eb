"""Reading an export back: a JSON file or a CSV folder, as table name -> rows.

A file that cannot be read at all (too large, not JSON, nested without end, the wrong
format or version) raises DataFormatError naming the file; rows are only checked later,
all of them, so the user sees every problem at once.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from phtcoach.core.errors import DataFormatError, short_repr
from phtcoach.core.words import plural
from phtcoach.services.exchange.rows import BOOL_COLS, JSON_COLS
from phtcoach.storage.exchange_repo import SPECS

FORMAT = "phtcoach"
VERSION = 1
MAX_BYTES = 20 * 1024 * 1024  # years of daily use are well under 5 MB
MAX_ROWS = 500_000
MAX_CELL = 1_100_000  # the longest stored text (engine_state) is 1,000,000 characters

# CSV cells are text; these columns are read back as numbers, nulls, lists or JSON.
INT_COLS = {
    "id", "source_id", "session_id", "block_index", "set_no", "planned_reps",
    "performed_reps", "pain_after", "pain", "test_score", "pain_during", "rpe",
}  # fmt: skip
FLOAT_COLS = {"load_kg", "minutes", "hours_sitting", "distance_km", "value"}
NULL_IF_EMPTY = {
    "ended_at", "pain_after", "test_kind", "test_score", "pain_during", "rpe", "distance_km",
}  # fmt: skip
LIST_SEP = ";"


@dataclass
class Source:
    """The tables found in a file or folder; `label` says where each came from."""

    tables: dict[str, list[Any]] = field(default_factory=dict)
    label: dict[str, str] = field(default_factory=dict)


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number JSON allows")


def _checked_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise DataFormatError(
            str(path),
            f"the file is {size / 1e6:.1f} MB; an export is at most {MAX_BYTES // 2**20} MB",
        )


def read_source(path: Path) -> Source:
    if path.is_dir():
        return read_csv_folder(path)
    if not path.is_file():
        raise DataFormatError(str(path), "no such file or folder")
    return read_json(path)


def read_json(path: Path) -> Source:
    _checked_size(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a BOM: an editor on Windows saved it
        doc = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise DataFormatError(str(path), "not UTF-8 text") from None
    except RecursionError:
        raise DataFormatError(str(path), "nested too deeply to be an export") from None
    except ValueError as e:
        raise DataFormatError(str(path), f"not valid JSON ({e})") from None
    return document_source(doc, path.name)


def document_source(doc: object, name: str) -> Source:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DataFormatError(name, f'not a {FORMAT} export (no "format": "{FORMAT}")')
    version = doc.get("version")
    if version != VERSION or isinstance(version, bool):
        raise DataFormatError(
            name, f"version {short_repr(version)} is not supported (this app reads 1)"
        )
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise DataFormatError(name, '"tables" must be an object of table name -> rows')
    unknown = sorted(str(k) for k in tables if k not in SPECS)
    if unknown:
        raise DataFormatError(
            f"{name}: tables", plural("unknown table(s)", len(unknown)) + f" {', '.join(unknown)}"
        )
    src = Source()
    for table, rows in tables.items():
        if not isinstance(rows, list):
            raise DataFormatError(f"{name}: tables.{table}", "must be a list of rows")
        if len(rows) > MAX_ROWS:
            raise DataFormatError(f"{name}: tables.{table}", f"more than {MAX_ROWS} rows")
        src.tables[table] = rows
        src.label[table] = f"{name}: {table}"
    return src


def read_csv_folder(folder: Path) -> Source:
    src = Source()
    total = 0
    for table in SPECS:
        path = folder / f"{table}.csv"
        if not path.is_file():
            continue
        total += path.stat().st_size
        if total > MAX_BYTES:
            raise DataFormatError(str(folder), f"more than {MAX_BYTES // 2**20} MB of CSV")
        src.tables[table] = _csv_rows(path, table)
        src.label[table] = path.name
    if not src.tables:
        raise DataFormatError(str(folder), "no export tables in this folder (e.g. sets.csv)")
    return src


def _csv_rows(path: Path, table: str) -> list[Any]:
    spec = SPECS[table]
    before = csv.field_size_limit(MAX_CELL)  # a session's resume state can be long
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in spec.all_cols if c not in header]
            if missing:
                raise DataFormatError(
                    path.name, plural("missing column(s)", len(missing)) + f" {', '.join(missing)}"
                )
            rows: list[Any] = []
            for i, raw in enumerate(reader):
                if i >= MAX_ROWS:
                    raise DataFormatError(path.name, f"more than {MAX_ROWS} rows")
                rows.append(_cell_row(table, {c: raw.get(c) for c in spec.all_cols}))
            return rows
    except UnicodeDecodeError:
        raise DataFormatError(path.name, "not UTF-8 text") from None
    except csv.Error as e:
        raise DataFormatError(path.name, f"not valid CSV ({e})") from None
    finally:
        csv.field_size_limit(before)


def _cell_row(table: str, raw: dict[str, str | None]) -> dict[str, object]:
    """CSV text back to values; a cell that does not parse stays text for the model to name."""
    out: dict[str, object] = {}
    for col, cell in raw.items():
        text = "" if cell is None else cell
        out[col] = _cell(table, col, text)
    return out


def _cell(table: str, col: str, text: str) -> object:
    if col in JSON_COLS.get(table, ()):
        if table in ("settings", "user_exercises", "user_templates"):
            try:
                return json.loads(text, parse_constant=_reject_constant)
            except (ValueError, RecursionError):
                return text
        return _list_cell(table, text)
    if col in BOOL_COLS.get(table, ()):
        return {"true": True, "false": False}.get(text.strip().lower(), text)
    if text == "" and col in NULL_IF_EMPTY:
        return None
    if col in INT_COLS or (col in FLOAT_COLS and table != "settings"):
        return _number(text, col in INT_COLS)
    return text


def _list_cell(table: str, text: str) -> list[object]:
    parts = [p.strip() for p in text.split(LIST_SEP) if p.strip()]
    if table == "sets":
        return [_number(p, False) for p in parts]
    return list(parts)


def _number(text: str, whole: bool) -> object:
    try:
        return int(text) if whole else float(text)
    except ValueError:
        try:
            as_float = float(text)
        except ValueError:
            return text
        return int(as_float) if whole and as_float.is_integer() else as_float
