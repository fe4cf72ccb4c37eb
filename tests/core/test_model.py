"""The model refuses every value outside its documented range, and says which field and range."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Activity,
    ActivityFlag,
    ActivityKind,
    Block,
    Dosage,
    Exercise,
    ExerciseKind,
    Measure,
    MeasureKind,
    MorningTest,
    PainEntry,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    Template,
)
from tests.records import D0, T0

HOLD = Exercise("fesl-bridge-hold", "Bridge hold", ExerciseKind.ISOMETRIC, single_leg=True)


def iso(**kw: object) -> Dosage:
    base: dict[str, object] = {"kind": ExerciseKind.ISOMETRIC, "sets": 2, "reps": 5, "hold_s": 5}
    base.update(kw)
    return Dosage(**base)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- pain


@given(st.integers(min_value=0, max_value=10))
def test_pain_in_range_is_accepted(p: int) -> None:
    e = PainEntry(D0, PainSlot.MORNING, T0, p)
    assert e.pain == p


@given(st.integers().filter(lambda p: p < 0 or p > 10))
def test_pain_out_of_range_names_field_and_range(p: int) -> None:
    with pytest.raises(ValidationError) as exc:
        PainEntry(D0, PainSlot.MORNING, T0, p)
    assert exc.value.field == "pain.pain"
    assert "0 to 10" in str(exc.value)


@pytest.mark.parametrize("bad", [5.5, "5", None, True])
def test_pain_must_be_a_whole_number(bad: object) -> None:
    with pytest.raises(ValidationError, match=r"pain\.pain"):
        PainEntry(D0, PainSlot.MORNING, T0, bad)  # type: ignore[arg-type]


def test_morning_score_prefers_the_test_and_is_none_outside_mornings() -> None:
    with_test = PainEntry(D0, "morning", T0, 2, MorningTest.SL_BRIDGE_3, 4)  # type: ignore[arg-type]
    assert with_test.slot is PainSlot.MORNING
    assert with_test.morning_score == 4
    assert PainEntry(D0, PainSlot.MORNING, T0, 3).morning_score == 3
    assert PainEntry(D0, PainSlot.EVENING, T0, 3).morning_score is None


def test_test_score_needs_a_test_kind() -> None:
    with pytest.raises(ValidationError, match="test_kind"):
        PainEntry(D0, PainSlot.MORNING, T0, 2, None, 4)


def test_red_flags_are_checked_and_frozen() -> None:
    e = PainEntry(D0, PainSlot.OTHER, T0, 1, red_flags=frozenset({"pop_or_bruising"}))  # type: ignore[arg-type]
    assert e.red_flags == frozenset({RedFlag.POP_OR_BRUISING})
    with pytest.raises(ValidationError, match="red_flags"):
        PainEntry(D0, PainSlot.OTHER, T0, 1, red_flags=frozenset({"itchy"}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "stamp",
    [
        datetime(2026, 3, 2, 7, 0),  # naive
        datetime(2026, 3, 2, 7, 0, tzinfo=timezone(timedelta(hours=1))),  # not UTC
    ],
)
def test_timestamps_must_be_aware_utc(stamp: datetime) -> None:
    with pytest.raises(ValidationError, match="recorded_at"):
        PainEntry(D0, PainSlot.MORNING, stamp, 2)


def test_local_date_must_be_a_date_not_a_datetime() -> None:
    with pytest.raises(ValidationError, match="local_date"):
        PainEntry(T0, PainSlot.MORNING, T0, 2)


def test_unknown_slot_lists_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as exc:
        PainEntry(D0, "noon", T0, 2)  # type: ignore[arg-type]
    assert "morning, evening, other" in str(exc.value)


# --------------------------------------------------------------------------- dosage


def test_dosage_for_each_kind_requires_its_own_phases() -> None:
    assert iso().rep_seconds == 5.0
    tempo = Dosage(ExerciseKind.TEMPO, 3, 8, up_s=5, down_s=5, load_kg=10)
    assert tempo.rep_seconds == 10.0
    assert tempo.describe() == "3 x 8, 5 s up / 5 s down, 10 kg"
    with pytest.raises(ValidationError, match=r"dosage\.hold_s"):
        iso(hold_s=0)
    with pytest.raises(ValidationError, match=r"dosage\.down_s"):
        Dosage(ExerciseKind.ECCENTRIC, 3, 8, up_s=2)
    with pytest.raises(ValidationError, match=r"dosage\.walk_s"):
        Dosage(ExerciseKind.INTERVAL, 1, 6, run_s=180)


def test_dosage_rejects_fields_of_another_kind() -> None:
    with pytest.raises(ValidationError) as exc:
        iso(up_s=3)
    assert exc.value.field == "dosage.up_s"
    assert "0 for a isometric exercise" in str(exc.value)


@given(st.integers().filter(lambda n: n < 1 or n > 20))
def test_sets_out_of_range(n: int) -> None:
    with pytest.raises(ValidationError, match=r"dosage\.sets.*1 to 20"):
        iso(sets=n)


@given(st.floats().filter(lambda x: not (0 <= x <= 500)))
def test_negative_or_huge_or_nan_load_is_refused(load: float) -> None:
    with pytest.raises(ValidationError, match=r"dosage\.load_kg"):
        iso(load_kg=load)


@given(
    sets=st.integers(1, 20),
    reps=st.integers(1, 100),
    hold=st.floats(0.5, 3600, allow_nan=False),
    rest=st.floats(0, 1800, allow_nan=False),
)
def test_valid_isometric_dosages_are_accepted(
    sets: int, reps: int, hold: float, rest: float
) -> None:
    d = iso(sets=sets, reps=reps, hold_s=hold, rest_between_reps_s=rest)
    assert (d.sets, d.reps, d.hold_s, d.rest_between_reps_s) == (sets, reps, hold, rest)


def test_block_dosage_kind_must_match_the_exercise() -> None:
    tempo = Dosage(ExerciseKind.TEMPO, 3, 8, up_s=3, down_s=3)
    with pytest.raises(ValidationError, match=r"block\.dosage\.kind"):
        Block(HOLD, tempo)


def test_template_needs_a_slug_id_and_blocks() -> None:
    blk = Block(HOLD, iso())
    assert Template("iso-5x5", "Isometrics", (blk,)).blocks == (blk,)
    with pytest.raises(ValidationError, match=r"template\.id"):
        Template("Iso 5x5", "Isometrics", (blk,))
    with pytest.raises(ValidationError, match=r"template\.blocks"):
        Template("iso-5x5", "Isometrics", ())


# --------------------------------------------------------------------------- records


def test_set_record_validates_pain_rpe_and_holds() -> None:
    ok = SetRecord(
        1, "fesl-bridge-hold", 0, 1, Side.LEFT, 5, 5, T0, T0 + timedelta(seconds=50), (5.0,) * 5
    )
    assert ok.time_under_tension_s == 25.0
    with pytest.raises(ValidationError, match=r"set\.pain_during.*0 to 10"):
        SetRecord(1, "x", 0, 1, Side.LEFT, 5, 5, T0, T0, pain_during=11)
    with pytest.raises(ValidationError, match=r"set\.rpe"):
        SetRecord(1, "x", 0, 1, Side.LEFT, 5, 5, T0, T0, rpe=-1)
    with pytest.raises(ValidationError, match=r"set\.hold_s"):
        SetRecord(1, "x", 0, 1, Side.LEFT, 5, 5, T0, T0, hold_s=(-1.0,))
    with pytest.raises(ValidationError, match=r"set\.ended_at"):
        SetRecord(1, "x", 0, 1, Side.LEFT, 5, 5, T0, T0 - timedelta(seconds=1))


def test_session_record_status_and_times() -> None:
    s = SessionRecord("iso-5x5", T0, Side.LEFT)
    assert s.status is SessionStatus.IN_PROGRESS
    with pytest.raises(ValidationError, match=r"session\.ended_at"):
        SessionRecord("iso-5x5", T0, Side.LEFT, ended_at=T0 - timedelta(minutes=1))
    with pytest.raises(ValidationError, match=r"session\.status"):
        SessionRecord("iso-5x5", T0, Side.LEFT, status="paused")  # type: ignore[arg-type]


def test_activity_ranges() -> None:
    a = Activity(
        D0, ActivityKind.RIDE, 90, T0, flags=frozenset({ActivityFlag.AERO}), hours_sitting=1.5
    )
    assert a.flags == frozenset({ActivityFlag.AERO})
    with pytest.raises(ValidationError, match=r"activity\.minutes.*1 to 1440"):
        Activity(D0, ActivityKind.RUN, 0, T0)
    with pytest.raises(ValidationError, match=r"activity\.kind"):
        Activity(D0, "skate", 30, T0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        (MeasureKind.VISA_H, 100, 101),
        (MeasureKind.LEFS, 80, 81),
        (MeasureKind.SITTING_TOLERANCE_MIN, 60, -1),
        (MeasureKind.HOP_COUNT, 10, 1001),
    ],
)
def test_measure_ranges_per_kind(kind: MeasureKind, good: float, bad: float) -> None:
    assert Measure(D0, kind, good, T0).value == good
    with pytest.raises(ValidationError) as exc:
        Measure(D0, kind, bad, T0)
    assert exc.value.field == f"measure.{kind.value}"


def test_settings_ceiling_is_3_to_5_and_window_24_to_36() -> None:
    assert Settings().acceptable_ceiling == 3
    for bad in (2, 6):
        with pytest.raises(ValidationError, match=r"settings\.acceptable_ceiling.*3 to 5"):
            Settings(acceptable_ceiling=bad)
    with pytest.raises(ValidationError, match=r"settings\.response_window_h.*24 to 36"):
        Settings(response_window_h=48)
    with pytest.raises(ValidationError, match=r"settings\.affected_side"):
        Settings(affected_side=Side.BOTH)


def test_side_other() -> None:
    assert Side.LEFT.other is Side.RIGHT
    assert Side.RIGHT.other is Side.LEFT
    assert Side.BOTH.other is Side.BOTH


@pytest.mark.parametrize(
    ("field", "bad", "range_text"),
    [
        ("red_margin", 0, "1 to 3"),
        ("red_above", 8, "4 to 7"),
        ("trend_step", 4, "1 to 3"),
        ("stage_green_days", 6, "7 to 14"),
        ("baseline_min_mornings", 2, "3 to 7"),
    ],
)
def test_every_threshold_is_a_setting_with_its_range(field: str, bad: int, range_text: str) -> None:
    with pytest.raises(ValidationError, match=f"settings.{field}.*{range_text}"):
        Settings(**{field: bad})


def test_threshold_defaults_are_protocol_md() -> None:
    s = Settings()
    assert (s.acceptable_ceiling, s.red_margin, s.red_above, s.trend_step) == (3, 1, 5, 1)
    assert (s.stage_green_days, s.response_window_h, s.spike_warn_pct) == (7, 24, 30)
    assert s.baseline_min_mornings == 3
    with pytest.raises(ValidationError, match="baseline_min_mornings"):
        Settings(baseline_days=4, baseline_min_mornings=5)
