"""Rule 2's lasting effect: after a red morning, hold (or step back) for the next sessions.

The load is held for the next R sessions after the last red morning. It goes back one
ladder step instead when that morning was above 5, or when it came while holding after an
earlier red morning with at least one held session in between (holding did not settle
it); not again if the current template is already below the one trained before the red
morning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from phtcoach.core.analysis import Verdict
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import Rule, Step, StepKind, Value


@dataclass(frozen=True, slots=True)
class Hold:
    red_day: dt.date
    morning: float
    baseline: float | None
    held: int  # sessions done since the red morning
    remaining: int
    step: Step

    def action_values(self) -> dict[str, Value]:
        """What the hold asks for, as the red-morning findings carry it."""
        down = self.step.kind is StepKind.DOWN
        return {
            "action": "down" if down else "hold",
            "action_template": self.step.template_id if down else None,
            "remaining": self.remaining,
        }


def _red_days(ctx: RuleContext) -> list[dt.date]:
    return [d for d in ctx.series if ctx.morning_verdict(d) is Verdict.RED]


def _sessions_between(ctx: RuleContext, after: dt.datetime, before: dt.datetime | None) -> int:
    return sum(
        1
        for s in ctx.sessions
        if s.started_at > after and (before is None or s.started_at <= before)
    )


def hold_state(ctx: RuleContext, current: str, ladder: Sequence[str]) -> Hold | None:
    """The hold in force today, or None once R sessions followed the last red morning."""
    reds = _red_days(ctx)
    if not reds:
        return None
    r = reds[-1]
    entry = ctx.finder.firsts[r]
    held = _sessions_between(ctx, entry.recorded_at, None)
    n_hold = ctx.settings.hold_sessions_after_red
    if held >= n_hold:
        return None
    morning = ctx.series[r]
    base = ctx.finder.baseline(r)
    go_back = morning > ctx.settings.red_above
    if not go_back and len(reds) > 1:
        prev = ctx.finder.firsts[reds[-2]]
        between = _sessions_between(ctx, prev.recorded_at, entry.recorded_at)
        go_back = 1 <= between < n_hold
    before = [s for s in ctx.sessions if s.started_at <= entry.recorded_at]
    trigger = before[-1].template_id if before else None
    if go_back and trigger in ladder and current in ladder:
        go_back = ladder.index(current) >= ladder.index(trigger)  # not stepped back yet
    idx = ladder.index(current) if current in ladder else None
    remaining = n_hold - held
    if go_back and idx is not None and idx > 0:
        kind, target = StepKind.DOWN, ladder[idx - 1]
    else:
        kind, target = StepKind.HOLD, current
    values: dict[str, Value] = {
        "red_date": r.isoformat(),
        "remaining": remaining,
        "dosage": ctx.dosage(target),
    }
    return Hold(r, morning, base, held, remaining, Step(kind, target, Rule.HOLD, values))
