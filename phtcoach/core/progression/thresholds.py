"""The protocol's fixed numbers and the seed ladder, in one place for the rules and the app.

Thresholds a user may change live in `Settings`; these are PROTOCOL.md's fixed values or
marked *(design)*.
"""

from __future__ import annotations

GREEN_MAX = 2  # Silbernagel: 0-2 green ("safe")
GREEN_DAYS_FOR_STAGE = 7  # rule 5's default (Settings.stage_green_days, 7-14)
GREEN_DAYS_WINDOW = 14
MIN_WEEK_TESTS = 3  # rule 3 compares weeks only once each has 3 mornings *(design)*
RECENT_DAYS = 7  # rules 4 and 6 look back this many days, today included
STAGE_1_MORNING_MAX = 3  # stage 1 exit: mornings and exercise pain <= 3/10
STAGE_1_BRIDGES = 10  # stage 1 exit: ~10 short-lever single-leg bridges
STAGE_2_SYMMETRY_PCT = 90  # stage 2 exit: affected side >= 90 % of the other
STAGE_2_GREEN_DAYS_A_WEEK = 5  # stage 2 exit: a green week has >= 5 green days *(design)*
STAGE_3_SITTING_MIN = 60  # stage 3 exit: 60 min sitting tolerable

# The seed ladder of PROTOCOL.md (template ids) and its stages: isometrics are stage 1,
# the eccentric and heavy slow resistance bridges stage 2. Other templates' stages come
# from the caller.
SEED_LADDER: tuple[str, ...] = (
    "iso-5x5",
    "iso-5x15",
    "eccentric-10s",
    "eccentric-10s-loaded",
    "hsr-5-5",
)
SEED_LADDER_STAGES: dict[str, int] = {
    "iso-5x5": 1,
    "iso-5x15": 1,
    "eccentric-10s": 2,
    "eccentric-10s-loaded": 2,
    "hsr-5-5": 2,
}
