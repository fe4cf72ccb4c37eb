"""A step down in words: which step, the numbers it changed, and the rule-1 reason."""

from __future__ import annotations

import pytest

from phtcoach.core.model import Settings, Units
from phtcoach.core.progression import set_pain_action
from phtcoach.core.steps import StepDownKind, StepTaken
from phtcoach.ui.text.steps import load_text, step_down_text, step_text

K = StepDownKind


@pytest.mark.parametrize(
    ("taken", "text"),
    [
        (StepTaken(K.SET, 3, 2), "One set fewer: 3 → 2 sets"),
        (StepTaken(K.REP, 8, 7), "One rep fewer: 8 → 7 reps"),
        (StepTaken(K.HOLD, 15, 12), "Shorter hold: 15 → 12 s"),
        (StepTaken(K.WORK, 20, 16), "Shorter work: 20 → 16 s"),
        (StepTaken(K.RUN, 180, 144), "Shorter runs: 180 → 144 s"),
        (StepTaken(K.LOAD, 8, 6.5), "Lighter load: 8 → 6.5 kg"),
    ],
)
def test_each_step_says_what_changed(taken: StepTaken, text: str) -> None:
    assert step_text(taken) == text


def test_loads_are_in_the_users_unit() -> None:
    assert step_text(StepTaken(K.LOAD, 10, 8), Units.LB) == "Lighter load: 22 → 17.6 lb"
    assert load_text(5.0, Units.KG) == "5 kg"
    assert load_text(5.0, Units.LB) == "11 lb"


def test_the_reason_is_rule_one_with_the_rating() -> None:
    s = Settings()
    amber = set_pain_action(5, s)
    assert step_down_text(StepTaken(K.SET, 3, 2), Units.KG, amber) == (
        "One set fewer: 3 → 2 sets (rule 1: pain 5/10 above your ceiling of 3/10)"
    )
    red = set_pain_action(7, s)
    assert step_down_text(StepTaken(K.HOLD, 5, 4), Units.KG, red) == (
        "Shorter hold: 5 → 4 s (rule 1: pain 7/10 above 5/10)"
    )
    assert step_down_text(StepTaken(K.HOLD, 5, 4)) == "Shorter hold: 5 → 4 s"
    assert step_down_text(StepTaken(K.HOLD, 5, 4), Units.KG, set_pain_action(2, s)) == (
        "Shorter hold: 5 → 4 s"
    )
