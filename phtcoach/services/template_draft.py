"""The template editor's model: a mutable draft of a template, checked field by field.

A `Template` cannot exist in an invalid state, but an editor must hold one while the user
types. The draft holds plain values (an exercise slug, a dosage kind and every number) and
says what is wrong with all of them at once: each `Problem` names the field path ("block 2 ·
hold (s)") and the allowed range. The ranges are never written here: each field is checked
by building the model object with only that field taken from the draft (the others at known
good values) and keeping the `ValidationError` it raises, so the editor and the model can
never disagree.

Fields the editor does not show (a built-in's ladder step, a prescribed template's author
and note, block notes) ride along on `base`, so Template -> draft -> Template is exact.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    PHASE_FIELDS,
    Block,
    Dosage,
    Exercise,
    ExerciseKind,
    SidesMode,
    Template,
    kind_fields,
)

# The draft's own field names, as the problems name them (and the UI places its messages).
FIELD_LABELS: dict[str, str] = {
    "id": "id",
    "name": "name",
    "description": "description",
    "stage": "stage",
    "blocks": "blocks",
    "exercise": "exercise",
    "kind": "kind",
    "sets": "sets",
    "reps": "reps",
    "hold_s": "hold (s)",
    "up_s": "up (s)",
    "top_pause_s": "top pause (s)",
    "down_s": "down (s)",
    "bottom_pause_s": "bottom pause (s)",
    "work_s": "work (s)",
    "walk_s": "walk (s)",
    "run_s": "run (s)",
    "rest_between_reps_s": "rest between reps (s)",
    "rest_between_sets_s": "rest between sets (s)",
    "rest_after_s": "rest after block (s)",
    "load_kg": "load (kg)",
    "sides": "sides",
    "note": "note",
}
REST_FIELDS = ("rest_between_reps_s", "rest_between_sets_s")
# A number the user has not given yet gets this when a kind needs it (a new block, a kind
# changed): values that make a sensible first session of that kind.
KIND_DEFAULTS: dict[str, float] = {
    "hold_s": 10.0,
    "up_s": 3.0,
    "down_s": 3.0,
    "work_s": 20.0,
    "walk_s": 60.0,
    "run_s": 120.0,
}
NEW_BLOCK_EXERCISE = "fesl-bridge-hold"
# What a duplicate does not inherit: a built-in's place, a clinician's prescription.
_COPY_RESETS: dict[str, object] = {"builtin": False, "ladder_step": None, "prescribed": False}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix: `block` is the 0-based block index (None for the template's own
    fields), `field` a key of FIELD_LABELS, `allowed` the model's own words for the range."""

    block: int | None
    field: str
    allowed: str
    value: object = None

    @property
    def label(self) -> str:
        name = FIELD_LABELS.get(self.field, self.field)
        return name if self.block is None else f"block {self.block + 1} · {name}"

    def __str__(self) -> str:
        return f"{self.label}: {self.allowed}"


