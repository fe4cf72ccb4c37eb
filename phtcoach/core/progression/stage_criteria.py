"""Rule 5's exit criteria of each stage (PROTOCOL.md table), judged on the data.

Criteria the data cannot show are UNKNOWN, for the user to judge; only criteria the data
shows unmet hold the stage back. Each check carries the value it read and its target.

The two bridge criteria (stage 1's ~10 single-leg bridges, stage 2's symmetry) count only
tests at or under the acceptable ceiling with no flare the next morning, as the table
says; `bridge_tests` judges each test and the values say which counted and why the others
did not.
"""

from __future__ import annotations

import datetime as dt

from phtcoach.core.analysis import Verdict, bridge_symmetry
from phtcoach.core.model import MeasureKind, RedFlag
from phtcoach.core.progression.bridge_tests import (
    affected_kind,
    affected_reps,
    day_pains,
    decide,
    judge_test,
    outcome_values,
    status_of,
)
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import Criterion, CriterionCheck, Value
from phtcoach.core.progression.thresholds import (
    GREEN_DAYS_WINDOW,
    RECENT_DAYS,
    STAGE_1_BRIDGES,
    STAGE_1_MORNING_MAX,
    STAGE_2_GREEN_DAYS_A_WEEK,
    STAGE_2_SYMMETRY_PCT,
    STAGE_3_SITTING_MIN,
)


def status(ok: bool | None) -> Criterion:
    return Criterion.UNKNOWN if ok is None else (Criterion.MET if ok else Criterion.NOT_MET)


def stage_criteria(ctx: RuleContext, stage: int, rising: bool) -> list[CriterionCheck]:
    """The exit criteria of `stage`; `rising`: rule 3 saw this week's mornings rise."""
    if stage == 1:
        return _stage_1(ctx, rising)
    if stage == 2:
        return _stage_2(ctx)
    if stage == 3:
        return _stage_3(ctx)
    return _stage_4(ctx)


def _week(ctx: RuleContext) -> list[dt.date]:
    return [ctx.today - dt.timedelta(days=i) for i in range(RECENT_DAYS)]


def _fortnight(ctx: RuleContext) -> list[dt.date]:
    return [ctx.today - dt.timedelta(days=i) for i in range(GREEN_DAYS_WINDOW)]


def _stage_1(ctx: RuleContext, rising: bool) -> list[CriterionCheck]:
    week = _week(ctx)
    mornings = [ctx.series[d] for d in week if d in ctx.series]
    if any(m > STAGE_1_MORNING_MAX for m in mornings) or rising:
        morning_status = Criterion.NOT_MET
    elif len(mornings) == RECENT_DAYS:
        morning_status = Criterion.MET
    else:
        morning_status = Criterion.UNKNOWN
    pains = [p for d in week if (p := ctx.max_set_pain_by_day.get(d)) is not None]
    return [
        CriterionCheck(
            "mornings_le_3_for_7_days",
            morning_status,
            {
                "logged": len(mornings),
                "days": RECENT_DAYS,
                "highest": max(mornings) if mornings else None,
                "rising": rising,
                "limit": STAGE_1_MORNING_MAX,
            },
        ),
        CriterionCheck(
            "exercise_pain_le_3",
            status(None if not pains else max(pains) <= STAGE_1_MORNING_MAX),
            {"highest": max(pains) if pains else None, "limit": STAGE_1_MORNING_MAX},
        ),
        _ten_bridges(ctx),
    ]


def _ten_bridges(ctx: RuleContext) -> CriterionCheck:
    """~10 single-leg bridges on the affected side, counting only tests at or under the
    ceiling with no flare the next morning (`bridge_tests`); the latest such test decides."""
    reps = affected_reps(ctx)
    pains = day_pains(ctx)
    tests = [judge_test(ctx, d, pains) for d in sorted(reps)]
    deciding, failed = decide(tests)
    value = None if deciding is None else reps[deciding.date]
    values: dict[str, Value] = {
        "side": "left" if affected_kind(ctx) is MeasureKind.BRIDGE_REPS_LEFT else "right",
        "reps": value,
        "needed": STAGE_1_BRIDGES,
        **outcome_values(ctx, tests, deciding),
    }
    ok = value is not None and value >= STAGE_1_BRIDGES
    return CriterionCheck("ten_single_leg_bridges", status_of(deciding, failed, ok), values)


