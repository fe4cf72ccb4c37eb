"""What a user action changed, so every screen that shows it can refresh, and no other.

Each service call is one user action and one transaction; it returns a `Done` carrying the
value the caller asked for and the kinds of data it touched. The Qt app state turns that
into one `changed(Changes)` signal, so no screen has to know which other screens to poke.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Flag, auto
from typing import Generic, TypeVar

T = TypeVar("T")


class Changes(Flag):
    """Kinds of data; a screen refreshes when a change touches a kind it shows."""

    NONE = 0
    SETTINGS = auto()  # Settings and the programme position (current template, side)
    PROGRAMME = auto()  # user templates and exercises
    DIARY = auto()  # pain entries, activities, measures, red flags, clinician checks
    SESSIONS = auto()  # sessions and their sets, ratings included
    UI = auto()  # small remembered choices (a step declined for today, the side question)
    ALL = SETTINGS | PROGRAMME | DIARY | SESSIONS | UI

    def touches(self, other: Changes) -> bool:
        return bool(self & other)


@dataclass(frozen=True, slots=True)
class Done(Generic[T]):
    """A service call's result: what the caller asked for, and what changed."""

    value: T
    changes: Changes
