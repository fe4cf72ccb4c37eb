"""The field checks every domain constructor runs, and the limits they enforce.

Validation lives in the constructors (a bad value never reaches the database, a timeline
or a chart), so every record type needs the same handful of checks, each raising a
`ValidationError` that names the field and the allowed range in words the UI can show.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from phtcoach.core.errors import ValidationError
from phtcoach.core.words import translate


# The allowed ranges in words: shown under a field and printed by the CLI, so translated
# (English until the composition root installs a language).
def _whole(lo: int, hi: int) -> str:
    return translate("checks", "a whole number from {lo} to {hi}").format(lo=lo, hi=hi)


def _number(lo: float, hi: float) -> str:
    return translate("checks", "a number from {lo} to {hi}").format(lo=_num(lo), hi=_num(hi))


def _text(max_len: int) -> str:
    return translate("checks", "text of at most {n} characters").format(n=max_len)


def check_int(name: str, value: object, lo: int, hi: int) -> int:
    """`value` as an int in [lo, hi], or a ValidationError naming `name` and the range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, value, _whole(lo, hi))
    if not lo <= value <= hi:
        raise ValidationError(name, value, _whole(lo, hi))
    return value


def check_float(name: str, value: object, lo: float, hi: float) -> float:
    """`value` as a finite float in [lo, hi], or a ValidationError naming `name` and the range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, value, _number(lo, hi))
    if isinstance(value, int) and not lo <= value <= hi:  # before float(): 10**400 overflows
        raise ValidationError(name, value, _number(lo, hi))
    v = float(value)
    if not math.isfinite(v) or not lo <= v <= hi:
        raise ValidationError(name, value, _number(lo, hi))
    return v


def check_optional_int(name: str, value: object, lo: int, hi: int) -> int | None:
    return None if value is None else check_int(name, value, lo, hi)


def check_text(name: str, value: object, max_len: int, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, value, _text(max_len))
    if required and not value.strip():
        raise ValidationError(name, value, translate("checks", "non-empty text"))
    if required and "\x00" in value:  # a name: SQLite's length() stops at a NUL
        raise ValidationError(name, value, translate("checks", "text without NUL characters"))
    if len(value) > max_len:
        raise ValidationError(name, f"{value[:20]}...", _text(max_len))
    if not _encodable(value):  # a lone surrogate ("\ud800") cannot be stored as UTF-8
        raise ValidationError(name, value, translate("checks", "text without broken characters"))
    return value


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_items(name: str, value: object, max_items: int) -> tuple[object, ...]:
    """`value` (a tuple, list, set or frozenset) as a tuple of at most `max_items` items,
    or a ValidationError naming `name`; each item is checked by the caller."""
    if not isinstance(value, tuple | list | set | frozenset):
        raise ValidationError(
            name, value, translate("checks", "a list of at most {n} items").format(n=max_items)
        )
    if len(value) > max_items:
        raise ValidationError(
            name, len(value), translate("checks", "a list of at most {n} items").format(n=max_items)
        )
    return tuple(value)


def check_utc(name: str, value: object) -> datetime:
    """A timezone-aware datetime whose offset is zero (stored timestamps are UTC)."""
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(name, value, "a timezone-aware UTC date and time")
    if value.utcoffset() != timedelta(0):
        raise ValidationError(name, value, "a UTC date and time (offset +00:00)")
    return value


E = TypeVar("E", bound=StrEnum)


def check_enum(name: str, value: object, enum: type[E]) -> E:
    try:
        return enum(value)  # type: ignore[arg-type]  # any non-member raises ValueError below
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(
            name, value, translate("checks", "one of: {allowed}").format(allowed=allowed)
        ) from None


def _num(x: float) -> str:
    return f"{x:g}"


SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def check_slug(name: str, value: object) -> str:
    if not isinstance(value, str) or not SLUG_RE.match(value):
        raise ValidationError(
            name, value, "1-64 lower-case letters, digits and hyphens, starting with a letter/digit"
        )
    return value


PAIN_MIN, PAIN_MAX = 0, 10
MAX_LOAD_KG = 500.0
MAX_PHASE_S = 3600.0
MAX_REST_S = 1800.0


def check_pain(name: str, value: object) -> int:
    return check_int(name, value, PAIN_MIN, PAIN_MAX)
