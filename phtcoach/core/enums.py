"""The closed vocabularies of the domain: kinds, sides, slots, flags and measures.

Records, settings, the database's CHECK constraints, the rules and the screens all speak
in these values; they live apart from the dataclasses so a module that only needs a side
or a status does not read past the whole model to find it.
"""

from __future__ import annotations

from enum import StrEnum

from phtcoach.core.words import QT_TRANSLATE_NOOP, translate


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
        return translate("MorningTest", MORNING_TEST_LABELS[self])


MORNING_TEST_LABELS: dict[MorningTest, str] = {
    MorningTest.SL_BRIDGE_3: QT_TRANSLATE_NOOP("MorningTest", "3 short-lever single-leg bridges"),
    MorningTest.HOLD_30S: QT_TRANSLATE_NOOP("MorningTest", "30 s single-leg bridge hold"),
    MorningTest.SHOE_PULL: QT_TRANSLATE_NOOP(
        "MorningTest", "Pull a tied shoe off with the other foot"
    ),
    MorningTest.HARD_CHAIR_5MIN: QT_TRANSLATE_NOOP("MorningTest", "5 minutes on a hard chair"),
}


class RedFlag(StrEnum):
    """PROTOCOL.md rule 6: any of these means stop and see a clinician."""

    NIGHT_OR_REST_PAIN = "night_or_rest_pain"
    NERVE_SYMPTOMS = "nerve_symptoms"
    POP_OR_BRUISING = "pop_or_bruising"
    WORSE_DESPITE_LESS_LOAD = "worse_despite_less_load"

    @property
    def label(self) -> str:
        return translate("RedFlag", RED_FLAG_LABELS[self])


RED_FLAG_LABELS: dict[RedFlag, str] = {
    RedFlag.NIGHT_OR_REST_PAIN: QT_TRANSLATE_NOOP("RedFlag", "Rising night or rest pain"),
    RedFlag.NERVE_SYMPTOMS: QT_TRANSLATE_NOOP(
        "RedFlag", "Tingling, numbness, weakness or pain radiating down the leg"
    ),
    RedFlag.POP_OR_BRUISING: QT_TRANSLATE_NOOP("RedFlag", "A sudden pop or bruising"),
    RedFlag.WORSE_DESPITE_LESS_LOAD: QT_TRANSLATE_NOOP(
        "RedFlag", "Getting worse despite reduced load"
    ),
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
