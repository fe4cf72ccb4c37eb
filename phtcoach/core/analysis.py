"""Pure analysis over the diary and the set log: the numbers the charts and the rules read.

Everything here is a function of records and explicit arguments (no clock, no database),
so the Progress screen, the advice and the tests all see the same values. This module is
the one import for all of it: the day helpers live in `analysis_common`, the pain series
and baselines in `pain_series`, the 24-hour response and the tolerance table in
`pain_response`, volume, symmetry and activity load in `training_load`.

Days: pain entries, activities and measures carry their `local_date`, stored at entry
time, and are keyed on it as stored. Sessions and sets only carry aware UTC stamps; they
are placed on a day by converting to the time zone passed in (`tz`, default: the system's
local zone), so a session just after midnight in summer time lands on the right date.

Choices the protocol leaves open (all *(design)*):
- Morning series: one value per local date, the `morning_score` of the FIRST morning entry
  recorded that day (the test is taken once, on waking; a later entry is a re-test or a
  note and must not replace the reading the baseline was built from). Days without a
  morning entry are gaps, never zeros.
- Evening series: the LAST evening entry of the day (the day's end state; an earlier one
  was usually corrected).
- Baseline: median of the last `days` morning tests strictly before the date; fewer than
  `MIN_BASELINE_TESTS` (3) -> no baseline yet (None).
- 24-hour response: the first morning test on a local date after the day the session
  ended, provided it is the very next morning (whenever it was typed in) or it was
  recorded within `window_h` hours of the session's end (a missed next morning can be
  replaced by the one after only inside the window).
"""

from __future__ import annotations

from phtcoach.core.analysis_common import (
    local_date_of,
    local_midnight,
    week_start,
)
from phtcoach.core.pain_response import (
    RED_ABSOLUTE,
    ResponseFinder,
    ResponseResult,
    ToleranceRow,
    ToleranceSource,
    Verdict,
    judge_morning,
    session_responses,
    tolerance_table,
)
from phtcoach.core.pain_series import (
    MIN_BASELINE_TESTS,
    WeeklyTrend,
    baseline,
    baseline_progress,
    baseline_series,
    evening_series,
    first_morning_entries,
    morning_series,
    rolling_mean,
    weekly_trend,
)
from phtcoach.core.training_load import (
    RUN_KINDS,
    Acwr,
    LoadPoint,
    SymmetryPoint,
    Volume,
    VolumeChange,
    activity_minutes_by_day,
    acute_chronic_ratio,
    bridge_symmetry,
    load_by_exercise,
    set_symmetry,
    volume_by_day,
    volume_by_exercise,
    volume_by_week,
    volume_change,
)

__all__ = [
    "MIN_BASELINE_TESTS",
    "RED_ABSOLUTE",
    "RUN_KINDS",
    "Acwr",
    "LoadPoint",
    "ResponseFinder",
    "ResponseResult",
    "SymmetryPoint",
    "ToleranceRow",
    "ToleranceSource",
    "Verdict",
    "Volume",
    "VolumeChange",
    "WeeklyTrend",
    "activity_minutes_by_day",
    "acute_chronic_ratio",
    "baseline",
    "baseline_progress",
    "baseline_series",
    "bridge_symmetry",
    "evening_series",
    "first_morning_entries",
    "judge_morning",
    "load_by_exercise",
    "local_date_of",
    "local_midnight",
    "morning_series",
    "rolling_mean",
    "session_responses",
    "set_symmetry",
    "tolerance_table",
    "volume_by_day",
    "volume_by_exercise",
    "volume_by_week",
    "volume_change",
    "week_start",
    "weekly_trend",
]
