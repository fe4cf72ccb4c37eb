"""How to do an exercise: set-up, movement, what to feel, faults, easier and harder versions,
what to do if it hurts, the few cues worth saying on the floor, and the drawing to show.

Structured rather than one paragraph, so the Programme page can show it in sections, the
runner can show just the key cues beside the countdown, and `phtcoach exercises` can list
the steps. Validated on construction like every model object: a bad value raises a
`ValidationError` naming the part ("how_to.cues") and what is allowed.

The dict codec lives here too (the template-file reader in `serialize` calls it), so a
user's own exercise carries its own how-to through files and the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from phtcoach.core.checks import SLUG_RE, check_text
from phtcoach.core.errors import ValidationError

MAX_STEPS = 6  # steps in a list part (set-up, movement, faults)
MAX_STEP_CHARS = 160
MAX_CUES = 3
MAX_CUE_CHARS = 60
MAX_TEXT_CHARS = 400  # feel, easier, harder, if it hurts

STEP_PARTS = ("setup", "movement", "faults")
TEXT_PARTS = ("feel", "easier", "harder", "if_it_hurts")


def check_steps(name: str, value: object, max_items: int, max_chars: int) -> tuple[str, ...]:
    """A list of short non-empty texts, as a tuple; else a ValidationError naming `name`."""
    allowed = f"a list of at most {max_items} short texts, each 1 to {max_chars} characters"
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError(name, value, allowed)
    if len(value) > max_items:
        raise ValidationError(name, f"{len(value)} items", allowed)
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValidationError(name, item, allowed)
        if len(item) > max_chars:
            raise ValidationError(name, f"{item[:20]}...", allowed)
        check_text(name, item, max_chars)  # a lone surrogate cannot be stored as UTF-8
    return tuple(value)


@dataclass(frozen=True, slots=True)
class HowTo:
    """How to do one exercise. Lists are short steps; `cues` are the (at most 3) words
    worth seeing from the floor; `drawing` names a drawing of the start and end positions
    (`assets/illustrations/<drawing>.svg`), empty when there is none."""

    setup: tuple[str, ...] = ()
    movement: tuple[str, ...] = ()
    feel: str = ""
    faults: tuple[str, ...] = ()
    easier: str = ""
    harder: str = ""
    if_it_hurts: str = ""
    cues: tuple[str, ...] = ()
    drawing: str = ""

    def __post_init__(self) -> None:
        for name in STEP_PARTS:
            steps = check_steps(f"how_to.{name}", getattr(self, name), MAX_STEPS, MAX_STEP_CHARS)
            object.__setattr__(self, name, steps)
        for name in TEXT_PARTS:
            check_text(f"how_to.{name}", getattr(self, name), MAX_TEXT_CHARS)
        object.__setattr__(
            self, "cues", check_steps("how_to.cues", self.cues, MAX_CUES, MAX_CUE_CHARS)
        )
        if not isinstance(self.drawing, str) or (self.drawing and not SLUG_RE.match(self.drawing)):
            raise ValidationError(
                "how_to.drawing", self.drawing, "empty, or a drawing's name (a slug)"
            )
        if not any(getattr(self, f.name) for f in fields(self)):
            raise ValidationError("how_to", "{}", "at least one part filled in")

    @property
    def complete(self) -> bool:
        """Every part given (what every built-in exercise has)."""
        return all(getattr(self, f.name) for f in fields(self))

    def missing(self) -> tuple[str, ...]:
        """The parts left empty, in order."""
        return tuple(f.name for f in fields(self) if not getattr(self, f.name))

    def steps(self) -> tuple[str, ...]:
        """The set-up and the movement as one list of short steps."""
        return self.setup + self.movement


PARTS: tuple[str, ...] = tuple(f.name for f in fields(HowTo))


def howto_to_dict(how: HowTo) -> dict[str, Any]:
    """Only the parts given; lists as JSON lists."""
    out: dict[str, Any] = {}
    for name in PARTS:
        value = getattr(how, name)
        if value:
            out[name] = list(value) if isinstance(value, tuple) else value
    return out


def howto_from_dict(d: object) -> HowTo:
    """Read a how-to object; unknown parts are errors (a typo must not vanish quietly)."""
    if not isinstance(d, Mapping):
        raise ValidationError("how_to", d, f"an object with some of: {', '.join(PARTS)}")
    for key in d:
        if key not in PARTS:
            raise ValidationError(f"how_to.{key}", key, f"a known part ({', '.join(PARTS)})")
    return HowTo(**{k: v for k, v in d.items() if v is not None})
