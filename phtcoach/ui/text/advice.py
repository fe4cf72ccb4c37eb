"""The step's reason, the card's headline, rule 1's word for the runner and the JSON
document: the rest of what the advice says, worded once for the window and the CLI."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from phtcoach.core.progression import (
    GREEN_MAX,
    Advice,
    Level,
    PainAction,
    Rule,
    SetPainAction,
    Step,
    StepKind,
    StepUpOutcome,
)
from phtcoach.ui.text.findings import finding_text, prescriber
from phtcoach.ui.text.reasons import blocker_words, cleared_words, stage_target
from phtcoach.ui.text.words import (
    count,
    day_words,
    label,
    opt_date,
    sessions_count,
    text,
    translate,
)

Names = Mapping[str, str]


def step_reason_text(step: Step, names: Names, today: dt.date) -> str:
    """Why the step is proposed, naming the rule's numbers (the plan box of the card)."""
    v = step.values
    target = label(step.template_id, text(v, "dosage"), names)
    if step.rule == Rule.HOLD:
        red = opt_date(v, "red_date") or today
        args = {
            "template": target,
            "sessions": sessions_count(count(v, "remaining")),
            "day": day_words(red, today),
        }
        if step.kind is StepKind.DOWN:
            return translate(
                "advice",
                "Go back one step to {template} for the next {sessions} after {day}'s red "
                "morning test.",
            ).format(**args)
        return translate(
            "advice", "Hold {template} for the next {sessions} after {day}'s red morning test."
        ).format(**args)
    if step.rule == Rule.PRESCRIBED:
        return translate(
            "advice", "Stay on {template} as {author} prescribed: stepping up is theirs to decide."
        ).format(template=target, author=prescriber(v))
    if step.rule == Rule.WEEKLY:
        return translate(
            "advice",
            "Stay on {template} with one set fewer: this week's mornings are rising (rule 3).",
        ).format(template=target)
    if step.rule == Rule.STAGE:
        if step.kind is StepKind.STAGE:
            return translate(
                "advice",
                "Move to {target}: {cleared} and the stage {stage} exit criteria shown by your "
                "data are met.",
            ).format(
                target=stage_target(v, names),
                cleared=cleared_words(v, names),
                stage=count(v, "stage"),
            )
        return translate("advice", "Stay on {template}: not ready for {target} yet.").format(
            template=target, target=stage_target(v, names)
        )
    outcome = text(v, "outcome")
    if outcome == StepUpOutcome.UP:
        return translate("advice", "Step up to {template}: {cleared}.").format(
            template=target, cleared=cleared_words(v, names)
        )
    if outcome == StepUpOutcome.BLOCKED:
        return translate("advice", "Stay on {template}: {blocker}.").format(
            template=target, blocker=blocker_words(v, step.sessions, names, today)
        )
    return translate("advice", "Stay on {template} until you choose the next step.").format(
        template=target
    )


def headline_text(advice: Advice, names: Names) -> str:
    """The one sentence the Today card and the first line of `phtcoach advice` lead with."""
    lead = advice.lead
    if lead is not None:
        return finding_text(lead, names, advice.date)
    if advice.red_flags:
        return translate(
            "advice",
            "Red flag logged: stop the programme and see a clinician before training again.",
        )
    step = advice.next_step
    if step is not None and step.kind in (StepKind.UP, StepKind.STAGE):
        return step_reason_text(step, names, advice.date)
    if advice.findings:
        return finding_text(advice.findings[0], names, advice.date)
    return translate("advice", "Keep going.")


def set_pain_text(action: SetPainAction) -> str:
    """Rule 1 after a set, with the rating and the ceiling it was judged against."""
    p, c = action.pain, action.ceiling
    if action.action is PainAction.CONTINUE and action.level is Level.GREEN:
        return translate(
            "advice", "Pain {pain}/10 is in the green zone (0-{green}): carry on."
        ).format(pain=p, green=GREEN_MAX)
    if action.action is PainAction.CONTINUE:
        return translate(
            "advice", "Pain {pain}/10 is acceptable (your ceiling is {ceiling}/10): carry on."
        ).format(pain=p, ceiling=c)
    if action.action is PainAction.NEXT_SET_EASIER:
        return translate(
            "advice",
            "Pain {pain}/10 is above your ceiling of {ceiling}/10: finish this set, then make "
            "the next set one step easier (10-20 % less load, one set fewer or a shorter hold).",
        ).format(pain=p, ceiling=c)
    return translate(
        "advice",
        "Pain {pain}/10 is above {limit}/10: stop this set, then end the session or step down.",
    ).format(pain=p, limit=action.red_above)


def advice_json(advice: Advice, names: Names) -> dict[str, object]:
    """The `phtcoach advice --json` document: the rules' values with their sentences."""
    doc = advice.to_json_dict()
    findings = []
    for f in advice.findings:
        plain = f.to_json_dict()
        message = finding_text(f, names, advice.date)
        findings.append(
            {
                "rule": plain["rule"],
                "level": plain["level"],
                "message": message,
                "values": plain["values"],
            }
        )
    doc["findings"] = findings
    step = advice.next_step
    if step is not None:
        doc["next_step"] = {
            "kind": step.kind.value,
            "template": step.template_id,
            "reason": step_reason_text(step, names, advice.date),
        }
    return doc
