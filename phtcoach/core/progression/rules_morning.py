"""Rule 2's findings: today's morning test against the baseline, the hold after a red
morning, and the sessions still waiting for their 24-hour check.

A morning test above baseline + 1, or above 5, is red whether or not a session came before
it (a long ride counts too). A morning test <= baseline clears the sessions it answers.
"""

from __future__ import annotations

import datetime as dt

from phtcoach.core.analysis import Verdict, baseline_progress
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.hold import Hold
from phtcoach.core.progression.results import Finding, Level, Rule, Value


def morning_findings(ctx: RuleContext, hold: Hold | None) -> list[Finding]:
    """Every rule 2 finding for `ctx.today`, in no particular order."""
    today, settings = ctx.today, ctx.settings
    findings: list[Finding] = []
    base = ctx.finder.baseline(today)
    today_entry = ctx.finder.firsts.get(today)
    morning = ctx.series.get(today)
    if morning is None:
        findings.append(
            Finding(Rule.MORNING_MISSING, Level.PENDING, {"test": settings.morning_test.value})
        )
    if base is None:
        minimum = settings.baseline_min_mornings
        have, need = baseline_progress(ctx.series, today, minimum)
        findings.append(
            Finding(
                Rule.BASELINE_MISSING,
                Level.INFO,
                {
                    "morning_tests": have,
                    "needed": need,
                    "minimum": minimum,
                    "baseline_days": settings.baseline_days,
                },
            )
        )
    answered = [
        s
        for s in ctx.sessions
        if today_entry is not None
        and ctx.finder.morning_after(s.ended_at or s.started_at) is today_entry
    ]
    if morning is not None:
        verdict = ctx.finder.judge(morning, base)
        vals: dict[str, Value] = {
            "morning": round(morning),
            "baseline": base,
            "delta": None if base is None else round(morning - base, 2),
            "verdict": verdict.value,
            "sessions_answered": len(answered),
            "baseline_days": settings.baseline_days,
            "baseline_n": ctx.finder.baseline_count(today),
            "red_margin": settings.red_margin,
            "red_above": settings.red_above,
        }
        if verdict is Verdict.RED:
            n = settings.hold_sessions_after_red
            vals["hold_sessions"] = n
            if hold is None:
                vals.update(action="hold", action_template=None, remaining=n)
            else:
                vals.update(hold.action_values())
            findings.append(Finding(Rule.MORNING_24H, Level.RED, vals))
        elif verdict is Verdict.OK and base is not None:
            findings.append(Finding(Rule.MORNING_24H, Level.AMBER, vals))
        elif verdict is Verdict.CLEARED and base is not None:
            refs = tuple(ctx.ref(s) for s in answered)
            findings.append(Finding(Rule.MORNING_24H, Level.GREEN, vals, refs))
    if hold is not None and hold.red_day != today:
        recent_red = hold.red_day == today - dt.timedelta(days=1) and morning is None
        hold_vals: dict[str, Value] = {
            "red_date": hold.red_day.isoformat(),
            "morning": round(hold.morning),
            "baseline": hold.baseline,
            "baseline_n": ctx.finder.baseline_count(hold.red_day),
            "baseline_days": settings.baseline_days,
            "red_margin": settings.red_margin,
            "red_above": settings.red_above,
            "held": hold.held,
            "hold_sessions": settings.hold_sessions_after_red,
            **hold.action_values(),
        }
        findings.append(
            Finding(
                Rule.MORNING_24H if recent_red else Rule.HOLD,
                Level.RED if recent_red else Level.AMBER,
                hold_vals,
            )
        )
    pending = [s for s in ctx.sessions if ctx.response(s).verdict is Verdict.PENDING]
    if pending:
        p = pending[-1]
        findings.append(
            Finding(
                Rule.PENDING,
                Level.INFO,
                {"pending": len(pending), "latest_date": ctx.day(p).isoformat()},
                (ctx.ref(p),),
            )
        )
    return findings
