"""What the rules return: levels, findings, steps and the day's advice, all without words.

A result names its rule and carries every number, date and template id its sentence needs,
so one presentation module can word it for the screen and the command line alike (and a
physio reading `phtcoach advice --json` sees the same values the sentence was built from).
Dates in `values` are ISO strings so the JSON document carries them as they are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from phtcoach.core.model import Activity, Measure, PainEntry, RedFlag, SessionRecord, SetRecord
from phtcoach.core.red_flag_notes import FlagEvent, NoteMention

Value = bool | int | float | str | None


class Level(StrEnum):
    """Traffic light. INFO is only ever a finding's level; PENDING: no morning test yet."""

    INFO = "info"
    GREEN = "green"
    PENDING = "pending"
    AMBER = "amber"
    RED = "red"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Level.INFO: 0, Level.GREEN: 1, Level.PENDING: 2, Level.AMBER: 3, Level.RED: 4}


class Rule(StrEnum):
    """Every id a finding or a step can carry; the words for each live in the UI."""

    SET_PAIN = "rule-1-set-pain"
    MORNING_24H = "rule-2-24h"
    HOLD = "rule-2-hold"
    PENDING = "rule-2-pending"
    WEEKLY = "rule-3-weekly"
    STEP_UP = "rule-4-step-up"
    STAGE = "rule-5-stage"
    RED_FLAGS = "rule-6-red-flags"
    NOTE_FLAG = "rule-6-note"  # a note names a red-flag symptom: asked, not yet answered
    SPIKE_RUN = "load-spike-run"
    SPIKE_ALL = "load-spike-all"
    ACWR = "acwr"
    MORNING_MISSING = "morning-missing"
    BASELINE_MISSING = "baseline-missing"
    PRESCRIBED = "prescribed"  # the current template is a clinician's locked prescription


class PainAction(StrEnum):
    CONTINUE = "continue"
    NEXT_SET_EASIER = "next_set_easier"
    STOP_SET = "stop_set"


@dataclass(frozen=True, slots=True)
class SetPainAction:
    """Rule 1 for one set: what to do, and the rating and ceiling it was decided on."""

    action: PainAction
    level: Level
    pain: int
    ceiling: int
    red_above: int = 5  # Settings.red_above: above this the set stops


class StepKind(StrEnum):
    UP = "up"
    DOWN = "down"
    HOLD = "hold"
    STAGE = "stage"


class Criterion(StrEnum):
    MET = "met"
    NOT_MET = "not met"
    UNKNOWN = "unknown"


class Blocker(StrEnum):
    """Why rule 4 holds: the first session of the current dosage that is not cleared."""

    NO_SESSION = "no_session"
    NO_RATINGS = "no_ratings"
    PAIN_ABOVE_CEILING = "pain_above_ceiling"
    PENDING = "pending"
    MISSED = "missed"
    NO_BASELINE = "no_baseline"
    MORNING_ABOVE_BASELINE = "morning_above_baseline"


class StepUpOutcome(StrEnum):
    """Rule 4's answer for the current template (`values["outcome"]` of its finding)."""

    BLOCKED = "blocked"
    UP = "up"
    OFF_LADDER = "off_ladder"
    STAGE_UNKNOWN = "stage_unknown"


@dataclass(frozen=True, slots=True)
class SessionRef:
    """A session a finding speaks of, by the local day it started and its template."""

    date: dt.date
    template_id: str


@dataclass(frozen=True, slots=True)
class CriterionCheck:
    """One exit criterion of a stage: its id, its status and what the data showed."""

    id: str  # e.g. "mornings_le_3_for_7_days"
    status: Criterion
    values: dict[str, Value] = field(default_factory=dict, hash=False)


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired, with the numbers it was decided on.

    `values` is the public record (the JSON document's "values"); `sessions` and `criteria`
    carry what a sentence lists (the sessions a morning cleared, a stage's exit criteria).
    """

    rule: Rule
    level: Level
    values: dict[str, Value]
    sessions: tuple[SessionRef, ...] = ()
    criteria: tuple[CriterionCheck, ...] = ()

    def to_json_dict(self) -> dict[str, object]:
        """The finding without its sentence: the presentation layer adds "message"."""
        return {"rule": str(self.rule), "level": self.level.value, "values": dict(self.values)}


@dataclass(frozen=True, slots=True)
class Step:
    """The proposed next step and the rule that chose it (`values["dosage"]`: the target's
    dosage summary as the caller gave it)."""

    kind: StepKind
    template_id: str | None  # None only for a stage step past the end of the ladder
    rule: Rule
    values: dict[str, Value] = field(default_factory=dict, hash=False)
    sessions: tuple[SessionRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Advice:
    date: dt.date
    level: Level  # green, pending (no morning test yet), amber or red
    findings: tuple[Finding, ...]  # most severe first
    next_step: Step | None  # None: no step to propose (red flags, or off the ladder)
    red_flags: tuple[RedFlag, ...]  # red flags logged and not yet cleared by a clinician
    headline_rule: Rule | None  # the finding that leads; None: red flags or the step lead

    @property
    def lead(self) -> Finding | None:
        """The finding the Today card shows as its headline (not repeated below it)."""
        if self.headline_rule is None:
            return None
        return next((f for f in self.findings if f.rule == self.headline_rule), None)

    def to_json_dict(self) -> dict[str, object]:
        """The `phtcoach advice --json` document without its sentences."""
        step = self.next_step
        return {
            "date": self.date.isoformat(),
            "level": self.level.value,
            "findings": [f.to_json_dict() for f in self.findings],
            "next_step": None
            if step is None
            else {"kind": step.kind.value, "template": step.template_id},
        }


@dataclass(frozen=True, slots=True)
class History:
    """Everything the rules read; the sequences given are frozen into tuples."""

    sessions: Sequence[SessionRecord] = ()
    sets: Sequence[SetRecord] = ()
    pain_entries: Sequence[PainEntry] = ()
    activities: Sequence[Activity] = ()
    measures: Sequence[Measure] = ()
    # Red flags logged by answering "yes" about a note (check-ins carry their own).
    flag_events: Sequence[FlagEvent] = ()
    # Notes naming a red-flag symptom that the user has not answered about yet.
    note_mentions: Sequence[NoteMention] = ()

    def __post_init__(self) -> None:
        for name in (
            "sessions",
            "sets",
            "pain_entries",
            "activities",
            "measures",
            "flag_events",
            "note_mentions",
        ):
            object.__setattr__(self, name, tuple(getattr(self, name)))