def _symmetry(ctx: RuleContext) -> CriterionCheck:
    """Affected-side bridge reps >= 90 % of the other side, counting only test days at or
    under the ceiling with no flare the next morning; the latest such day decides."""
    points = {p.local_date: p for p in bridge_symmetry(ctx.measures, ctx.settings.affected_side)}
    pains = day_pains(ctx)
    tests = [judge_test(ctx, d, pains) for d in sorted(points)]
    deciding, failed = decide(tests)
    last = None if deciding is None else points[deciding.date]
    pct = None if last is None else last.pct
    values: dict[str, Value] = {
        "pct": pct,
        "affected": None if last is None or pct is None else last.affected,
        "other": None if last is None or pct is None else last.other,
        "needed": STAGE_2_SYMMETRY_PCT,
        **outcome_values(ctx, tests, deciding),
    }
    ok = pct is not None and pct >= STAGE_2_SYMMETRY_PCT
    if deciding is not None and pct is None:  # the other side at 0 reps: no percentage
        return CriterionCheck("bridge_symmetry_90", Criterion.UNKNOWN, values)
    return CriterionCheck("bridge_symmetry_90", status_of(deciding, failed, ok), values)


def _stage_2(ctx: RuleContext) -> list[CriterionCheck]:
    fortnight = _fortnight(ctx)
    halves = (fortnight[RECENT_DAYS:], fortnight[:RECENT_DAYS])  # the earlier week first
    greens = [sum(ctx.is_green_day(d) for d in half) for half in halves]
    reds = [sum(ctx.is_red_day(d) for d in half) for half in halves]
    ok = all(r == 0 for r in reds) and all(g >= STAGE_2_GREEN_DAYS_A_WEEK for g in greens)
    return [
        _symmetry(ctx),
        CriterionCheck(
            "two_green_weeks",
            status(ok),
            {
                "green_first": greens[0],
                "green_second": greens[1],
                "red": sum(reds),
                "needed": STAGE_2_GREEN_DAYS_A_WEEK,
            },
        ),
    ]


def _stage_3(ctx: RuleContext) -> list[CriterionCheck]:
    fortnight = _fortnight(ctx)
    rest = any(RedFlag.NIGHT_OR_REST_PAIN in ctx.flag_days.get(d, set()) for d in fortnight)
    m = ctx.latest_measure(MeasureKind.SITTING_TOLERANCE_MIN)
    return [
        CriterionCheck(
            "no_rest_pain",
            Criterion.NOT_MET if rest else Criterion.UNKNOWN,
            {"logged": rest, "days": GREEN_DAYS_WINDOW},
        ),
        CriterionCheck("drop_lunge_pain_free", Criterion.UNKNOWN),
        CriterionCheck("curl_strength_equal", Criterion.UNKNOWN),
        CriterionCheck(
            "sitting_60_min",
            status(None if m is None else m.value >= STAGE_3_SITTING_MIN),
            {"minutes": None if m is None else m.value, "needed": STAGE_3_SITTING_MIN},
        ),
    ]


def _stage_4(ctx: RuleContext) -> list[CriterionCheck]:
    fortnight = _fortnight(ctx)
    recent = [s for s in ctx.sessions if ctx.day(s) in fortnight]
    flare = any(ctx.is_red_day(d) for d in fortnight) or any(
        ctx.response(s).verdict is Verdict.RED for s in recent
    )
    st = Criterion.NOT_MET if flare else (Criterion.MET if recent else Criterion.UNKNOWN)
    return [CriterionCheck("no_flare_2_weeks", st, {"sessions": len(recent), "flare": flare})]
