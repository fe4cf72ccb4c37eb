"""The domain model: frozen dataclasses validated on construction.

Every constructor checks its values and raises `ValidationError` naming the field and the
allowed range, so nothing invalid ever reaches the database, a timeline or a chart.
Times stored on records are timezone-aware UTC; the diary's day is the user's local date
at entry time, kept explicitly (`local_date`), never derived later from a UTC stamp.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from phtcoach.core.errors import ValidationError

# --------------------------------------------------------------------------- checks


def check_int(name: str, value: object, lo: int, hi: int) -> int:
    """`value` as an int in [lo, hi], or a ValidationError naming `name` and the range."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, value, f"a whole number from {lo} to {hi}")
    if not lo <= value <= hi:
        raise ValidationError(name, value, f"a whole number from {lo} to {hi}")
    return value


def check_float(name: str, value: object, lo: float, hi: float) -> float:
    """`value` as a finite float in [lo, hi], or a ValidationError naming `name` and the range."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(name, value, f"a number from {_num(lo)} to {_num(hi)}")
    v = float(value)
    if not math.isfinite(v) or not lo <= v <= hi:
        raise ValidationError(name, value, f"a number from {_num(lo)} to {_num(hi)}")
    return v


def check_optional_int(name: str, value: object, lo: int, hi: int) -> int | None:
    return None if value is None else check_int(name, value, lo, hi)


def check_text(name: str, value: object, max_len: int, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, value, f"text of at most {max_len} characters")
    if required and not value.strip():
        raise ValidationError(name, value, "non-empty text")
    if len(value) > max_len:
        raise ValidationError(name, f"{value[:20]}...", f"text of at most {max_len} characters")
    return value


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
        raise ValidationError(name, value, f"one of: {allowed}") from None


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


# --------------------------------------------------------------------------- enums


class ExerciseKind(StrEnum):
    ISOMETRIC = "isometric"
    TEMPO = "tempo"
    ECCENTRIC = "eccentric"
    TIMED = "timed"  # work/rest intervals: plyometrics, swings, hops
    INTERVAL = "interval"  # walk-run


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"  # a two-legged exercise

    @property
    def other(self) -> Side:
        if self is Side.LEFT:
            return Side.RIGHT
        if self is Side.RIGHT:
            return Side.LEFT
        return Side.BOTH


class SidesMode(StrEnum):
    """How a single-leg exercise is run: only the affected side, or each side in turn."""

    AFFECTED = "affected"
    EACH = "each"


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class PainSlot(StrEnum):
    MORNING = "morning"
    EVENING = "evening"
    OTHER = "other"


class MorningTest(StrEnum):
    """The provocation test repeated every morning (PROTOCOL.md, pain monitoring)."""

    SL_BRIDGE_3 = "sl_bridge_3"  # 3 short-lever single-leg bridges, affected side
    HOLD_30S = "hold_30s"  # a 30 s single-leg bridge hold
    SHOE_PULL = "shoe_pull"  # pull a tied shoe off with the other foot, standing
    HARD_CHAIR_5MIN = "hard_chair_5min"  # 5 min on a hard chair

    @property
    def label(self) -> str:
        return MORNING_TEST_LABELS[self]


MORNING_TEST_LABELS: dict[MorningTest, str] = {
    MorningTest.SL_BRIDGE_3: "3 short-lever single-leg bridges",
    MorningTest.HOLD_30S: "30 s single-leg bridge hold",
    MorningTest.SHOE_PULL: "Pull a tied shoe off with the other foot",
    MorningTest.HARD_CHAIR_5MIN: "5 minutes on a hard chair",
}


class RedFlag(StrEnum):
    """PROTOCOL.md rule 6: any of these means stop and see a clinician."""

    NIGHT_OR_REST_PAIN = "night_or_rest_pain"
    NERVE_SYMPTOMS = "nerve_symptoms"
    POP_OR_BRUISING = "pop_or_bruising"
    WORSE_DESPITE_LESS_LOAD = "worse_despite_less_load"

    @property
    def label(self) -> str:
        return RED_FLAG_LABELS[self]


RED_FLAG_LABELS: dict[RedFlag, str] = {
    RedFlag.NIGHT_OR_REST_PAIN: "Rising night or rest pain",
    RedFlag.NERVE_SYMPTOMS: "Tingling, numbness, weakness or pain radiating down the leg",
    RedFlag.POP_OR_BRUISING: "A sudden pop or bruising",
    RedFlag.WORSE_DESPITE_LESS_LOAD: "Getting worse despite reduced load",
}


class ActivityKind(StrEnum):
    RUN = "run"
    RIDE = "ride"
    WALK = "walk"
    HIKE = "hike"
    SWIM = "swim"
    ELLIPTICAL = "elliptical"
    CLIMB = "climb"
    STRENGTH = "strength"
    OTHER = "other"


class Intensity(StrEnum):
    EASY = "easy"
    MODERATE = "moderate"
    HARD = "hard"


class ActivityFlag(StrEnum):
    HILLS = "hills"
    AERO = "aero"  # aero / low cycling position: hip flexion under load
    SPEED = "speed"  # strides, intervals, sprints


class MeasureKind(StrEnum):
    """Other outcome measures (PROTOCOL.md, outcome measures). Totals only for VISA-H/LEFS."""

    SITTING_TOLERANCE_MIN = "sitting_tolerance_min"
    BRIDGE_REPS_LEFT = "bridge_reps_left"
    BRIDGE_REPS_RIGHT = "bridge_reps_right"
    HOP_COUNT = "hop_count"
    VISA_H = "visa_h"
    LEFS = "lefs"

    @property
    def allowed(self) -> tuple[float, float]:
        return MEASURE_RANGES[self]


MEASURE_RANGES: dict[MeasureKind, tuple[float, float]] = {
    MeasureKind.SITTING_TOLERANCE_MIN: (0, 1440),
    MeasureKind.BRIDGE_REPS_LEFT: (0, 500),
    MeasureKind.BRIDGE_REPS_RIGHT: (0, 500),
    MeasureKind.HOP_COUNT: (0, 1000),
    MeasureKind.VISA_H: (0, 100),
    MeasureKind.LEFS: (0, 80),
}


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

    def __post_init__(self) -> None:
        check_slug("exercise.slug", self.slug)
        check_text("exercise.name", self.name, 80, required=True)
        object.__setattr__(self, "kind", check_enum("exercise.kind", self.kind, ExerciseKind))
        if not isinstance(self.single_leg, bool):
            raise ValidationError("exercise.single_leg", self.single_leg, "true or false")
        if not isinstance(self.lower_first, bool):
            raise ValidationError("exercise.lower_first", self.lower_first, "true or false")
        check_text("exercise.instructions", self.instructions, 4000)
        check_optional_int("exercise.stage", self.stage, 1, 4)


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
        for name in _PHASE_FIELDS:
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
        load = f", {self.load_kg:g} kg" if self.load_kg else ""
        k = self.kind
        if k is ExerciseKind.ISOMETRIC:
            return f"{self.sets} x {self.reps} x {self.hold_s:g} s hold{load}"
        if k is ExerciseKind.TEMPO:
            return f"{self.sets} x {self.reps}, {self.up_s:g} s up / {self.down_s:g} s down{load}"
        if k is ExerciseKind.ECCENTRIC:
            return f"{self.sets} x {self.reps}, lower over {self.down_s:g} s{load}"
        if k is ExerciseKind.TIMED:
            off = self.rest_between_reps_s
            return f"{self.sets} x {self.reps} x {self.work_s:g} s on / {off:g} s off"
        return f"{self.reps} x ({self.walk_s:g} s walk / {self.run_s:g} s run)"


_PHASE_FIELDS = (
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
    """A session plan: ordered blocks. `ladder_step` places it on the seed ladder (1-5)."""

    id: str
    name: str
    blocks: tuple[Block, ...]
    stage: int | None = None
    description: str = ""
    ladder_step: int | None = None
    builtin: bool = False

    def __post_init__(self) -> None:
        check_slug("template.id", self.id)
        check_text("template.name", self.name, 80, required=True)
        object.__setattr__(self, "blocks", tuple(self.blocks))
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


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One run of a template. `engine_state` is the resumable snapshot (JSON text)."""

    template_id: str
    started_at: datetime
    affected_side: Side
    status: SessionStatus = SessionStatus.IN_PROGRESS
    ended_at: datetime | None = None
    pain_after: int | None = None
    notes: str = ""
    engine_state: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        check_slug("session.template_id", self.template_id)
        check_utc("session.started_at", self.started_at)
        object.__setattr__(
            self, "affected_side", check_enum("session.affected_side", self.affected_side, Side)
        )
        object.__setattr__(self, "status", check_enum("session.status", self.status, SessionStatus))
        if self.ended_at is not None:
            check_utc("session.ended_at", self.ended_at)
            if self.ended_at < self.started_at:
                raise ValidationError("session.ended_at", self.ended_at, "not before started_at")
        if self.pain_after is not None:
            check_pain("session.pain_after", self.pain_after)
        check_text("session.notes", self.notes, 4000)
        check_text("session.engine_state", self.engine_state, 1_000_000)


