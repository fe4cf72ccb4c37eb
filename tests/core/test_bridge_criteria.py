"""The two bridge exit criteria count only tests at or under the ceiling with a calm next
morning (PROTOCOL.md: stage 1 "~10 single-leg bridges <= 3/10 with no 24 h flare", stage 2
"affected side >= 90 % of the other side at <= 2-3/10"), on hand-made histories.

Every history has mornings at 2/10 for two weeks (baseline 2) unless a test changes one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from phtcoach.core.model import Measure, MeasureKind, PainEntry, PainSlot, Settings
from phtcoach.core.progression import Criterion, CriterionCheck, History, StepKind
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.stage_criteria import stage_criteria
from tests.core.progression_helpers import (
    TODAY,
    Log,
    S,
    day,
    kind,
    morning,
    rules,
    run,
    steady,
)
from tests.records import at

LEFT, RIGHT = MeasureKind.BRIDGE_REPS_LEFT, MeasureKind.BRIDGE_REPS_RIGHT
NOW = datetime(TODAY.year, TODAY.month, TODAY.day, 23, 0, tzinfo=UTC)


def bridge(n: int, reps: float, side: MeasureKind = LEFT, hh: int = 10) -> Measure:
    return Measure(day(n), side, reps, at(day(n), hh))


def check_in(n: int, pain: int, hh: int = 11) -> PainEntry:
    """A daytime check-in: the pain logged with (or after) a bridge test."""
    return PainEntry(day(n), PainSlot.OTHER, at(day(n), hh), pain)


def scores(changes: dict[int, int | None] | None = None) -> list[PainEntry]:
    """Mornings at 2/10 on days -14..0; `changes` sets a day's score (None: not logged)."""
    by_day: dict[int, int | None] = dict.fromkeys(range(-14, 1), 2)
    by_day.update(changes or {})
    return [morning(k, v) for k, v in by_day.items() if v is not None]


def criterion(
    stage: int,
    measures: list[Measure],
    entries: list[PainEntry],
    settings: Settings = S,
    **history: object,
) -> CriterionCheck:
    h = History(pain_entries=entries, measures=measures, **history)  # type: ignore[arg-type]
    ctx = RuleContext(TODAY, h, settings, UTC, NOW)
    wanted = "ten_single_leg_bridges" if stage == 1 else "bridge_symmetry_90"
    return next(c for c in stage_criteria(ctx, stage, rising=False) if c.id == wanted)


def not_counted(c: CriterionCheck) -> dict[str, object]:
    keys = ("above_ceiling", "flare", "no_pain", "waiting", "no_morning", "no_baseline")
    return {k: c.values[k] for k in keys if c.values[k]}


# --------------------------------------------------------------------------- stage 1


def test_a_bridge_test_at_5_of_10_does_not_count() -> None:
    c = criterion(1, [bridge(-2, 12)], [*scores(), check_in(-2, 5)])
    assert c.status is Criterion.NOT_MET  # 12 reps, but not at <= 3/10
    assert (c.values["reps"], c.values["counted"], c.values["tests"]) == (None, 0, 1)
    assert not_counted(c) == {"above_ceiling": 1}
    assert c.values["ceiling"] == 3


def test_a_bridge_test_followed_by_a_flare_does_not_count() -> None:
    # Test day -2 at 2/10; the next morning 4/10 is above the baseline 2 + 1: a flare.
    c = criterion(1, [bridge(-2, 12)], [*scores({-1: 4}), check_in(-2, 2)])
    assert c.status is Criterion.NOT_MET
    assert c.values["reps"] is None
    assert not_counted(c) == {"flare": 1}


def test_a_bridge_test_at_the_ceiling_with_a_calm_next_morning_counts() -> None:
    c = criterion(1, [bridge(-2, 12)], [*scores(), check_in(-2, 3)])
    assert c.status is Criterion.MET
    assert c.values["reps"] == 12
    assert (c.values["date"], c.values["pain"], c.values["morning"]) == (
        day(-2).isoformat(),
        3,
        2,
    )
    assert (c.values["counted"], not_counted(c)) == (1, {})
    # One point above the baseline the next morning is no flare (rule 2 red is > + 1).
    assert criterion(1, [bridge(-2, 12)], [*scores({-1: 3}), check_in(-2, 3)]).status is (
        Criterion.MET
    )


def test_the_ceiling_is_the_users_setting() -> None:
    entries = [*scores(), check_in(-2, 4)]
    assert criterion(1, [bridge(-2, 12)], entries).status is Criterion.NOT_MET
    four = Settings(acceptable_ceiling=4)
    c = criterion(1, [bridge(-2, 12)], entries, four)
    assert (c.status, c.values["ceiling"], c.values["pain"]) == (Criterion.MET, 4, 4)


