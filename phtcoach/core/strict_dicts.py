"""Strict readers for plain dicts parsed from a file: every problem is located.

Template files, the built-in programme and stored library rows are JSON or TOML parsed into
plain dicts. These helpers check one level of such a dict (is it an object or a list, are
its keys all known, are the required ones there) and run a model constructor, each turning
a problem into a `DataFormatError` whose `where` is a path into the file
("templates[2].blocks[0].dosage.sets"). `join` and `index` build those paths.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from phtcoach.core.errors import DataFormatError, ValidationError, short_repr

T = TypeVar("T")


def join(where: str, key: str) -> str:
    """`where` + `.key`, or just `key` at the top of a file."""
    return f"{where}.{key}" if where else key


def index(where: str, i: int) -> str:
    return f"{where}[{i}]"


def read_object(
    d: object, where: str, allowed: tuple[str, ...], required: tuple[str, ...]
) -> dict[str, Any]:
    """`d` as a str-keyed dict with only `allowed` keys and every `required` one."""
    if not isinstance(d, Mapping):
        raise DataFormatError(where or "file", f"expected an object, got {type_name(d)}")
    out: dict[str, Any] = {}
    for key, value in d.items():
        if not isinstance(key, str):
            raise DataFormatError(where or "file", f"keys must be text, got {short_repr(key)}")
        if key not in allowed:
            raise DataFormatError(join(where, key), f"unknown key (allowed: {', '.join(allowed)})")
        if value is not None:  # null means "not given" (TOML has no null to write)
            out[key] = value
    for key in required:
        if key not in out:
            raise DataFormatError(join(where, key), "missing (required)")
    return out


def read_list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise DataFormatError(where, f"expected a list, got {type_name(value)}")
    return list(value)


def type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int | float):
        return "a number"
    return type(value).__name__


def build_at(where: str, make: Callable[[], T]) -> T:
    """Run a model constructor, turning its ValidationError into a located DataFormatError.

    The model names fields "dosage.sets", "block.rest_after_s"...; the first component is
    the object itself, which `where` already locates, so only the rest is appended.
    """
    try:
        return make()
    except ValidationError as e:
        _, _, rest = e.field.partition(".")
        raise DataFormatError(join(where, rest) if rest else where, str(e)) from e