@dataclass(frozen=True, slots=True)
class SetRecord:
    """What was performed in one set: saved the moment the set ends, rated afterwards."""

    session_id: int
    exercise_slug: str
    block_index: int
    set_no: int
    side: Side
    planned_reps: int
    performed_reps: int
    started_at: datetime
    ended_at: datetime
    hold_s: tuple[float, ...] = ()  # seconds held (or worked) per performed rep
    tempo: str = ""  # e.g. "5-0-5-0" (up-top-down-bottom seconds)
    load_kg: float = 0.0
    pain_during: int | None = None
    rpe: int | None = None
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        check_int("set.session_id", self.session_id, 1, 2**62)
        check_slug("set.exercise_slug", self.exercise_slug)
        check_int("set.block_index", self.block_index, 0, 49)
        check_int("set.set_no", self.set_no, 1, 20)
        object.__setattr__(self, "side", check_enum("set.side", self.side, Side))
        check_int("set.planned_reps", self.planned_reps, 0, 100)
        check_int("set.performed_reps", self.performed_reps, 0, 100)
        check_utc("set.started_at", self.started_at)
        check_utc("set.ended_at", self.ended_at)
        if self.ended_at < self.started_at:
            raise ValidationError("set.ended_at", self.ended_at, "not before started_at")
        holds = tuple(check_float("set.hold_s", h, 0.0, MAX_PHASE_S) for h in self.hold_s)
        object.__setattr__(self, "hold_s", holds)
        check_text("set.tempo", self.tempo, 40)
        object.__setattr__(
            self, "load_kg", check_float("set.load_kg", self.load_kg, 0.0, MAX_LOAD_KG)
        )
        if self.pain_during is not None:
            check_pain("set.pain_during", self.pain_during)
        if self.rpe is not None:
            check_int("set.rpe", self.rpe, 0, 10)
        check_text("set.notes", self.notes, 4000)

    @property
    def time_under_tension_s(self) -> float:
        return sum(self.hold_s)


