"""One row of a file to its stored layout, checked by the core model on the way.

Every row goes through the same codec the repositories use (`storage.rows`): decoded into
its record (so the model's ValidationError names the field and the allowed range), then
encoded back. What comes out is the canonical stored text, so comparing it with a stored
row tells "already present" from "in conflict", and a re-export is the same text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import fields
from enum import Enum
from typing import Any

from phtcoach.core.enums import (
    ActivityFlag,
    ActivityKind,
    Intensity,
    MeasureKind,
    MorningTest,
    PainSlot,
    RedFlag,
    SessionStatus,
    Side,
)
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Exercise, Settings, check_int
from phtcoach.core.records import NoteAnswer
from phtcoach.core.serialize import (
    exercise_from_dict,
    exercise_to_dict,
    template_from_dict,
    template_to_dict,
)
from phtcoach.core.words import plural
from phtcoach.storage import rows as codec
from phtcoach.storage.exchange_repo import SPECS

# Columns holding JSON in the database; files carry them as JSON values (lists, objects).
JSON_COLS: dict[str, tuple[str, ...]] = {
    "settings": ("value",),
    "user_exercises": ("data",),
    "user_templates": ("data",),
    "sets": ("hold_s",),
    "pain_entries": ("red_flags",),
    "activities": ("flags",),
    "note_answers": ("flags",),
}
BOOL_COLS: dict[str, tuple[str, ...]] = {"note_answers": ("is_flag",)}

Values = tuple[object, ...]
_RECORDS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Values]]] = {
    "sessions": (codec.session_from_row, codec.session_row),
    "sets": (codec.set_from_row, codec.set_row),
    "pain_entries": (codec.pain_from_row, codec.pain_row),
    "activities": (codec.activity_from_row, codec.activity_row),
    "measures": (codec.measure_from_row, codec.measure_row),
    "clinician_checks": (codec.check_from_row, codec.check_row),
}
# Enum columns, checked first so a wrong name is reported with the names allowed.
_ENUMS: dict[tuple[str, str], type[Enum]] = {
    ("sessions", "affected_side"): Side,
    ("sessions", "status"): SessionStatus,
    ("sets", "side"): Side,
    ("pain_entries", "slot"): PainSlot,
    ("pain_entries", "test_kind"): MorningTest,
    ("pain_entries", "red_flags"): RedFlag,
    ("activities", "kind"): ActivityKind,
    ("activities", "intensity"): Intensity,
    ("activities", "flags"): ActivityFlag,
    ("measures", "kind"): MeasureKind,
    ("note_answers", "flags"): RedFlag,
}
READ_ERRORS = (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError)


def to_file_row(table: str, row: Mapping[str, object]) -> dict[str, object]:
    """A stored row as a file carries it: JSON columns parsed, flags as true/false."""
    out = dict(row)
    for col in JSON_COLS.get(table, ()):
        out[col] = json.loads(str(row[col]))
    for col in BOOL_COLS.get(table, ()):
        out[col] = bool(row[col])
    return out


def dump_json(value: object) -> str:
    return json.dumps(value, allow_nan=False, ensure_ascii=False, sort_keys=True)


def _row_object(table: str, obj: object) -> dict[str, Any]:
    spec = SPECS[table]
    if not isinstance(obj, dict):
        raise DataFormatError("row", f"expected an object with {', '.join(spec.all_cols)}")
    unknown = sorted(str(k) for k in obj if k not in spec.all_cols)
    if unknown:
        raise DataFormatError(
            "row", plural("unknown field(s)", len(unknown)) + f" {', '.join(unknown)}"
        )
    missing = [c for c in spec.all_cols if c not in obj]
    if missing:
        raise DataFormatError(
            "row", plural("missing field(s)", len(missing)) + f" {', '.join(missing)}"
        )
    return dict(obj)


def record_row(table: str, obj: object) -> tuple[Values, Values]:
    """(key, values) of a diary or session row, in the stored layout; raises on bad values."""
    o = _row_object(table, obj)
    rid = o["id"]
    if isinstance(rid, bool):
        raise ValidationError(f"{table}.id", rid, "a whole number from 1 to 2^62")
    check_int(f"{table}.id", rid, 1, 2**62)
    _check_enums(table, o)
    stored = dict(o)
    for col in JSON_COLS.get(table, ()):
        stored[col] = json.dumps(o[col], allow_nan=False)
    decode, encode = _RECORDS[table]
    return (rid,), encode(decode(stored))


def _check_enums(table: str, o: Mapping[str, Any]) -> None:
    for (t, col), kind in _ENUMS.items():
        if t != table or o[col] is None:
            continue
        allowed = [str(m.value) for m in kind]
        values = o[col] if isinstance(o[col], list) else [o[col]]
        for v in values:
            if v not in allowed:
                raise ValidationError(f"{table}.{col}", v, "one of " + ", ".join(allowed))


def note_answer_row(obj: object) -> tuple[Values, Values]:
    o = _row_object("note_answers", obj)
    _check_enums("note_answers", o)
    flags = o["flags"]
    if not isinstance(flags, list):
        raise ValidationError("note_answer.flags", flags, "a list of red-flag names")
    recorded = o["recorded_at"]
    if not isinstance(recorded, str):
        raise ValidationError("note_answer.recorded_at", recorded, "an ISO date and time")
    answer = NoteAnswer(
        source=o["source"],
        source_id=o["source_id"],
        is_flag=o["is_flag"],
        flags=frozenset(flags),
        recorded_at=codec.from_text(recorded),
    )
    return (answer.source, answer.source_id), (
        int(answer.is_flag),
        codec.enum_names(answer.flags),
        codec.to_text(answer.recorded_at),
    )


def settings_rows(objs: list[object]) -> dict[Values, Values]:
    """All settings rows at once: the model checks the values together."""
    names = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for obj in objs:
        o = _row_object("settings", obj)
        key = o["key"]
        if not isinstance(key, str) or key not in names:
            raise ValidationError(
                "settings.key", key, "a setting name: " + ", ".join(sorted(names))
            )
        values[key] = o["value"]
    settings = Settings(**values)
    return {(k,): (json.dumps(_plain(getattr(settings, k)), allow_nan=False),) for k in values}


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _updated_at(table: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{table}.updated_at", value, "an ISO date and time")
    return codec.time_bound(f"{table}.updated_at", codec.from_text(value))


def exercise_row(obj: object, where: str) -> tuple[Values, Values, Exercise]:
    o = _row_object("user_exercises", obj)
    ex = exercise_from_dict(o["data"], where)
    if ex.slug != o["slug"] or ex.name != o["name"]:
        raise ValidationError("user_exercises.slug", o["slug"], f"the slug in its data ({ex.slug})")
    data = dump_json(exercise_to_dict(ex))
    return (ex.slug,), (ex.name, data, _updated_at("user_exercises", o["updated_at"])), ex


def template_row(obj: object, known: Mapping[str, Exercise], where: str) -> tuple[Values, Values]:
    o = _row_object("user_templates", obj)
    t = template_from_dict(o["data"], known, where)
    if t.id != o["id"] or t.name != o["name"]:
        raise ValidationError("user_templates.id", o["id"], f"the id in its data ({t.id})")
    data = dump_json(template_to_dict(t))
    return (t.id,), (t.name, data, _updated_at("user_templates", o["updated_at"]))
