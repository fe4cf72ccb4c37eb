"""A prescribed plan: the step up is the prescriber's to decide, not the app's.

While the current template is a clinician's prescription (`Template.prescribed`, not
unlocked), rules 4 and 5 may still judge whether the current dosage is cleared, but what
they would propose (a ladder step up, a stage advance) is replaced by staying on the
prescribed template, with a finding that says who prescribed it. Everything that eases off
(rule 1's step easier, rule 2's hold or step back, rule 3's freeze, red flags) is decided
before this and is left as it is.
"""

from __future__ import annotations

from phtcoach.core.progression.context import RuleContext
from phtcoach.core.progression.results import (
    Finding,
    Level,
    Rule,
    Step,
    StepKind,
    StepUpOutcome,
    Value,
)

_PROPOSING = (Rule.STEP_UP, Rule.STAGE)


def within_prescription(
    ctx: RuleContext,
    current: str,
    author: str,
    findings: list[Finding],
    step: Step | None,
    *,
    rules_4_5_decided: bool,
) -> Step | None:
    """Adds the prescription's finding; when rules 4-5 chose `step`, keeps it on `current`.

    `author` may be empty (a prescription whose file named no one). The finding's values:
    `author`, `template`, and when rules 4-5 decided, `cleared` (rule 4 found every recent
    session cleared) and `held_step` / `next_template` (what the app would have proposed).
    """
    values: dict[str, Value] = {"author": author, "template": current}
    if rules_4_5_decided:
        decided = [f for f in findings if f.rule in _PROPOSING]
        blocked = any(
            f.rule is Rule.STEP_UP and f.values.get("outcome") == StepUpOutcome.BLOCKED.value
            for f in decided
        )
        proposing = step is not None and step.kind in (StepKind.UP, StepKind.STAGE)
        values["cleared"] = bool(decided) and not blocked
        values["held_step"] = step.kind.value if step is not None and proposing else None
        values["next_template"] = step.template_id if step is not None and proposing else None
        findings[:] = [f for f in findings if f.rule not in _PROPOSING]
        step = Step(
            StepKind.HOLD, current, Rule.PRESCRIBED, {**values, "dosage": ctx.dosage(current)}
        )
    findings.append(Finding(Rule.PRESCRIBED, Level.INFO, values))
    return step
