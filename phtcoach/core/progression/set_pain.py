"""Rule 1 for the runner: what to do after a set, from its pain rating and the ceiling."""

from __future__ import annotations

from phtcoach.core.model import Settings, check_pain
from phtcoach.core.progression.results import Level, PainAction, SetPainAction
from phtcoach.core.progression.thresholds import GREEN_MAX


def set_pain_action(pain_during: int, settings: Settings) -> SetPainAction:
    """0-2 green, up to the ceiling acceptable, up to `red_above` (5) next set easier, above it
    stop the set."""
    p = check_pain("set.pain_during", pain_during)
    c, red = settings.acceptable_ceiling, settings.red_above
    if p <= GREEN_MAX:
        return SetPainAction(PainAction.CONTINUE, Level.GREEN, p, c, red)
    if p <= c:
        return SetPainAction(PainAction.CONTINUE, Level.AMBER, p, c, red)
    if p <= red:
        return SetPainAction(PainAction.NEXT_SET_EASIER, Level.AMBER, p, c, red)
    return SetPainAction(PainAction.STOP_SET, Level.RED, p, c, red)
