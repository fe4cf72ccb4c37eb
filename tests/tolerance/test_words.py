"""The tolerance model's words say the effect, its interval and its days, and a verdict no
stronger than the interval."""

from __future__ import annotations

from phtcoach.core.tolerance_days import Factor, FactorKind
from phtcoach.core.tolerance_model import Dose, Effect, Verdict
from phtcoach.core.words import signed
from phtcoach.ui.text.tolerance import (
    dose_line,
    effect_line,
    effect_name,
    factor_name,
    verdict_rule,
    verdict_words,
)

HILLS = Factor(FactorKind.FLAG, "run", "hills")
EX = Factor(FactorKind.EXERCISE, "fesl-bridge-hold", "iso-5x15")
EXERCISES = {"fesl-bridge-hold": "Bridge hold"}
TEMPLATES = {"iso-5x15": "Isometric 5 x 15 s"}


def effect(
    factor: Factor = HILLS,
    verdict: Verdict = Verdict.LIKELY_WORSE,
    more: int | None = None,
    together: tuple[Factor, ...] = (),
) -> Effect:
    return Effect(factor, 11, 0.94, 0.37, 1.42, 0.97, verdict, more, together)


def test_the_effect_line_names_the_interval_and_the_days() -> None:
    assert effect_line(effect()) == (
        "+0.9 on the next morning, 80 % between +0.4 and +1.4, 11 days"
    )
    assert signed(-0.34) == "\u22120.3" and signed(0.04) == "0" and signed(1.0) == "+1"


def test_verdicts_follow_the_interval() -> None:
    assert verdict_words(effect()) == "Likely worse"
    assert verdict_words(effect(verdict=Verdict.LIKELY_FINE)) == "Likely fine"
    assert verdict_words(effect(verdict=Verdict.UNKNOWN, more=6)) == (
        "Not enough data yet: 11 days, about 6 more would tell"
    )
    assert "+¼" in verdict_rule() and "80 %" in verdict_rule()
    assert "0.25" not in verdict_rule()  # no float with two decimals on screen


def test_factor_names_are_the_users_words() -> None:
    assert factor_name(HILLS, EXERCISES, TEMPLATES) == "Run, hills"
    assert factor_name(EX, EXERCISES, TEMPLATES) == "Bridge hold (Isometric 5 x 15 s)"
    assert factor_name(Factor(FactorKind.LONG, "ride"), {}, {}) == "Ride over 60 min"
    assert factor_name(Factor(FactorKind.SITTING), {}, {}) == "Sitting (per 2 h)"
    assert factor_name(Factor(FactorKind.HARD), {}, {}, ceiling=3) == (
        "Hard session (pain during above 3/10)"
    )
    both = effect(
        Factor(FactorKind.FLAG, "ride", "aero"),
        together=(Factor(FactorKind.FLAG, "ride", "hills"),),
    )
    assert effect_name(both, {}, {}, 3) == "Ride, aero position + hills"
    mixed = effect(HILLS, together=(Factor(FactorKind.HARD),))
    assert effect_name(mixed, {}, {}, 4) == "Run, hills + Hard session (pain during above 4/10)"


def test_the_dose_line() -> None:
    under = Effect(Factor(FactorKind.ACTIVITY, "run"), 20, 0.1, -0.3, 0.5, 0.2, Verdict.UNKNOWN, 9)
    over = Effect(
        Factor(FactorKind.LONG, "run"), 6, 1.24, 0.5, 2.0, 0.9, Verdict.LIKELY_WORSE, None
    )
    assert dose_line(Dose("run", under, over)) == (
        "Run longer than 60 min: next-morning pain +1.2 points; shorter: +0.1 points"
    )
