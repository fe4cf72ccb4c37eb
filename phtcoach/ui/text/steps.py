"""A step down in words: which step was taken, what it changed, and the rule that asked
for it ("One set fewer: 3 → 2 sets (rule 1: pain 5/10 above your ceiling of 3/10)").

`core.steps` says which step and the numbers; the runner's notice and the rating panel's
preview both word it here, loads in the user's unit.
"""

from __future__ import annotations

from phtcoach.core.model import KG_PER_LB, Units
from phtcoach.core.progression import PainAction, SetPainAction
from phtcoach.core.steps import StepDownKind, StepTaken
from phtcoach.core.words import figure
from phtcoach.ui.text.words import translate


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """lupdate files these under the empty context (a tr alias), plural ones with their forms."""
    del disambiguation
    return translate("steps", text, n)


def load_text(kg: float, units: Units) -> str:
    """A load as the user reads it: "8 kg", "17.6 lb"."""
    if units is Units.LB:
        return _tr("{0} lb").format(figure(kg / KG_PER_LB))
    return _tr("{0} kg").format(figure(kg, 2))


def step_text(taken: StepTaken, units: Units = Units.KG) -> str:
    """Which step, and the number before and after: "Shorter hold: 5 → 4 s"."""
    k = taken.kind
    b, a = figure(taken.before), figure(taken.after)
    if k is StepDownKind.LOAD:
        if units is Units.LB:
            b, a = (figure(x / KG_PER_LB) for x in (taken.before, taken.after))
            return _tr("Lighter load: {0} → {1} lb").format(b, a)
        return _tr("Lighter load: {0} → {1} kg").format(b, a)
    if k is StepDownKind.SET:
        return _tr("One set fewer: {0} → %n set(s)", "", round(taken.after)).format(b)
    if k is StepDownKind.REP:
        return _tr("One rep fewer: {0} → %n rep(s)", "", round(taken.after)).format(b)
    if k is StepDownKind.HOLD:
        return _tr("Shorter hold: {0} → {1} s").format(b, a)
    if k is StepDownKind.WORK:
        return _tr("Shorter work: {0} → {1} s").format(b, a)
    return _tr("Shorter runs: {0} → {1} s").format(b, a)


def step_reason_text(action: SetPainAction | None) -> str:
    """Why a step down: rule 1 with the rating and the limit it crossed ("" for none)."""
    if action is None:
        return ""
    if action.action is PainAction.NEXT_SET_EASIER:
        return _tr("rule 1: pain {0}/10 above your ceiling of {1}/10").format(
            action.pain, action.ceiling
        )
    if action.action is PainAction.STOP_SET:
        return _tr("rule 1: pain {0}/10 above {1}/10").format(action.pain, action.red_above)
    return ""


def step_down_text(
    taken: StepTaken, units: Units = Units.KG, action: SetPainAction | None = None
) -> str:
    """The step with its reason: "One set fewer: 3 → 2 sets (rule 1: pain 5/10 above your
    ceiling of 3/10)"."""
    text = step_text(taken, units)
    reason = step_reason_text(action)
    return f"{text} ({reason})" if reason else text