@dataclass
class BlockDraft:
    exercise: str
    kind: ExerciseKind
    sets: int = 2
    reps: int = 5
    hold_s: float = 0.0
    up_s: float = 0.0
    top_pause_s: float = 0.0
    down_s: float = 0.0
    bottom_pause_s: float = 0.0
    work_s: float = 0.0
    walk_s: float = 0.0
    run_s: float = 0.0
    rest_between_reps_s: float = 10.0
    rest_between_sets_s: float = 60.0
    rest_after_s: float = 120.0
    sides: SidesMode = SidesMode.AFFECTED
    load_kg: float = 0.0
    note: str = ""

    @classmethod
    def new(cls, exercise: Exercise) -> BlockDraft:
        b = cls(exercise=exercise.slug, kind=exercise.kind)
        b.fill_defaults()
        return b

    @classmethod
    def from_block(cls, block: Block) -> BlockDraft:
        d = block.dosage
        numbers = {name: getattr(d, name) for name in (*PHASE_FIELDS, *REST_FIELDS)}
        return cls(
            exercise=block.exercise.slug,
            kind=d.kind,
            sets=d.sets,
            reps=d.reps,
            rest_after_s=block.rest_after_s,
            sides=d.sides,
            load_kg=d.load_kg,
            note=block.note,
            **numbers,
        )

    @property
    def number_fields(self) -> tuple[str, ...]:
        """The phase seconds this block's kind uses, in the order a rep runs them."""
        return kind_fields(self.kind)

    def set_kind(self, kind: ExerciseKind) -> None:
        """Change the kind; the numbers it needs and has not got yet get a first value."""
        self.kind = ExerciseKind(kind)
        self.fill_defaults()

    def fill_defaults(self) -> None:
        for name in self.number_fields:
            if getattr(self, name) <= 0 and name in KIND_DEFAULTS:
                setattr(self, name, KIND_DEFAULTS[name])

    def dosage(self) -> Dosage:
        """Raises ValidationError for the first bad value; `problems` lists them all."""
        return Dosage(**self._dosage_args())

    def _dosage_args(self) -> dict[str, Any]:
        used = set(self.number_fields)
        return {
            "kind": self.kind,
            "sets": self.sets,
            "reps": self.reps,
            **{name: (getattr(self, name) if name in used else 0.0) for name in PHASE_FIELDS},
            **{name: getattr(self, name) for name in REST_FIELDS},
            "load_kg": self.load_kg,
            "sides": self.sides,
        }

    def to_block(self, exercises: Mapping[str, Exercise]) -> Block:
        ex = exercises.get(self.exercise)
        if ex is None:
            raise ValidationError("block.exercise", self.exercise, "an exercise in the library")
        return Block(
            exercise=ex, dosage=self.dosage(), rest_after_s=self.rest_after_s, note=self.note
        )

    def problems(self, index: int, exercises: Mapping[str, Exercise]) -> list[Problem]:
        out: list[Problem] = []

        def probe(build: Callable[[], object]) -> None:
            try:
                build()
            except ValidationError as e:
                out.append(Problem(index, _field_of(e), e.allowed, e.value))

        ex = exercises.get(self.exercise)
        if ex is None:
            out.append(Problem(index, "exercise", "an exercise in the library", self.exercise))
        base = _good_dosage(self.kind)
        if ex is not None:
            probe(lambda: Block(exercise=ex, dosage=base))
        args = self._dosage_args()
        for name in ("sets", "reps", *self.number_fields, *REST_FIELDS, "load_kg", "sides"):
            probe(functools.partial(dataclasses.replace, base, **{name: args[name]}))
        probe_ex = _probe_exercise(self.kind)
        probe(lambda: Block(probe_ex, base, rest_after_s=self.rest_after_s, note=self.note))
        return out


