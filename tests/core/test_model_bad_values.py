"""Every model constructor, every field, bad values of every type: the answer is always a
ValidationError naming the field and its allowed range, never a TypeError, an OverflowError
or a message that cannot be made (a 5000-digit int has no repr in Python 3.11)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from phtcoach.core.enums import ActivityKind, MeasureKind, PainSlot
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Block,
    Dosage,
    Exercise,
    ExerciseKind,
    SessionRecord,
    SetRecord,
    Settings,
    Side,
    Template,
)
from phtcoach.core.records import (
    Activity,
    ClinicianCheck,
    Measure,
    NoteAnswer,
    PainEntry,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
EX = Exercise("bridge", "Bridge", ExerciseKind.ISOMETRIC)
DOSE = Dosage(ExerciseKind.ISOMETRIC, hold_s=5.0)
BLOCK = Block(EX, DOSE)

VALID: dict[type, dict[str, Any]] = {
    Exercise: {"slug": "bridge", "name": "Bridge", "kind": ExerciseKind.ISOMETRIC},
    Dosage: {"kind": ExerciseKind.ISOMETRIC, "hold_s": 5.0},
    Block: {"exercise": EX, "dosage": DOSE},
    Template: {"id": "t", "name": "T", "blocks": (BLOCK,)},
    SessionRecord: {"template_id": "t", "started_at": NOW, "affected_side": Side.LEFT},
    SetRecord: {
        "session_id": 1,
        "exercise_slug": "bridge",
        "block_index": 0,
        "set_no": 1,
        "side": Side.LEFT,
        "planned_reps": 5,
        "performed_reps": 5,
        "started_at": NOW,
        "ended_at": NOW,
        "hold_s": (5.0,),
    },
    PainEntry: {
        "local_date": date(2026, 3, 2),
        "slot": PainSlot.MORNING,
        "recorded_at": NOW,
        "pain": 2,
    },
    Activity: {
        "local_date": date(2026, 3, 2),
        "kind": ActivityKind.WALK,
        "minutes": 30.0,
        "recorded_at": NOW,
    },
    Measure: {
        "local_date": date(2026, 3, 2),
        "kind": MeasureKind.SITTING_TOLERANCE_MIN,
        "value": 10.0,
        "recorded_at": NOW,
    },
    ClinicianCheck: {"local_date": date(2026, 3, 2), "recorded_at": NOW},
    NoteAnswer: {
        "source": "pain",
        "source_id": 1,
        "is_flag": False,
        "flags": frozenset(),
        "recorded_at": NOW,
    },
    Settings: {},
}
NOT_CHECKED = {"id", "how_to"}  # a row's id is the database's; how_to is checked by its type

FIELDS = [
    (cls, f.name)
    for cls in VALID
    for f in dataclasses.fields(cls)  # type: ignore[arg-type]
    if f.name not in NOT_CHECKED
]

BAD = st.one_of(
    st.none(),
    st.just(10**5000),
    st.just(-(10**400)),
    st.integers(),
    st.floats(),
    st.just(float("nan")),
    st.booleans(),
    st.text(max_size=30),
    st.just("\ud800"),
    st.just("x" * 5000),
    st.lists(st.integers(), max_size=3),
    st.lists(st.none(), min_size=200, max_size=200),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(object()),
)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(FIELDS), BAD)
def test_a_bad_value_names_its_field_and_range(where: tuple[type, str], bad: object) -> None:
    cls, name = where
    kwargs = {**VALID[cls], name: bad}
    error: ValidationError | None = None
    try:
        cls(**kwargs)
    except ValidationError as e:
        error = e
    if error is not None:
        assert name in error.field or (cls is Measure and name == "value"), error.field
        assert error.allowed
        message = str(error)  # never raises, and stays short
        assert error.field in message
        assert len(message) < 600
    # Anything else (TypeError, OverflowError, ValueError) fails the test.


def test_valid_samples_are_valid() -> None:
    for cls, kwargs in VALID.items():
        cls(**kwargs)


def test_huge_and_missing_values_name_the_field() -> None:
    for bad in (10**5000, None, float("nan"), "5", [5]):
        with pytest.raises(ValidationError) as info:
            Dosage(ExerciseKind.ISOMETRIC, hold_s=bad)  # type: ignore[arg-type]
        assert info.value.field == "dosage.hold_s"
        assert "0 to 3600" in str(info.value)
    with pytest.raises(ValidationError) as info:
        SetRecord(**{**VALID[SetRecord], "hold_s": None})
    assert info.value.field == "set.hold_s"
