"""What a set rating means: the choices Enter and the other button offer for the pain
chosen (PROTOCOL.md rule 1), rule 1 worded for the rest, and the panel's fields turned into
a `Rating`.

Plain functions apart from the rating panel, so the panel is only about showing and
taking keys, and these rules can be read (and checked) without opening it. Their sentences
are translated in the rating panel's context.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from phtcoach.core.model import KG_PER_LB, MAX_LOAD_KG, SetRecord, Units
from phtcoach.core.progression import PainAction, SetPainAction
from phtcoach.ui.text import set_pain_text


class Choice(StrEnum):
    SAVE = "save"  # save the rating, carry on as planned
    STEP_DOWN = "step_down"  # save, then make the next sets one step easier
    END = "end"  # save, then end the session


@dataclass(frozen=True, slots=True)
class Rating:
    """What the user confirmed; None for reps/hold/load means "as measured"."""

    set_id: int
    pain_during: int | None
    rpe: int | None
    performed_reps: int | None
    hold_s: tuple[float, ...] | None
    load_kg: float | None
    choice: Choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("RatingPanel", text)


# --------------------------------------------------------------------------- choices


def default_choice_for(
    action: SetPainAction | None, *, session_over: bool, can_step_down: bool
) -> Choice:
    """What Enter does for the pain chosen (PROTOCOL.md rule 1)."""
    if action is None or session_over:
        return Choice.SAVE
    if action.action is PainAction.NEXT_SET_EASIER:
        return Choice.STEP_DOWN if can_step_down else Choice.SAVE
    if action.action is PainAction.STOP_SET:
        return Choice.END
    return Choice.SAVE


def alternative_choice_for(
    action: SetPainAction | None, *, session_over: bool, can_step_down: bool
) -> Choice | None:
    """The other button, when rule 1 leaves a choice (None: there is only Enter)."""
    if action is None or session_over:
        return None
    if action.action is PainAction.NEXT_SET_EASIER and can_step_down:
        return Choice.SAVE
    if action.action is PainAction.STOP_SET and can_step_down:
        return Choice.STEP_DOWN
    return None


def rest_pain_text(
    action: SetPainAction,
    pain: int | None,
    ceiling: int,
    *,
    session_over: bool,
    can_step_down: bool,
) -> str:
    """Rule 1 worded for the rest: the set is already over when the panel shows, so
    "finish this set" (the wording for mid-set) would be wrong here."""
    if pain is None or action.action is PainAction.CONTINUE:
        return set_pain_text(action)
    if session_over:
        limit = ceiling if action.action is PainAction.NEXT_SET_EASIER else action.red_above
        return _tr(
            "Pain {0}/10 is above {1}/10. The session is over: tomorrow morning's check "
            "decides the next one."
        ).format(pain, limit)
    if action.action is PainAction.NEXT_SET_EASIER:
        return _tr(
            "Pain {0}/10 is above your ceiling of {1}/10: make the next set one step easier "
            "(10-20 % less load, one set fewer or a shorter hold)."
        ).format(pain, ceiling)
    if can_step_down:
        return _tr("Pain {0}/10 is above {1}/10: end the session here, or step down.").format(
            pain, action.red_above
        )
    return _tr("Pain {0}/10 is above {1}/10: end the session here.").format(pain, action.red_above)


# --------------------------------------------------------------------------- fields


def mean_hold(record: SetRecord) -> float:
    """The measured seconds per rep of a set (0 for a set without holds)."""
    return sum(record.hold_s) / len(record.hold_s) if record.hold_s else 0.0


def load_to_display(kg: float, units: Units) -> float:
    return round(kg / KG_PER_LB, 1) if units is Units.LB else round(kg, 1)


def load_from_display(value: float, units: Units) -> float:
    kg = value * KG_PER_LB if units is Units.LB else value
    return round(min(MAX_LOAD_KG, kg), 3)


def rating_from_fields(
    record: SetRecord,
    set_id: int,
    choice: Choice,
    *,
    pain: int | None,
    rpe: int | None,
    reps: int,
    hold_shown: float,
    load_shown: float,
    units: Units,
) -> Rating:
    """The rating of the stored set `record` from what the panel shows. Reps, seconds and
    load are sent only where the user changed them (None keeps what was measured); a
    changed rep count keeps the measured holds and fills new reps with their mean."""
    mean = mean_hold(record)
    hold_changed = abs(hold_shown - round(mean, 1)) > 1e-9
    reps_changed = reps != record.performed_reps
    hold: tuple[float, ...] | None = None
    if hold_changed:
        hold = (float(hold_shown),) * reps
    elif reps_changed:
        measured = list(record.hold_s[:reps])
        hold = tuple(measured + [round(mean, 3)] * (reps - len(measured)))
    load_kg = load_from_display(load_shown, units)
    load_changed = abs(load_to_display(record.load_kg, units) - load_shown) > 1e-9
    return Rating(
        set_id=set_id,
        pain_during=pain,
        rpe=rpe,
        performed_reps=reps if (reps_changed or hold_changed) else None,
        hold_s=hold,
        load_kg=load_kg if load_changed else None,
        choice=choice,
    )


def enter_label(choice: Choice) -> str:
    """The Save button's words for what Enter will do."""
    return {
        Choice.SAVE: _tr("Save (Enter)"),
        Choice.STEP_DOWN: _tr("Save and step down (Enter)"),
        Choice.END: _tr("Save and end session (Enter)"),
    }[choice]


def alternative_label(choice: Choice) -> str:
    """The second button's words for the choice that is not Enter's."""
    if choice is Choice.STEP_DOWN:
        return _tr("Step down instead (S)")
    return _tr("Keep the plan (K)")
