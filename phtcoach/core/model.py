"""The domain model: frozen dataclasses validated on construction.

Every constructor checks its values and raises `ValidationError` naming the field and the
allowed range, so nothing invalid ever reaches the database, a timeline or a chart.
Times stored on records are timezone-aware UTC; the diary's day is the user's local date
at entry time, kept explicitly (`local_date`), never derived later from a UTC stamp.

This module holds the programme (exercises, dosages, blocks, templates) and the settings,
and is the one import for the whole model: the field checks (`checks`), the vocabularies
(`enums`) and the recorded data (`records`) live in their own modules and are re-exported
here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from phtcoach.core.checks import (
    MAX_LOAD_KG,
    MAX_PHASE_S,
    MAX_REST_S,
    PAIN_MAX,
    PAIN_MIN,
    SLUG_RE,
    check_enum,
    check_float,
    check_int,
    check_items,
    check_optional_int,
    check_pain,
    check_slug,
    check_text,
    check_utc,
)
from phtcoach.core.enums import (
    MEASURE_RANGES,
    MORNING_TEST_LABELS,
    RED_FLAG_LABELS,
    ActivityFlag,
    ActivityKind,
    ExerciseKind,
    Intensity,
    MeasureKind,
    MorningTest,
    PainSlot,
    RedFlag,
    SessionStatus,
    Side,
    SidesMode,
)
from phtcoach.core.errors import ValidationError
from phtcoach.core.howto import HowTo
from phtcoach.core.records import (
    Activity,
    ClinicianCheck,
    Measure,
    NoteAnswer,
    PainEntry,
    SessionRecord,
    SetRecord,
)
from phtcoach.core.settings import (
    REMINDER_TIMES_MAX,
    Language,
    Settings,
    Theme,
    Units,
    check_clock_time,
)
from phtcoach.core.words import translate

SHORT_NAME_MAX = 24  # an exercise's short display name (tables, legends, lists)

__all__ = [
    "KG_PER_LB",
    "MAX_LOAD_KG",
    "MAX_PHASE_S",
    "MAX_REST_S",
    "MEASURE_RANGES",
    "MORNING_TEST_LABELS",
    "PAIN_MAX",
    "PAIN_MIN",
    "RED_FLAG_LABELS",
    "REMINDER_TIMES_MAX",
    "SHORT_NAME_MAX",
    "SLUG_RE",
    "Activity",
    "ActivityFlag",
    "ActivityKind",
    "Block",
    "ClinicianCheck",
    "Dosage",
    "Exercise",
    "ExerciseKind",
    "HowTo",
    "Intensity",
    "Language",
    "Measure",
    "MeasureKind",
    "MorningTest",
    "NoteAnswer",
    "PainEntry",
    "PainSlot",
    "RedFlag",
    "SessionRecord",
    "SessionStatus",
    "SetRecord",
    "Settings",
    "Side",
    "SidesMode",
    "Template",
    "Theme",
    "Units",
    "check_clock_time",
    "check_enum",
    "check_float",
    "check_int",
    "check_optional_int",
    "check_pain",
    "check_slug",
    "check_text",
    "check_utc",
    "kind_fields",
    "short_names",
]

# --------------------------------------------------------------------------- programme


@dataclass(frozen=True, slots=True)
class Exercise:
    slug: str
    name: str
    kind: ExerciseKind
    single_leg: bool = False
    instructions: str = ""
    stage: int | None = None  # 1-4: the stage of PROTOCOL.md it belongs to, if any
    builtin: bool = False
    # Tempo/eccentric reps that start at the top (RDL, split squat, Nordic): the timeline
    # runs down, bottom pause, up, top pause instead of up first (bridges, hip thrusts).
    lower_first: bool = False
    how_to: HowTo | None = None  # set-up, movement, cues, drawing... (`core.howto`)
    # "SL bridge, eccentric": what tables, lists and chart legends show where the full name
    # does not fit (empty: the name itself). The full name goes in tooltips and headings.
    short_name: str = ""

    def __post_init__(self) -> None:
        check_slug("exercise.slug", self.slug)
        check_text("exercise.name", self.name, 80, required=True)
        check_text("exercise.short_name", self.short_name, SHORT_NAME_MAX)
        if "\x00" in self.short_name:
            raise ValidationError("exercise.short_name", self.short_name, "text without NUL")
        object.__setattr__(self, "kind", check_enum("exercise.kind", self.kind, ExerciseKind))
        if not isinstance(self.single_leg, bool):
            raise ValidationError("exercise.single_leg", self.single_leg, "true or false")
        if not isinstance(self.lower_first, bool):
            raise ValidationError("exercise.lower_first", self.lower_first, "true or false")
        if not isinstance(self.builtin, bool):
            raise ValidationError("exercise.builtin", self.builtin, "true or false")
        check_text("exercise.instructions", self.instructions, 4000)
        check_optional_int("exercise.stage", self.stage, 1, 4)
        if self.how_to is not None and not isinstance(self.how_to, HowTo):
            raise ValidationError("exercise.how_to", self.how_to, "a HowTo or nothing")

    @property
    def short(self) -> str:
        """The short display name, or the name when the exercise has none."""
        return self.short_name.strip() or self.name


def short_names(exercises: Mapping[str, Exercise]) -> dict[str, str]:
    """slug -> short display name: the names for a chart legend or a narrow table."""
    return {slug: ex.short for slug, ex in exercises.items()}


@dataclass(frozen=True, slots=True)
class Dosage:
    """How much of one exercise: sets x reps and the seconds of each phase.

    One class for every kind; which fields matter depends on `kind`:
    - isometric: hold_s, rest_between_reps_s
    - tempo: up_s, top_pause_s, down_s, bottom_pause_s (rest_between_reps_s optional)
    - eccentric: up_s (raise on two legs), top_pause_s, down_s (lower on one leg),
      bottom_pause_s (reset)
    - timed: work_s, rest_between_reps_s (plyometric or work/rest intervals)
    - interval: walk_s then run_s per rep (walk-run), no rest between reps
    Seconds are floats; fields that do not apply to the kind must be 0.
    """

    kind: ExerciseKind
    sets: int = 1
    reps: int = 1
    hold_s: float = 0.0
    rest_between_reps_s: float = 0.0
    rest_between_sets_s: float = 60.0
    up_s: float = 0.0
    top_pause_s: float = 0.0
    down_s: float = 0.0
    bottom_pause_s: float = 0.0
    work_s: float = 0.0
    walk_s: float = 0.0
    run_s: float = 0.0
    load_kg: float = 0.0
    sides: SidesMode = SidesMode.AFFECTED

    def __post_init__(self) -> None:
        kind = check_enum("dosage.kind", self.kind, ExerciseKind)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "sides", check_enum("dosage.sides", self.sides, SidesMode))
        check_int("dosage.sets", self.sets, 1, 20)
        check_int("dosage.reps", self.reps, 1, 100)
        for name in PHASE_FIELDS:
            v = check_float(f"dosage.{name}", getattr(self, name), 0.0, MAX_PHASE_S)
            object.__setattr__(self, name, v)
            if name not in _KIND_FIELDS[kind] and v != 0.0:
                raise ValidationError(f"dosage.{name}", v, f"0 for a {kind.value} exercise")
        for name in ("rest_between_reps_s", "rest_between_sets_s"):
            v = check_float(f"dosage.{name}", getattr(self, name), 0.0, MAX_REST_S)
            object.__setattr__(self, name, v)
        object.__setattr__(
            self, "load_kg", check_float("dosage.load_kg", self.load_kg, 0.0, MAX_LOAD_KG)
        )
        for name in _REQUIRED_FIELDS[kind]:
            if getattr(self, name) <= 0:
                raise ValidationError(
                    f"dosage.{name}",
                    getattr(self, name),
                    f"more than 0 s for a {kind.value} exercise (at most {MAX_PHASE_S:g})",
                )

    @property
    def rep_seconds(self) -> float:
        """Seconds of work in one rep (no rests)."""
        return (
            self.hold_s
            + self.up_s
            + self.top_pause_s
            + self.down_s
            + self.bottom_pause_s
            + self.work_s
            + self.walk_s
            + self.run_s
        )

    def describe(self) -> str:
        """A short human summary, e.g. '2 x 5 x 15 s hold' or '3 x 15, 3 s up / 3 s down'."""
        load = (
            translate("Dosage", ", {kg} kg").format(kg=f"{self.load_kg:g}") if self.load_kg else ""
        )
        n = {"sets": self.sets, "reps": self.reps, "load": load}
        k = self.kind
        if k is ExerciseKind.ISOMETRIC:
            return translate("Dosage", "{sets} x {reps} x {hold} s hold{load}").format(
                hold=f"{self.hold_s:g}", **n
            )
        if k is ExerciseKind.TEMPO:
            return translate("Dosage", "{sets} x {reps}, {up} s up / {down} s down{load}").format(
                up=f"{self.up_s:g}", down=f"{self.down_s:g}", **n
            )
        if k is ExerciseKind.ECCENTRIC:
            return translate("Dosage", "{sets} x {reps}, lower over {down} s{load}").format(
                down=f"{self.down_s:g}", **n
            )
        if k is ExerciseKind.TIMED:
            return translate("Dosage", "{sets} x {reps} x {work} s on / {off} s off").format(
                work=f"{self.work_s:g}", off=f"{self.rest_between_reps_s:g}", **n
            )
        return translate("Dosage", "{reps} x ({walk} s walk / {run} s run)").format(
            walk=f"{self.walk_s:g}", run=f"{self.run_s:g}", **n
        )


PHASE_FIELDS = (  # every dosage field that is the length of a work phase
    "hold_s",
    "up_s",
    "top_pause_s",
    "down_s",
    "bottom_pause_s",
    "work_s",
    "walk_s",
    "run_s",
)
_KIND_FIELDS: dict[ExerciseKind, frozenset[str]] = {
    ExerciseKind.ISOMETRIC: frozenset({"hold_s"}),
    ExerciseKind.TEMPO: frozenset({"up_s", "top_pause_s", "down_s", "bottom_pause_s"}),
    ExerciseKind.ECCENTRIC: frozenset({"up_s", "top_pause_s", "down_s", "bottom_pause_s"}),
    ExerciseKind.TIMED: frozenset({"work_s"}),
    ExerciseKind.INTERVAL: frozenset({"walk_s", "run_s"}),
}
_REQUIRED_FIELDS: dict[ExerciseKind, tuple[str, ...]] = {
    ExerciseKind.ISOMETRIC: ("hold_s",),
    ExerciseKind.TEMPO: ("up_s", "down_s"),
    ExerciseKind.ECCENTRIC: ("up_s", "down_s"),
    ExerciseKind.TIMED: ("work_s",),
    ExerciseKind.INTERVAL: ("walk_s", "run_s"),
}


def kind_fields(kind: ExerciseKind) -> tuple[str, ...]:
    """The phase fields a dosage of `kind` uses, in `PHASE_FIELDS` order (the others are 0)."""
    return tuple(f for f in PHASE_FIELDS if f in _KIND_FIELDS[kind])


@dataclass(frozen=True, slots=True)
class Block:
    """One exercise with its dosage inside a template, and the rest after it."""

    exercise: Exercise
    dosage: Dosage
    rest_after_s: float = 120.0
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.exercise, Exercise):
            raise ValidationError("block.exercise", self.exercise, "an Exercise")
        if not isinstance(self.dosage, Dosage):
            raise ValidationError("block.dosage", self.dosage, "a Dosage")
        if self.dosage.kind is not self.exercise.kind:
            raise ValidationError(
                "block.dosage.kind",
                self.dosage.kind.value,
                f"{self.exercise.kind.value}, the kind of exercise {self.exercise.slug!r}",
            )
        object.__setattr__(
            self,
            "rest_after_s",
            check_float("block.rest_after_s", self.rest_after_s, 0, MAX_REST_S),
        )
        check_text("block.note", self.note, 500)


@dataclass(frozen=True, slots=True)
class Template:
    """A session plan: ordered blocks. `ladder_step` places it on the seed ladder (1-5).

    `prescribed`: a plan a clinician handed over (`author`, their `note`); while it is set
    the advice proposes no step up from it (the step is the prescriber's to decide).
    """

    id: str
    name: str
    blocks: tuple[Block, ...]
    stage: int | None = None
    description: str = ""
    ladder_step: int | None = None
    builtin: bool = False
    prescribed: bool = False
    author: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        check_slug("template.id", self.id)
        check_text("template.name", self.name, 80, required=True)
        object.__setattr__(self, "blocks", check_items("template.blocks", self.blocks, 50))
        if not self.blocks:
            raise ValidationError("template.blocks", 0, "at least 1 block")
        if len(self.blocks) > 50:
            raise ValidationError("template.blocks", len(self.blocks), "at most 50 blocks")
        for b in self.blocks:
            if not isinstance(b, Block):
                raise ValidationError("template.blocks", b, "Block objects")
        check_optional_int("template.stage", self.stage, 1, 4)
        check_optional_int("template.ladder_step", self.ladder_step, 1, 20)
        check_text("template.description", self.description, 4000)
        if not isinstance(self.prescribed, bool):
            raise ValidationError("template.prescribed", self.prescribed, "true or false")
        if not isinstance(self.builtin, bool):
            raise ValidationError("template.builtin", self.builtin, "true or false")
        check_text("template.author", self.author, MAX_AUTHOR_CHARS)
        check_text("template.note", self.note, MAX_NOTE_CHARS)


MAX_AUTHOR_CHARS = 120  # a prescribing clinician's name (Template.author)
MAX_NOTE_CHARS = 2000  # their note to the patient (Template.note)


KG_PER_LB = 0.45359237
