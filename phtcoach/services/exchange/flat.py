"""The export's tables as flat rows for a spreadsheet: stored columns plus readable ones.

Each flat table keeps every stored column (so a CSV folder reads back in) and adds what a
person wants to read: the local date and time of the record, the exercise and template
names, the load in the user's unit. Values stay typed (numbers, dates, times); the CSV and
XLSX writers decide how each is spelled.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from typing import Any

from phtcoach.storage.exchange_repo import SPECS

LB_PER_KG = 2.2046226218
# The timestamp each table is dated by, and whether it has its own local_date column.
_WHEN = {
    "sessions": "started_at",
    "sets": "started_at",
    "pain_entries": "recorded_at",
    "activities": "recorded_at",
    "measures": "recorded_at",
    "clinician_checks": "recorded_at",
    "note_answers": "recorded_at",
}
FLAT_TABLES = (
    "sets",
    "sessions",
    "pain_entries",
    "activities",
    "measures",
    "clinician_checks",
    "note_answers",
    "settings",
    "user_exercises",
    "user_templates",
)
LIST_COLS = {"hold_s", "red_flags", "flags"}
JSON_TEXT_COLS = {"value", "data"}  # settings values, exercise and template definitions


@dataclass(frozen=True, slots=True)
class FlatTable:
    name: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    readable: frozenset[str]  # the added columns (not read back by an import)


def flat_tables(
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    tz: tzinfo | None,
    names: Mapping[str, str],
    unit: str,
) -> list[FlatTable]:
    """`tables` as the JSON export carries them; `names` maps exercise/template ids to names."""
    out = []
    for name in FLAT_TABLES:
        spec = SPECS[name]
        extra = _extra_headers(name)
        headers = (*spec.all_cols, *extra)
        rows = [
            tuple(row[c] for c in spec.all_cols) + _extra_values(name, row, tz, names, unit)
            for row in tables.get(name, ())
        ]
        out.append(FlatTable(name, headers, rows, frozenset(extra)))
    out.insert(FLAT_TABLES.index("note_answers") + 1, _red_flags(tables, tz))
    return out


def _red_flags(tables: Mapping[str, Sequence[Mapping[str, Any]]], tz: tzinfo | None) -> FlatTable:
    """Every red flag logged, one a row: ticked in a check-in, or a "yes" about a note.

    Only for reading (an import takes flags from pain_entries and note_answers)."""
    headers = ("local_date", "local_time", "flag", "source", "source_id", "recorded_at")
    rows: list[tuple[Any, ...]] = []
    for e in tables.get("pain_entries", ()):
        for flag in e["red_flags"]:
            rows.append(_flag_row(e["recorded_at"], tz, flag, "pain", e["id"]))
    for a in tables.get("note_answers", ()):
        if a["is_flag"]:
            for flag in a["flags"]:
                rows.append(_flag_row(a["recorded_at"], tz, flag, a["source"], a["source_id"]))
    rows.sort(key=lambda r: str(r[-1]))
    return FlatTable("red_flags", headers, rows, frozenset(headers))


def _flag_row(
    stamp: object, tz: tzinfo | None, flag: object, source: str, sid: object
) -> tuple[Any, ...]:
    local = datetime.fromisoformat(str(stamp)).astimezone(tz)
    return (local.date(), local.time().replace(microsecond=0), flag, source, sid, stamp)


def _extra_headers(name: str) -> tuple[str, ...]:
    when: tuple[str, ...] = ()
    if name in _WHEN:
        has_day = "local_date" in SPECS[name].cols
        when = ("local_time",) if has_day else ("local_date", "local_time")
    if name == "sets":
        return (*when, "exercise_name", "load", "load_unit", "effort")
    if name == "sessions":
        return (*when, "template_name")
    return when


def _extra_values(
    name: str, row: Mapping[str, Any], tz: tzinfo | None, names: Mapping[str, str], unit: str
) -> tuple[Any, ...]:
    when: tuple[Any, ...] = ()
    if name in _WHEN:
        local = datetime.fromisoformat(str(row[_WHEN[name]])).astimezone(tz)
        stamp = local.time().replace(microsecond=0)
        when = (stamp,) if "local_date" in SPECS[name].cols else (local.date(), stamp)
    if name == "sets":
        kg = float(row["load_kg"])
        load = round(kg * LB_PER_KG, 1) if unit == "lb" else kg
        slug = str(row["exercise_slug"])
        return (*when, names.get(slug, slug), load, unit, row["rpe"])
    if name == "sessions":
        tid = str(row["template_id"])
        return (*when, names.get(tid, tid))
    return when


def is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def is_time(value: object) -> bool:
    return isinstance(value, time)