@dataclass
class TemplateDraft:
    name: str = ""
    description: str = ""
    stage: int | None = None
    blocks: list[BlockDraft] = field(default_factory=list)
    id: str | None = None  # None: made from the name (see `resolved_id`)
    base: Template | None = None  # what it was made from: fields the editor keeps as they are

    @classmethod
    def from_template(cls, template: Template) -> TemplateDraft:
        return cls(
            name=template.name,
            description=template.description,
            stage=template.stage,
            blocks=[BlockDraft.from_block(b) for b in template.blocks],
            id=template.id,
            base=template,
        )

    @property
    def builtin(self) -> bool:
        """A built-in is never edited in place: the editor offers `duplicate` instead."""
        return self.base is not None and self.base.builtin

    def resolved_id(self, taken: Collection[str] = ()) -> str:
        """The id as set, or a slug of the name not among `taken` ("my-plan", "my-plan-2")."""
        if self.id is not None:
            return self.id
        return unique(slugify(self.name), taken, lambda stem, n: f"{stem[:60]}-{n}")

    def duplicate(
        self, taken_ids: Collection[str], taken_names: Collection[str] = ()
    ) -> TemplateDraft:
        """A copy to save as a new user template: "Name (copy)", a new unused id."""
        name = unique(f"{self.name} (copy)", taken_names, lambda _s, n: f"{self.name} (copy {n})")
        base = self.base
        if base is not None:  # the copy is the user's own: off the ladder, no prescription
            names = {f.name for f in dataclasses.fields(base)}
            resets = {k: v for k, v in _COPY_RESETS.items() if k in names}
            base = dataclasses.replace(base, **resets)  # type: ignore[arg-type]
        copy = TemplateDraft(
            name=name,
            description=self.description,
            stage=self.stage,
            blocks=[dataclasses.replace(b) for b in self.blocks],
            id=None,
            base=base,
        )
        copy.id = copy.resolved_id(taken_ids)
        return copy

    def to_template(
        self, exercises: Mapping[str, Exercise], taken: Collection[str] = ()
    ) -> Template:
        """The Template; raises ValidationError for the first bad value (see `problems`)."""
        fields: dict[str, object] = {
            "id": self.resolved_id(taken),
            "name": self.name,
            "description": self.description,
            "stage": self.stage,
            "blocks": tuple(b.to_block(exercises) for b in self.blocks),
        }
        if self.base is not None:
            return dataclasses.replace(self.base, **fields)  # type: ignore[arg-type]
        return Template(**fields)  # type: ignore[arg-type]

    def problems(
        self, exercises: Mapping[str, Exercise], taken: Collection[str] = ()
    ) -> list[Problem]:
        """Everything to fix, template fields first, then block by block.

        `taken`: ids the template must not have (built-ins and the user's other templates).
        """
        out: list[Problem] = []
        probe_block = Block(
            _probe_exercise(ExerciseKind.ISOMETRIC), _good_dosage(ExerciseKind.ISOMETRIC)
        )
        good: dict[str, object] = {"id": "probe", "name": "Probe", "blocks": (probe_block,)}
        tid = self.resolved_id(taken)
        mine: dict[str, object] = {
            "id": tid,
            "name": self.name,
            "description": self.description,
            "stage": self.stage,
        }
        for name, value in mine.items():
            try:
                Template(**{**good, name: value})  # type: ignore[arg-type]
            except ValidationError as e:
                out.append(Problem(None, _field_of(e), e.allowed, e.value))
        if tid in taken:
            out.append(Problem(None, "id", "an id no other template has", tid))
        if not self.blocks or len(self.blocks) > 50:
            try:
                Template(**{**good, "blocks": (probe_block,) * len(self.blocks)})  # type: ignore[arg-type]
            except ValidationError as e:
                out.append(Problem(None, "blocks", e.allowed, e.value))
        for i, b in enumerate(self.blocks):
            out.extend(b.problems(i, exercises))
        if not out:  # anything the field-by-field checks cannot see
            try:
                self.to_template(exercises, taken)
            except ValidationError as e:
                out.append(Problem(None, _field_of(e), e.allowed, e.value))
        return out


def taken_ids(templates: Collection[str], editing: str | None = None) -> set[str]:
    """The ids a template being edited must not take: every other template's."""
    return {t for t in templates if t != editing}


def slugify(text: str) -> str:
    """'My Plan (copy)' -> 'my-plan-copy'; 'template' when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].rstrip("-")
    return slug or "template"


def unique(stem: str, taken: Collection[str], numbered: Callable[[str, int], str]) -> str:
    if stem not in taken:
        return stem
    n = 2
    while numbered(stem, n) in taken:
        n += 1
    return numbered(stem, n)


def _field_of(e: ValidationError) -> str:
    """'dosage.hold_s' -> 'hold_s', 'block.dosage.kind' -> 'kind', 'template.name' -> 'name'."""
    return e.field.rsplit(".", 1)[-1]


def _good_dosage(kind: ExerciseKind) -> Dosage:
    return Dosage(kind=kind, **dict.fromkeys(kind_fields(kind), 1.0))  # type: ignore[arg-type]


def _probe_exercise(kind: ExerciseKind) -> Exercise:
    return Exercise(slug="probe", name="Probe", kind=kind)