@dataclass(frozen=True, slots=True)
class PainEntry:
    """A check-in: general pain, optionally the morning test score, and red flags."""

    local_date: date
    slot: PainSlot
    recorded_at: datetime
    pain: int
    test_kind: MorningTest | None = None
    test_score: int | None = None
    red_flags: frozenset[RedFlag] = frozenset()
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.local_date, date) or isinstance(self.local_date, datetime):
            raise ValidationError("pain.local_date", self.local_date, "a calendar date")
        object.__setattr__(self, "slot", check_enum("pain.slot", self.slot, PainSlot))
        check_utc("pain.recorded_at", self.recorded_at)
        check_pain("pain.pain", self.pain)
        if self.test_kind is not None:
            object.__setattr__(
                self, "test_kind", check_enum("pain.test_kind", self.test_kind, MorningTest)
            )
        if self.test_score is not None:
            check_pain("pain.test_score", self.test_score)
            if self.test_kind is None:
                raise ValidationError("pain.test_kind", None, "set when a test score is given")
        flags = frozenset(check_enum("pain.red_flags", f, RedFlag) for f in self.red_flags)
        object.__setattr__(self, "red_flags", flags)
        check_text("pain.notes", self.notes, 4000)

    @property
    def morning_score(self) -> int | None:
        """The value the 24-hour rules read: the morning test score if taken, else the pain."""
        if self.slot is not PainSlot.MORNING:
            return None
        return self.test_score if self.test_score is not None else self.pain


