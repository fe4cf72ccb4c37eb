"""Rule 3 (weekly trend), the load-spike guard, the acute:chronic ratio and rule 1's echo.

Rule 3: this ISO week's mean morning test >= 1 above last week's -> freeze progression,
reduce volume. Each week needs >= 3 morning tests first *(design)*: on a Monday one reading
would otherwise decide (an acute flare is rule 2's job).
Load-spike guard: running minutes (and all activity minutes) of the last 14 days more than
`spike_warn_pct` % above the 14 days before -> amber, suggest 10-20 %. The 2-week change is
shown as information even within the limit; the acute:chronic ratio is information only
and never changes the level or the step.
"""

from __future__ import annotations

import datetime as dt

from phtcoach.core.analysis import (
    RUN_KINDS,
    WeeklyTrend,
    acute_chronic_ratio,
    volume_change,
    weekly_trend,
)
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import Finding, Level, Rule, Value
from phtcoach.core.progression.thresholds import MIN_WEEK_TESTS, RECENT_DAYS


def weekly(ctx: RuleContext) -> tuple[WeeklyTrend, Finding | None]:
    """Rule 3's trend, and its finding when the week's mornings are rising."""
    step = ctx.settings.trend_step
    trend = weekly_trend(ctx.series, ctx.today, threshold=step, min_count=MIN_WEEK_TESTS)
    if not (trend.rising and trend.this_mean is not None and trend.last_mean is not None):
        return trend, None
    values: dict[str, Value] = {
        "this_mean": trend.this_mean,
        "last_mean": trend.last_mean,
        "delta": trend.delta,
        "this_count": trend.this_count,
        "last_count": trend.last_count,
        "step": step,
    }
    return trend, Finding(Rule.WEEKLY, Level.AMBER, values)


def load_findings(ctx: RuleContext) -> list[Finding]:
    """The 2-week change of running and of all activity minutes, then the ratio."""
    pct = ctx.settings.spike_warn_pct
    out: list[Finding] = []
    for rule, kinds in ((Rule.SPIKE_RUN, RUN_KINDS), (Rule.SPIKE_ALL, None)):
        ch = volume_change(ctx.activities, ctx.today, kinds)
        if not ch.previous_covered or ch.change_pct is None:
            continue
        values: dict[str, Value] = {
            "recent_min": ch.recent_min,
            "previous_min": ch.previous_min,
            "change_pct": ch.change_pct,
            "limit_pct": pct,
        }
        level = Level.AMBER if ch.rises_more_than(pct) else Level.INFO
        out.append(Finding(rule, level, values))
    acwr = acute_chronic_ratio(ctx.activities, ctx.today)
    if acwr.ratio is not None:
        values = {
            "ratio": acwr.ratio,
            "acute_min": acwr.acute_min,
            "chronic_weekly_min": acwr.chronic_weekly_min,
        }
        out.append(Finding(Rule.ACWR, Level.INFO, values))
    return out


def set_pain_echo(ctx: RuleContext) -> Finding | None:
    """Rule 1 echoed: a set of the last session (this week) above the ceiling."""
    ceiling = ctx.settings.acceptable_ceiling
    week_start = ctx.today - dt.timedelta(days=RECENT_DAYS - 1)
    recent = [s for s in ctx.sessions if ctx.day(s) >= week_start]
    if not recent:
        return None
    last = recent[-1]
    top = max(
        (
            st.pain_during
            for st in ctx.sets_by_session.get(last.id or -1, ())
            if st.pain_during is not None
        ),
        default=None,
    )
    if top is None or top <= ceiling:
        return None
    values: dict[str, Value] = {
        "max_pain": top,
        "ceiling": ceiling,
        "date": ctx.day(last).isoformat(),
    }
    return Finding(Rule.SET_PAIN, Level.AMBER, values, (ctx.ref(last),))
