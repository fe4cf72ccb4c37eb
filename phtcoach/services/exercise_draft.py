"""An exercise being written in the editor: plain fields, checked by the model itself.

The editor edits a draft of strings and flags; `problems()` says which field is wrong and
what the model allows there, one problem per field, taken from the `ValidationError` the
model's own constructors raise (so a range is written once, in `core`). `build()` makes
the `Exercise`. No Qt here: the draft is tested on its own and the widget only mirrors it.

The list parts of a how-to (set-up, movement, faults, cues) are edited as multi-line text,
one step per line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.howto import PARTS, STEP_PARTS, HowTo
from phtcoach.core.model import Exercise, ExerciseKind

LIST_PARTS = (*STEP_PARTS, "cues")  # how-to parts edited one item per line
TEXT_PARTS = tuple(p for p in PARTS if p not in LIST_PARTS and p != "drawing")
LOWER_FIRST_KINDS = frozenset({ExerciseKind.TEMPO, ExerciseKind.ECCENTRIC})
_SLUG_MAX = 64  # core.checks.SLUG_RE: the longest slug the model takes


def slug_from_name(name: str) -> str:
    """'Single-leg RDL (band)' -> 'single-leg-rdl-band'; '' when nothing usable is left."""
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s[:_SLUG_MAX].rstrip("-")


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong with one field: the model's field name, value and allowed range."""

    field: str  # "exercise.name", "how_to.setup", ...
    value: object
    allowed: str

    @classmethod
    def of(cls, e: ValidationError) -> Problem:
        return cls(e.field, e.value, e.allowed)

    def error(self) -> ValidationError:
        """The model's error again (the UI words it with its own field labels)."""
        return ValidationError(self.field, self.value, self.allowed)


@dataclass(frozen=True, slots=True)
class ExerciseDraft:
    """An exercise as the editor holds it. `slug` empty: derived from the name.

    `original` is the slug of the exercise being edited (None: a new one); a saved slug
    never changes, because templates and recorded sets refer to it.
    """

    name: str = ""
    short_name: str = ""  # tables and legends; empty: the name
    slug: str = ""
    kind: ExerciseKind = ExerciseKind.ISOMETRIC
    stage: int | None = None
    single_leg: bool = False
    lower_first: bool = False
    setup: str = ""
    movement: str = ""
    feel: str = ""
    faults: str = ""
    easier: str = ""
    harder: str = ""
    if_it_hurts: str = ""
    cues: str = ""
    instructions: str = ""  # kept as it was (older exercises carry it)
    drawing: str = ""  # kept as it was
    original: str | None = None

    @classmethod
    def from_exercise(cls, ex: Exercise) -> ExerciseDraft:
        how = ex.how_to
        parts: dict[str, str] = {}
        if how is not None:
            for name in LIST_PARTS:
                parts[name] = "\n".join(getattr(how, name))
            for name in TEXT_PARTS:
                parts[name] = getattr(how, name)
        return cls(
            name=ex.name,
            short_name=ex.short_name,
            slug=ex.slug,
            kind=ex.kind,
            stage=ex.stage,
            single_leg=ex.single_leg,
            lower_first=ex.lower_first,
            instructions=ex.instructions,
            drawing="" if how is None else how.drawing,
            original=ex.slug,
            **parts,
        )

    def with_(self, **changes: Any) -> ExerciseDraft:
        return replace(self, **changes)

    @property
    def effective_slug(self) -> str:
        if self.original is not None:
            return self.original
        return self.slug.strip() or slug_from_name(self.name)

    # ------------------------------------------------------------------ checks

    def problems(
        self, builtin_slugs: Collection[str] = (), user_slugs: Collection[str] = ()
    ) -> list[Problem]:
        """Every field's first problem, in the editor's order; empty: `build()` will work."""
        found: list[Problem] = []
        base: dict[str, Any] = {"slug": "x", "name": "x", "kind": ExerciseKind.ISOMETRIC}
        checks: list[Callable[[], object]] = [
            lambda: Exercise(**{**base, "name": self.name.strip()}),
            lambda: Exercise(**{**base, "short_name": self.short_name.strip()}),
            lambda: self._check_slug(builtin_slugs, user_slugs),
            lambda: Exercise(**{**base, "kind": self.kind}),
            lambda: Exercise(**{**base, "stage": self.stage}),
        ]
        for name in (*LIST_PARTS, *TEXT_PARTS):
            value = self._part(name)
            if value:
                checks.append(_howto_check(name, value))
        for check in checks:
            try:
                check()
            except ValidationError as e:
                found.append(Problem.of(e))
        return found

    def _check_slug(self, builtin_slugs: Collection[str], user_slugs: Collection[str]) -> None:
        slug = self.effective_slug
        if not slug and not self.name.strip():
            return  # derived from a name not given yet: the name's problem says it
        Exercise(slug=slug, name="x", kind=ExerciseKind.ISOMETRIC)
        if slug in builtin_slugs:
            raise ValidationError("exercise.slug", slug, "a slug not used by a built-in exercise")
        if self.original is None and slug in user_slugs:
            raise ValidationError("exercise.slug", slug, "a slug not used by another exercise")

    def _part(self, name: str) -> tuple[str, ...] | str:
        raw: str = getattr(self, name)
        if name in LIST_PARTS:
            return tuple(line.strip() for line in raw.splitlines() if line.strip())
        return raw.strip()

    # ------------------------------------------------------------------ result

    def how_to(self) -> HowTo | None:
        """The how-to from the filled parts; None when every part is empty."""
        parts: dict[str, Any] = {name: self._part(name) for name in (*LIST_PARTS, *TEXT_PARTS)}
        if not any(parts.values()) and not self.drawing:
            return None
        return HowTo(**parts, drawing=self.drawing)

    def build(self) -> Exercise:
        """The exercise; raises the model's ValidationError if a field is wrong."""
        return Exercise(
            slug=self.effective_slug,
            name=self.name.strip(),
            short_name=self.short_name.strip(),
            kind=self.kind,
            single_leg=self.single_leg,
            lower_first=self.lower_first and self.kind in LOWER_FIRST_KINDS,
            instructions=self.instructions,
            stage=self.stage,
            how_to=self.how_to(),
        )


def _howto_check(name: str, value: object) -> Callable[[], object]:
    """A how-to with only this part: the model checks the part on its own."""
    part: dict[str, Any] = {name: value}
    return lambda: HowTo(**part)