@dataclass(frozen=True, slots=True)
class Activity:
    local_date: date
    kind: ActivityKind
    minutes: float
    recorded_at: datetime
    intensity: Intensity = Intensity.MODERATE
    flags: frozenset[ActivityFlag] = frozenset()
    hours_sitting: float = 0.0
    distance_km: float | None = None
    pain_during: int | None = None
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.local_date, date) or isinstance(self.local_date, datetime):
            raise ValidationError("activity.local_date", self.local_date, "a calendar date")
        object.__setattr__(self, "kind", check_enum("activity.kind", self.kind, ActivityKind))
        object.__setattr__(self, "minutes", check_float("activity.minutes", self.minutes, 1, 1440))
        check_utc("activity.recorded_at", self.recorded_at)
        object.__setattr__(
            self, "intensity", check_enum("activity.intensity", self.intensity, Intensity)
        )
        flags = frozenset(check_enum("activity.flags", f, ActivityFlag) for f in self.flags)
        object.__setattr__(self, "flags", flags)
        object.__setattr__(
            self, "hours_sitting", check_float("activity.hours_sitting", self.hours_sitting, 0, 24)
        )
        if self.distance_km is not None:
            object.__setattr__(
                self, "distance_km", check_float("activity.distance_km", self.distance_km, 0, 1000)
            )
        if self.pain_during is not None:
            check_pain("activity.pain_during", self.pain_during)
        check_text("activity.notes", self.notes, 4000)


@dataclass(frozen=True, slots=True)
class Measure:
    """Another outcome measure: sitting tolerance, bridge reps per side, hops, VISA-H, LEFS."""

    local_date: date
    kind: MeasureKind
    value: float
    recorded_at: datetime
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.local_date, date) or isinstance(self.local_date, datetime):
            raise ValidationError("measure.local_date", self.local_date, "a calendar date")
        kind = check_enum("measure.kind", self.kind, MeasureKind)
        object.__setattr__(self, "kind", kind)
        lo, hi = kind.allowed
        object.__setattr__(self, "value", check_float(f"measure.{kind.value}", self.value, lo, hi))
        check_utc("measure.recorded_at", self.recorded_at)
        check_text("measure.notes", self.notes, 4000)


# --------------------------------------------------------------------------- settings


class Units(StrEnum):
    KG = "kg"
    LB = "lb"


@dataclass(frozen=True, slots=True)
class Settings:
    """User settings that the rules and the runner read (thresholds per PROTOCOL.md)."""

    affected_side: Side = Side.LEFT
    affected_first: bool = True
    acceptable_ceiling: int = 3  # PROTOCOL.md: default 3/10, configurable 3-5
    response_window_h: int = 24  # 24-hour rule window, 24-36 h
    baseline_days: int = 7
    hold_sessions_after_red: int = 2  # rule 2: hold or go back for the next 2-3 sessions
    spike_warn_pct: int = 30  # load-spike guard: > 30 % 2-week rise
    morning_test: MorningTest = MorningTest.SL_BRIDGE_3
    lead_in_s: int = 5
    voice: bool = True
    ticks: bool = True
    volume: int = 80  # percent
    flash: bool = True
    units: Units = Units.KG
    backups_keep: int = 10
    current_template: str = "iso-5x5"

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "affected_side", check_enum("settings.affected_side", self.affected_side, Side)
        )
        if self.affected_side is Side.BOTH:
            raise ValidationError("settings.affected_side", "both", "left or right")
        check_int("settings.acceptable_ceiling", self.acceptable_ceiling, 3, 5)
        check_int("settings.response_window_h", self.response_window_h, 24, 36)
        check_int("settings.baseline_days", self.baseline_days, 3, 28)
        check_int("settings.hold_sessions_after_red", self.hold_sessions_after_red, 2, 3)
        check_int("settings.spike_warn_pct", self.spike_warn_pct, 10, 100)
        object.__setattr__(
            self,
            "morning_test",
            check_enum("settings.morning_test", self.morning_test, MorningTest),
        )
        check_int("settings.lead_in_s", self.lead_in_s, 0, 60)
        check_int("settings.volume", self.volume, 0, 100)
        object.__setattr__(self, "units", check_enum("settings.units", self.units, Units))
        check_int("settings.backups_keep", self.backups_keep, 1, 100)
        check_slug("settings.current_template", self.current_template)
        for name in ("affected_first", "voice", "ticks", "flash"):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(f"settings.{name}", getattr(self, name), "true or false")


KG_PER_LB = 0.45359237
