"""The tolerance model's words: each factor's name, its effect with the interval and days
behind it, and a verdict only as strong as the interval allows. Worded once for the
Progress panel, the Today finding, the report and `phtcoach tolerance`."""

from __future__ import annotations

from collections.abc import Mapping

from phtcoach.core.enums import ActivityFlag, ActivityKind
from phtcoach.core.tolerance_days import LONG_MINUTES, SITTING_UNIT_H, Factor, FactorKind
from phtcoach.core.tolerance_model import LEVEL, MATTERS, Dose, Effect, Verdict
from phtcoach.core.words import signed
from phtcoach.ui.text.words import n, translate

Names = Mapping[str, str]


def _kind(kind: str) -> str:
    names = {
        ActivityKind.RUN.value: translate("ActivityForm", "Run"),
        ActivityKind.RIDE.value: translate("ActivityForm", "Ride"),
        ActivityKind.WALK.value: translate("ActivityForm", "Walk"),
        ActivityKind.HIKE.value: translate("ActivityForm", "Hike"),
        ActivityKind.SWIM.value: translate("ActivityForm", "Swim"),
        ActivityKind.ELLIPTICAL.value: translate("ActivityForm", "Elliptical"),
        ActivityKind.CLIMB.value: translate("ActivityForm", "Climb"),
        ActivityKind.STRENGTH.value: translate("ActivityForm", "Strength"),
        ActivityKind.OTHER.value: translate("ActivityForm", "Other"),
    }
    return names.get(kind, kind)


def _flag(flag: str) -> str:
    names = {
        ActivityFlag.HILLS.value: translate("ActivityForm", "hills"),
        ActivityFlag.AERO.value: translate("ActivityForm", "aero position"),
        ActivityFlag.SPEED.value: translate("ActivityForm", "speed work"),
    }
    return names.get(flag, flag)


def factor_name(
    factor: Factor, exercises: Names, templates: Names, *, ceiling: int | None = None
) -> str:
    """What the person did, in their words: "Run, hills", "Bridge hold (Isometric 5 x 15 s)"."""
    if factor.kind is FactorKind.EXERCISE:
        return translate("tolerance", "{exercise} ({template})").format(
            exercise=exercises.get(factor.subject, factor.subject),
            template=templates.get(factor.detail, factor.detail),
        )
    if factor.kind is FactorKind.ACTIVITY:
        return _kind(factor.subject)
    if factor.kind is FactorKind.LONG:
        return translate("tolerance", "{activity} over {minutes} min").format(
            activity=_kind(factor.subject), minutes=LONG_MINUTES
        )
    if factor.kind is FactorKind.FLAG:
        return translate("tolerance", "{activity}, {flag}").format(
            activity=_kind(factor.subject), flag=_flag(factor.detail)
        )
    if factor.kind is FactorKind.SITTING:
        return translate("tolerance", "Sitting (per {hours} h)").format(hours=n(SITTING_UNIT_H))
    if ceiling is None:
        return translate("tolerance", "Hard session (pain during above the ceiling)")
    return translate("tolerance", "Hard session (pain during above {ceiling}/10)").format(
        ceiling=ceiling
    )


def effect_name(effect: Effect, exercises: Names, templates: Names, ceiling: int) -> str:
    """The factor's name, joined with the ones always done with it: the data cannot tell
    them apart. Flags of one activity read as one ("Ride, aero position + hills")."""
    fs = effect.factors
    if len(fs) > 1 and all(f.kind is FactorKind.FLAG and f.subject == fs[0].subject for f in fs):
        return translate("tolerance", "{activity}, {flag}").format(
            activity=_kind(fs[0].subject),
            flag=translate("tolerance", " + ").join(_flag(f.detail) for f in fs),
        )
    names = [factor_name(f, exercises, templates, ceiling=ceiling) for f in fs]
    return translate("tolerance", " + ").join(names)


def days_count(k: int) -> str:
    if k == 1:
        return translate("tolerance", "1 day")
    return translate("tolerance", "{n} days").format(n=k)


def effect_line(effect: Effect) -> str:
    """ "+0.9 on the next morning, 80 % between +0.4 and +1.4, 11 days"."""
    return translate(
        "tolerance", "{effect} on the next morning, {level} % between {low} and {high}, {days}"
    ).format(
        effect=signed(effect.effect),
        level=round(LEVEL * 100),
        low=signed(effect.low),
        high=signed(effect.high),
        days=days_count(effect.days),
    )


def verdict_words(effect: Effect) -> str:
    """The verdict, as strong as the interval allows and no stronger."""
    if effect.verdict is Verdict.LIKELY_WORSE:
        return translate("tolerance", "Likely worse")
    if effect.verdict is Verdict.LIKELY_FINE:
        return translate("tolerance", "Likely fine")
    more = effect.more_days or 1
    return translate(
        "tolerance", "Not enough data yet: {days}, about {more} more would tell"
    ).format(days=days_count(effect.days), more=more)


def verdict_rule() -> str:
    """The rule behind the verdicts, for a caption or a tooltip."""
    return translate(
        "tolerance",
        "Likely worse: the whole {level} % interval is above +{matters} on the next morning. "
        "Likely fine: the whole interval is below it. Otherwise the data cannot tell yet.",
    ).format(level=round(LEVEL * 100), matters=_FRACTIONS.get(MATTERS, f"{MATTERS:g}"))


# The rule's threshold as written: a quarter point reads as "+¼", not as a float with more
# decimals than any measured value on screen.
_FRACTIONS = {0.25: "¼", 0.5: "½", 0.75: "¾"}


def dose_line(dose: Dose) -> str:
    """An activity's long days against its short ones, in words a person reads without the
    model: "Run longer than 60 min: next-morning pain +1.2 points; shorter: +0.1 points"."""
    return translate(
        "tolerance",
        "{activity} longer than {minutes} min: next-morning pain {over} points; "
        "shorter: {under} points",
    ).format(
        activity=_kind(dose.subject),
        minutes=LONG_MINUTES,
        over=signed(dose.over.effect),
        under=signed(dose.under.effect),
    )