def test_the_days_highest_pain_is_the_tests_pain() -> None:
    # The measure has no rating: a set rated 4 that day rules the day's test out too.
    log = Log()
    log.add(-2, "iso-5x15", pain=4)
    c = criterion(1, [bridge(-2, 12)], scores(), sessions=log.sessions, sets=log.sets)
    assert (c.status, c.values["counted"], not_counted(c)) == (
        Criterion.NOT_MET,
        0,
        {"above_ceiling": 1},
    )


def test_the_latest_counted_test_decides_and_the_others_are_listed() -> None:
    measures = [bridge(-6, 8), bridge(-4, 12), bridge(-2, 14), bridge(0, 15)]
    entries = [*scores(), check_in(-6, 2), check_in(-4, 2), check_in(-2, 5), check_in(0, 1)]
    c = criterion(1, measures, entries)
    # Day -2 (14 reps) was at 5/10 and today's waits for tomorrow: day -4's 12 decides.
    assert (c.status, c.values["reps"], c.values["date"]) == (
        Criterion.MET,
        12,
        day(-4).isoformat(),
    )
    assert (c.values["tests"], c.values["counted"]) == (4, 2)
    assert not_counted(c) == {"above_ceiling": 1, "waiting": 1}


def test_tests_that_cannot_be_judged_leave_the_criterion_to_the_user() -> None:
    # Day -8: no pain logged at all (no morning, no check-in, no session).
    c = criterion(1, [bridge(-8, 12)], scores({-8: None}))
    assert (c.status, not_counted(c)) == (Criterion.UNKNOWN, {"no_pain": 1})
    # Day -8 rated, but no morning test on day -7.
    c = criterion(1, [bridge(-8, 12)], [*scores({-7: None}), check_in(-8, 2)])
    assert (c.status, not_counted(c)) == (Criterion.UNKNOWN, {"no_morning": 1})
    # Today's test: its next morning is still to come.
    c = criterion(1, [bridge(0, 12)], [*scores(), check_in(0, 2)])
    assert (c.status, not_counted(c)) == (Criterion.UNKNOWN, {"waiting": 1})
    # Too few earlier mornings to have a baseline to judge the next morning by.
    c = criterion(1, [bridge(-1, 12)], [morning(-1, 2), morning(0, 2)])
    assert (c.status, not_counted(c)) == (Criterion.UNKNOWN, {"no_baseline": 1})
    c = criterion(1, [], scores())
    assert (c.status, c.values["tests"]) == (Criterion.UNKNOWN, 0)


def test_a_painful_test_holds_the_stage_advance() -> None:
    log = steady("iso-5x15", range(-6, 0))
    h = log.history([*scores(), check_in(-1, 5)], measures=[bridge(-1, 12)])
    a = run(h, "iso-5x15")
    assert rules(a)["rule-5-stage"].values["ten_single_leg_bridges"] == "not met"
    assert kind(a) is StepKind.HOLD
    h = log.history([*scores(), check_in(-2, 3)], measures=[bridge(-2, 12)])
    assert kind(run(h, "iso-5x15")) is StepKind.STAGE


# --------------------------------------------------------------------------- stage 2


def pair(n: int, affected: float, other: float) -> list[Measure]:
    return [bridge(n, affected, LEFT), bridge(n, other, RIGHT)]


def test_symmetry_counts_only_calm_tests_within_the_ceiling() -> None:
    painful = criterion(2, pair(-2, 19, 20), [*scores(), check_in(-2, 5)])
    assert (painful.status, painful.values["pct"]) == (Criterion.NOT_MET, None)
    assert not_counted(painful) == {"above_ceiling": 1}
    flare = criterion(2, pair(-2, 19, 20), [*scores({-1: 4}), check_in(-2, 2)])
    assert (flare.status, not_counted(flare)) == (Criterion.NOT_MET, {"flare": 1})
    calm = criterion(2, pair(-2, 19, 20), [*scores(), check_in(-2, 3)])
    assert calm.status is Criterion.MET
    assert (calm.values["pct"], calm.values["affected"], calm.values["other"]) == (95, 19, 20)
    assert (calm.values["date"], calm.values["pain"], calm.values["counted"]) == (
        day(-2).isoformat(),
        3,
        1,
    )


def test_symmetry_an_earlier_calm_test_decides_over_a_later_painful_one() -> None:
    measures = [*pair(-5, 16, 20), *pair(-2, 19, 20)]
    c = criterion(2, measures, [*scores(), check_in(-5, 2), check_in(-2, 5)])
    assert (c.status, c.values["pct"], c.values["date"]) == (
        Criterion.NOT_MET,
        80,
        day(-5).isoformat(),
    )
    assert not_counted(c) == {"above_ceiling": 1}
