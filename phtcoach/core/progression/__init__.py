"""The pain-monitoring rules of PROTOCOL.md turned into advice with its reasons and numbers.

Every finding names its rule and carries the numbers it was decided on, so a user and their
physio can check why the app said what it said. Results carry no sentences: the UI's text
module words them, for the window and the command line alike. Thresholds come from
`Settings`; constants in `thresholds` are the protocol's fixed values or marked *(design)*.

Rules as implemented (R = `Settings.hold_sessions_after_red`, C = `acceptable_ceiling`):
1. During a set (`set_pain`): 0-2 green, 3..C acceptable -> continue; above C but <= 5 ->
   finish the set, next set one step easier; above 5 -> stop the set, offer to end or step
   down. `advise` also flags the last session if a set went above C (`rules_load`).
2. 24-hour check (`rules_morning`, `hold`): a red morning holds the load, or steps back,
   for the next R sessions; a morning test <= baseline clears the sessions it answers.
3. Weekly trend (`rules_load`): mornings rising week on week freeze progression.
4. and 5. Step up and stage advance (`step_up`, `stage_criteria`).
6. Any red flag logged in the last 7 days -> red, no step: stop and see a clinician.
Plus the load-spike guard and the acute:chronic ratio (information only), `rules_load`.
"""

from phtcoach.core.progression.advise import advise
from phtcoach.core.progression.results import (
    Advice,
    Blocker,
    Criterion,
    CriterionCheck,
    Finding,
    History,
    Level,
    PainAction,
    Rule,
    SessionRef,
    SetPainAction,
    Step,
    StepKind,
    StepUpOutcome,
    Value,
)
from phtcoach.core.progression.set_pain import set_pain_action
from phtcoach.core.progression.thresholds import (
    GREEN_DAYS_FOR_STAGE,
    GREEN_DAYS_WINDOW,
    GREEN_MAX,
    MIN_WEEK_TESTS,
    RECENT_DAYS,
    SEED_LADDER,
    SEED_LADDER_STAGES,
)

__all__ = [
    "GREEN_DAYS_FOR_STAGE",
    "GREEN_DAYS_WINDOW",
    "GREEN_MAX",
    "MIN_WEEK_TESTS",
    "RECENT_DAYS",
    "SEED_LADDER",
    "SEED_LADDER_STAGES",
    "Advice",
    "Blocker",
    "Criterion",
    "CriterionCheck",
    "Finding",
    "History",
    "Level",
    "PainAction",
    "Rule",
    "SessionRef",
    "SetPainAction",
    "Step",
    "StepKind",
    "StepUpOutcome",
    "Value",
    "advise",
    "set_pain_action",
]
