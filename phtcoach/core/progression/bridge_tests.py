"""Which single-leg bridge tests count for the stage exit criteria (PROTOCOL.md table).

Stage 1 asks for "~10 short-lever single-leg bridges <= 3/10 with no 24 h flare", stage 2
for affected-side bridge reps >= 90 % of the other side "at <= 2-3/10". A bridge test
(a bridge-reps measure) counts for either only when both hold:

- its pain was at or under the user's acceptable ceiling (`Settings.acceptable_ceiling`);
- the next morning was no flare by rule 2: the morning test not above baseline + 1 and
  not above 5 (the thresholds in force, judged by the same `ResponseFinder.judge` as the
  24-hour rule).

A measure carries no pain rating of its own (the Diary's measure form asks for the reps
only), so the pain of a test is the highest pain logged on its day: the check-ins (pain
and morning-test score), the set ratings and the after-session ratings. That is
conservative on purpose: any rating above the ceiling that day rules the day's tests out.
A day with no rating at all cannot show the test stayed within the ceiling, so its test
does not count either. The next morning is the first morning test of the next local date,
judged against the baseline of the test's date, as the tolerance table does for activities
(a measure has a date, not an end time).

Several tests of one side on one day: the last recorded counts (a re-test replaces it).
The latest test that counts decides a criterion; with none, a test above the ceiling or
followed by a flare shows it not met, and tests that could not be judged leave it to the
user. The values name the counted test and how many did not count, for each reason.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from phtcoach.core.analysis import Verdict
from phtcoach.core.model import MeasureKind, Side
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import Criterion, Value


class BridgeOutcome(StrEnum):
    """Why a bridge test counts or not; the first that applies, in this order."""

    ABOVE_CEILING = "above_ceiling"  # pain that day above the acceptable ceiling
    FLARE = "flare"  # next morning red by rule 2: > baseline + 1, or > 5
    NO_PAIN = "no_pain"  # no pain logged that day: cannot show it was within the ceiling
    WAITING = "waiting"  # the next morning's test is not logged yet and still can be
    NO_MORNING = "no_morning"  # no morning test the day after
    NO_BASELINE = "no_baseline"  # too few earlier mornings for a baseline to judge it by
    COUNTED = "counted"


# The outcomes that show the test was not tolerated (the others only leave it unjudged).
FAILED = (BridgeOutcome.ABOVE_CEILING, BridgeOutcome.FLARE)


@dataclass(frozen=True, slots=True)
class BridgeTest:
    """One day's bridge test: what it was judged on and whether it counts."""

    date: dt.date
    pain: int | None  # highest pain logged that day
    morning: int | None  # the next morning's test
    baseline: float | None  # baseline at the test's date
    outcome: BridgeOutcome


def day_pains(ctx: RuleContext) -> dict[dt.date, int]:
    """The highest pain logged on each day: check-ins, set ratings, after-session ratings."""
    out: dict[dt.date, int] = dict(ctx.max_set_pain_by_day)
    ratings: dict[dt.date, list[int]] = defaultdict(list)
    for e in ctx.entries:
        ratings[e.local_date].append(e.pain)
        if e.test_score is not None:
            ratings[e.local_date].append(e.test_score)
    for s in ctx.sessions:
        if s.pain_after is not None:
            ratings[ctx.day(s)].append(s.pain_after)
    for d, values in ratings.items():
        out[d] = max(values + ([out[d]] if d in out else []))
    return out


def judge_test(ctx: RuleContext, d: dt.date, pains: dict[dt.date, int]) -> BridgeTest:
    """Whether a bridge test done on `d` counts (see the module docstring)."""
    pain = pains.get(d)
    nxt = d + dt.timedelta(days=1)
    entry = ctx.finder.firsts.get(nxt) if nxt <= ctx.today else None
    morning = None if entry is None else entry.morning_score
    base = ctx.finder.baseline(d)
    verdict = None if morning is None else ctx.finder.judge(morning, base)
    if pain is not None and pain > ctx.settings.acceptable_ceiling:
        outcome = BridgeOutcome.ABOVE_CEILING
    elif verdict is Verdict.RED:
        outcome = BridgeOutcome.FLARE
    elif pain is None:
        outcome = BridgeOutcome.NO_PAIN
    elif morning is None:
        outcome = BridgeOutcome.WAITING if nxt >= ctx.today else BridgeOutcome.NO_MORNING
    elif verdict is Verdict.NO_BASELINE:
        outcome = BridgeOutcome.NO_BASELINE
    else:
        outcome = BridgeOutcome.COUNTED
    return BridgeTest(d, pain, morning, base, outcome)


def affected_kind(ctx: RuleContext) -> MeasureKind:
    if ctx.settings.affected_side is Side.LEFT:
        return MeasureKind.BRIDGE_REPS_LEFT
    return MeasureKind.BRIDGE_REPS_RIGHT


def affected_reps(ctx: RuleContext) -> dict[dt.date, float]:
    """Affected-side bridge reps by date, the last recorded of a date."""
    kind = affected_kind(ctx)
    rows = sorted(
        (m for m in ctx.measures if m.kind is kind), key=lambda m: (m.recorded_at, m.id or 0)
    )
    return {m.local_date: m.value for m in rows}


def decide(tests: list[BridgeTest]) -> tuple[BridgeTest | None, bool]:
    """The latest test that counts, and whether any test showed the bridges not tolerated."""
    counted = [t for t in tests if t.outcome is BridgeOutcome.COUNTED]
    return (counted[-1] if counted else None), any(t.outcome in FAILED for t in tests)


def status_of(deciding: BridgeTest | None, failed: bool, ok: bool) -> Criterion:
    """Judged on the latest counted test (`ok`: it meets the target). Without one: not met
    when a test was too painful or followed by a flare, else unknown (the user judges)."""
    if deciding is not None:
        return Criterion.MET if ok else Criterion.NOT_MET
    return Criterion.NOT_MET if failed else Criterion.UNKNOWN


def outcome_values(
    ctx: RuleContext, tests: list[BridgeTest], deciding: BridgeTest | None
) -> dict[str, Value]:
    """What a sentence needs to say which tests counted and why the others did not."""
    values: dict[str, Value] = {
        "date": None if deciding is None else deciding.date.isoformat(),
        "pain": None if deciding is None else deciding.pain,
        "morning": None if deciding is None else deciding.morning,
        "ceiling": ctx.settings.acceptable_ceiling,
        "tests": len(tests),
    }
    for outcome in BridgeOutcome:
        values[outcome.value] = sum(t.outcome is outcome for t in tests)
    return values
