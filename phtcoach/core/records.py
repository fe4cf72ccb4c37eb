"""What the user recorded: sessions and their sets, pain check-ins, activities, measures.

These are the rows of the diary and the session log, validated on construction like the
rest of the model. They are kept apart from the programme (what to do) and the settings
(how to judge it) because they grow with use, are read by the analysis and the rules, and
are the part an export or a backup must carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from phtcoach.core.checks import (
    MAX_LOAD_KG,
    MAX_PHASE_S,
    check_enum,
    check_float,
    check_int,
    check_items,
    check_pain,
    check_slug,
    check_text,
    check_utc,
)
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
from phtcoach.core.errors import ValidationError


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
        holds = tuple(
            check_float("set.hold_s", h, 0.0, MAX_PHASE_S)
            for h in check_items("set.hold_s", self.hold_s, 100)
        )
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
        flags = frozenset(
            check_enum("pain.red_flags", f, RedFlag)
            for f in _flags("pain.red_flags", self.red_flags)
        )
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
        flags = frozenset(
            check_enum("activity.flags", f, ActivityFlag)
            for f in _flags("activity.flags", self.flags)
        )
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


@dataclass(frozen=True, slots=True)
class ClinicianCheck:
    """ "I have been checked by a clinician": the red flags logged up to `recorded_at` stop
    holding the programme (PROTOCOL.md rule 6). Dated, so the diary and a physio see it."""

    local_date: date
    recorded_at: datetime
    notes: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.local_date, date) or isinstance(self.local_date, datetime):
            raise ValidationError("clinician_check.local_date", self.local_date, "a calendar date")
        check_utc("clinician_check.recorded_at", self.recorded_at)
        check_text("clinician_check.notes", self.notes, 4000)


NOTE_SOURCES = ("pain", "activity", "measure", "set", "session")


@dataclass(frozen=True, slots=True)
class NoteAnswer:
    """The user's answer to "Is this a red flag?" about one note (`source` record `source_id`).

    A "yes" is a red flag logged at `recorded_at` (it holds the programme like a ticked box);
    a "no" stops the question. `flags` are the symptoms the note mentioned."""

    source: str
    source_id: int
    is_flag: bool
    flags: frozenset[RedFlag]
    recorded_at: datetime

    def __post_init__(self) -> None:
        if not isinstance(self.source, str) or self.source not in NOTE_SOURCES:
            raise ValidationError("note_answer.source", self.source, ", ".join(NOTE_SOURCES))
        check_int("note_answer.source_id", self.source_id, 1, 2**62)
        if not isinstance(self.is_flag, bool):
            raise ValidationError("note_answer.is_flag", self.is_flag, "true or false")
        object.__setattr__(
            self,
            "flags",
            frozenset(
                check_enum("note_answer.flags", f, RedFlag)
                for f in _flags("note_answer.flags", self.flags)
            ),
        )
        check_utc("note_answer.recorded_at", self.recorded_at)


def _flags(name: str, value: object) -> tuple[object, ...]:
    return check_items(name, value, 50)
