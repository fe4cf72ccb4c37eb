"""Today's advice: every rule applied in the protocol's order, the day's level and next step.

Red flags stop everything, then rule 2's hold, then rule 3's freeze, then rules 4-5 decide
the step. The day's level is never green before this morning's test is logged: the 24-hour
rule cannot have cleared anything yet, so a day without it is PENDING unless an amber or
red finding already decides it. Green, amber and red keep their meaning; info is only ever
a finding's level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from phtcoach.core.analysis import local_midnight
from phtcoach.core.model import RedFlag, Settings
from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.hold import hold_state
from phtcoach.core.progression.prescribed import within_prescription
from phtcoach.core.progression.results import (
    Advice,
    Finding,
    History,
    Level,
    Rule,
    Step,
    StepKind,
    Value,
)
from phtcoach.core.progression.rules_load import load_findings, set_pain_echo, weekly
from phtcoach.core.progression.rules_morning import morning_findings
from phtcoach.core.progression.step_up import rules_4_5
from phtcoach.core.progression.thresholds import SEED_LADDER_STAGES

MAX_NOTE_FINDINGS = 3  # the first few notes are quoted; more would bury the advice


def advise(
    today: dt.date,
    history: History,
    settings: Settings,
    current_template_id: str,
    ladder: Sequence[str],
    dosage_summary: Mapping[str, str] | None = None,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
    stages: Mapping[str, int] | None = None,
    prescribed_by: str | None = None,
) -> Advice:
    """Today's traffic light, the rules that fired with their numbers, and the next step.

    Only records dated up to `today` are read, so asking about a past date gives the advice
    as it stood then. `now` (aware) decides which 24-hour checks are still pending; by
    default the end of `today` in `tz` (None: the system's local zone). `stages` maps
    template ids to PROTOCOL.md stages (default: the seed ladder's); `dosage_summary` is
    passed through to the steps (`values["dosage"]`) for their sentences. `prescribed_by`
    (not None, perhaps empty: the current template is a locked prescription by that author)
    keeps steps up within it (`prescribed`); easing off is unchanged.
    """
    stage_of = SEED_LADDER_STAGES if stages is None else stages
    now = now if now is not None else local_midnight(today + dt.timedelta(days=1), tz)
    ctx = RuleContext(today, history, settings, tz, now, dosage_summary)
    findings: list[Finding] = []

    # Rule 6: a red flag holds until a clinician has checked it. The caller leaves out
    # flags logged before the latest clinician check; whatever is left holds, however old.
    logged = [(e.local_date, e.red_flags) for e in ctx.entries if e.red_flags]
    logged += [(ev.day, ev.flags) for ev in history.flag_events if ev.day <= today]
    flagged = bool(logged)
    present: set[RedFlag] = set()
    for _, flags in logged:
        present |= flags
    red_flags = tuple(f for f in RedFlag if f in present)
    if logged:
        values: dict[str, Value] = {
            "flags": ",".join(f.value for f in red_flags),
            "first_logged": min(d for d, _ in logged).isoformat(),
            "last_logged": max(d for d, _ in logged).isoformat(),
            "entries": len(logged),
        }
        findings.append(Finding(Rule.RED_FLAGS, Level.RED, values))
    # A note naming a red-flag symptom, not yet answered: at least amber, quoting it, and no
    # step proposed until the user says whether it is a red flag.
    asking = [m for m in history.note_mentions if m.day <= today]
    for mention in asking[:MAX_NOTE_FINDINGS]:
        note: dict[str, Value] = {
            "note": mention.text,
            "source": mention.source,
            "source_id": mention.source_id,
            "date": mention.day.isoformat(),
            "flags": ",".join(f.value for f in RedFlag if f in mention.flags),
        }
        findings.append(Finding(Rule.NOTE_FLAG, Level.AMBER, note))

    hold = hold_state(ctx, current_template_id, ladder)
    findings += morning_findings(ctx, hold)
    trend, rising = weekly(ctx)
    if rising is not None:
        findings.append(rising)
    findings += load_findings(ctx)
    echo = set_pain_echo(ctx)
    if echo is not None:
        findings.append(echo)

    step: Step | None
    if flagged or asking:
        step = None
    elif hold is not None:
        step = hold.step
    elif trend.rising:
        step = Step(
            StepKind.HOLD,
            current_template_id,
            Rule.WEEKLY,
            {"dosage": ctx.dosage(current_template_id)},
        )
    else:
        step = rules_4_5(ctx, current_template_id, ladder, stage_of, findings, trend.rising)
    if prescribed_by is not None:  # the one place a prescription limits the step up
        free = not (flagged or asking or hold is not None or trend.rising)
        step = within_prescription(
            ctx, current_template_id, prescribed_by, findings, step, rules_4_5_decided=free
        )

    level = max((f.level for f in findings), key=lambda lv: lv.rank, default=Level.GREEN)
    if level is Level.INFO:
        level = Level.GREEN
    ordered = tuple(sorted(findings, key=lambda f: -f.level.rank))
    lead = _headline_rule(level, ordered, step, bool(flagged))
    return Advice(today, level, ordered, step, red_flags, lead)


def _headline_rule(
    level: Level, findings: Sequence[Finding], step: Step | None, flagged: bool
) -> Rule | None:
    """The finding the Today card leads with: the most severe one.

    None when something else leads: a red flag (stop and see a clinician) or, on a green
    day, a proposed stage change. A proposed step up is led by rule 4's finding, which
    states the same reason.
    """
    if flagged:
        return None
    if level is Level.GREEN and step is not None:
        if step.kind is StepKind.UP:
            return Rule.STEP_UP
        if step.kind is StepKind.STAGE:
            return None
    for f in findings:
        if f.level is level:
            return f.rule
    return findings[0].rule if findings else None
