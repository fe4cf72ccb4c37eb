"""Rules 4 and 5: step up when the current dosage is cleared; change stage when ready.

Rule 4: step up only when every session on the current template in the last 7 days (at
least one) had all its pain ratings <= C and was cleared by its 24-hour check. A session
still waiting for its check is not cleared yet.
Rule 5, when the next ladder step belongs to a later stage or the ladder ends: rule 4,
none of the stage's exit criteria shown unmet by the data, and >= 7 green days in the
last 14. The app proposes; the user confirms.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from phtcoach.core.analysis import Verdict
from phtcoach.core.model import SessionRecord
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import (
    Blocker,
    Criterion,
    Finding,
    Level,
    Rule,
    SessionRef,
    Step,
    StepKind,
    StepUpOutcome,
    Value,
)
from phtcoach.core.progression.stage_criteria import stage_criteria, status
from phtcoach.core.progression.thresholds import GREEN_DAYS_WINDOW, RECENT_DAYS


def _blocker(
    ctx: RuleContext, recent: Sequence[SessionRecord]
) -> tuple[dict[str, Value], tuple[SessionRef, ...]] | None:
    """Why the current dosage is not cleared yet (None: it is): the first session that is
    not, with its numbers."""
    if not recent:
        return {"blocker": Blocker.NO_SESSION.value}, ()
    ceiling = ctx.settings.acceptable_ceiling
    for s in recent:
        pain = ctx.session_max_pain(s)
        r = ctx.response(s)
        found: dict[str, Value] = {}
        if pain is None:
            why = Blocker.NO_RATINGS
        elif pain > ceiling:
            why = Blocker.PAIN_ABOVE_CEILING
            found.update(pain=pain, ceiling=ceiling)
        elif r.verdict is Verdict.PENDING:
            why = Blocker.PENDING
        elif r.verdict is Verdict.MISSED:
            why = Blocker.MISSED
        elif r.verdict is Verdict.NO_BASELINE:
            why = Blocker.NO_BASELINE
        elif r.verdict is not Verdict.CLEARED and r.morning is not None:
            why = Blocker.MORNING_ABOVE_BASELINE
            found.update(morning=r.morning, baseline=r.baseline or 0.0)
        else:
            continue
        values: dict[str, Value] = {
            "blocker": why.value,
            "blocker_date": ctx.day(s).isoformat(),
            **found,
        }
        return values, (ctx.ref(s),)
    return None


def rules_4_5(
    ctx: RuleContext,
    current: str,
    ladder: Sequence[str],
    stage_of: Mapping[str, int],
    findings: list[Finding],
    rising: bool,
) -> Step | None:
    """Adds rule 4's (or rule 5's) finding to `findings` and returns the step it leads to."""
    first = ctx.today - dt.timedelta(days=RECENT_DAYS - 1)
    recent = [s for s in ctx.sessions if s.template_id == current and ctx.day(s) >= first]
    vals: dict[str, Value] = {"sessions": len(recent), "template": current}
    blocked = _blocker(ctx, recent)
    if blocked is not None:
        why, refs = blocked
        vals.update(outcome=StepUpOutcome.BLOCKED.value, **why)
        findings.append(Finding(Rule.STEP_UP, Level.INFO, vals, refs))
        return _step(ctx, StepKind.HOLD, current, Rule.STEP_UP, vals, refs)
    if current not in ladder:
        vals["outcome"] = StepUpOutcome.OFF_LADDER.value
        findings.append(Finding(Rule.STEP_UP, Level.INFO, vals))
        return None
    idx = ladder.index(current)
    nxt = ladder[idx + 1] if idx + 1 < len(ladder) else None
    s_cur, s_nxt = stage_of.get(current), None if nxt is None else stage_of.get(nxt)
    if nxt is not None and not (s_cur is not None and s_nxt is not None and s_nxt > s_cur):
        vals.update(outcome=StepUpOutcome.UP.value, next_template=nxt, next_dosage=ctx.dosage(nxt))
        findings.append(Finding(Rule.STEP_UP, Level.GREEN, vals))
        return _step(ctx, StepKind.UP, nxt, Rule.STEP_UP, vals)
    if s_cur is None:
        vals["outcome"] = StepUpOutcome.STAGE_UNKNOWN.value
        findings.append(Finding(Rule.STEP_UP, Level.INFO, vals))
        return _step(ctx, StepKind.HOLD, current, Rule.STEP_UP, vals)
    return _rule_5(ctx, current, nxt, s_cur, len(recent), findings, rising)


def _rule_5(
    ctx: RuleContext,
    current: str,
    nxt: str | None,
    stage: int,
    sessions: int,
    findings: list[Finding],
    rising: bool,
) -> Step:
    criteria = tuple(stage_criteria(ctx, stage, rising))
    green = sum(
        ctx.is_green_day(ctx.today - dt.timedelta(days=i)) for i in range(GREEN_DAYS_WINDOW)
    )
    values: dict[str, Value] = {
        "stage": stage,
        "green_days": green,
        "green_days_needed": ctx.settings.stage_green_days,
    }
    values.update({c.id: c.status.value for c in criteria})
    values.update(
        green_days_window=GREEN_DAYS_WINDOW,
        green_days_status=status(green >= ctx.settings.stage_green_days).value,
        next_stage=stage + 1,
        next_template=nxt,
        next_dosage=ctx.dosage(nxt),
        sessions=sessions,
        template=current,
    )
    unmet = [c for c in criteria if c.status is Criterion.NOT_MET]
    ready = green >= ctx.settings.stage_green_days and not unmet
    level = Level.GREEN if ready else Level.INFO
    findings.append(Finding(Rule.STAGE, level, values, criteria=criteria))
    if not ready:
        return _step(ctx, StepKind.HOLD, current, Rule.STAGE, values)
    return _step(ctx, StepKind.STAGE, nxt, Rule.STAGE, values)


def _step(
    ctx: RuleContext,
    kind: StepKind,
    target: str | None,
    rule: Rule,
    vals: Mapping[str, Value],
    refs: tuple[SessionRef, ...] = (),
) -> Step:
    return Step(kind, target, rule, {**vals, "dosage": ctx.dosage(target)}, refs)
