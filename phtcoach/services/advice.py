"""Today's advice and the plan it leads to, decided once for the screen and the command line.

Everything Today shows about what to do next comes from one `TodayPlan`: the traffic light,
the session the Start button runs (eased when the advice says "one step easier"), and
whether Start is offered at all (a red flag holds the programme; a session done today
turns it into "Done for today"). The headline, the plan box and the button therefore can
never disagree, and `phtcoach advice` reads the same `advice_for_day`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from phtcoach.core.analysis import first_morning_entries, local_midnight
from phtcoach.core.clock import Clock
from phtcoach.core.model import (
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Template,
)
from phtcoach.core.programme import LADDER, Programme
from phtcoach.core.progression import SEED_LADDER_STAGES, Advice, History, StepKind, advise
from phtcoach.core.steps import fewer_sets, stepped_template
from phtcoach.core.timeline import compile_for
from phtcoach.core.words import translate
from phtcoach.services.changes import Done
from phtcoach.services.programme import ProgrammeService
from phtcoach.services.red_flags import RedFlagService
from phtcoach.services.settings import SettingsService
from phtcoach.storage.repository import Store

# How far back the rules are given data. Every rule looks back at most 4 weeks (the
# acute:chronic ratio); the baseline needs the last 7 morning tests, which after a long
# break may lie further back. Half a year covers that and keeps Today instant with years
# of history.
HISTORY_DAYS = 183
NOT_NOW_KEY = "today.not_now"  # "YYYY-MM-DD|kind|template": a step declined for that day
SIDE_ASKED_KEY = "today.side_asked"  # set once the user answered "Which side hurts?"
RULE_1_SET_PAIN = "rule-1-set-pain"  # the finding that asks for "one step easier"
RULE_3_TREND = "rule-3-weekly"  # the finding whose hold means "one set fewer"


def has_work(sets: Sequence[SetRecord]) -> bool:
    """A session counts once at least one rep of it was done (a skipped set is no work)."""
    return any(s.performed_reps > 0 for s in sets)


def load_history(
    store: Store,
    last: date,
    *,
    days: int | None = HISTORY_DAYS,
    tz: tzinfo | None = None,
) -> History:
    """Everything recorded on local days [last - days + 1, last] (days=None: from the start).

    Finished sessions with no work done are left out: a session ended after 15 s must not
    count as training nor wait for a 24-hour check. Red flags are as stored: the red-flag
    service decides which still hold.

    The sets, check-ins and activities (most of the rows: Today reads half a year of them at
    start-up) are decoded by the bulk readers that trust the tables' own CHECK constraints
    (`storage/rows.py`, "trusted reads"); the sessions keep their resume state.
    """
    first = None if days is None else last - timedelta(days=days - 1)
    start = None if first is None else local_midnight(first, tz)
    end = local_midnight(last + timedelta(days=1), tz)
    sets = store.sessions.chart_sets(start, end)
    worked = {s.session_id for s in sets if s.performed_reps > 0}
    sessions = [
        s
        for s in store.sessions.list(start, end)
        if s.status is SessionStatus.IN_PROGRESS or s.id in worked
    ]
    return History(
        sessions=sessions,
        sets=sets,
        pain_entries=store.diary.chart_pain_entries(first, last),
        activities=store.diary.chart_activities(first, last),
        measures=store.diary.measures(first, last),
    )


@dataclass(frozen=True, slots=True)
class PlanInputs:
    """What `advise` needs to know about the programme besides the records."""

    ladder: tuple[str, ...]
    summary: Mapping[str, str]  # template id -> dosage in words ("2 x 5 x 15 s hold")
    stages: Mapping[str, int]  # template id -> PROTOCOL.md stage
    names: Mapping[str, str] = field(default_factory=dict)  # template id -> display name


def last_loads(history: History) -> dict[str, float]:
    """Template id -> the heaviest load of its latest session that logged one (kg > 0)."""
    template_of = {s.id: s.template_id for s in history.sessions if s.id is not None}
    started = {s.id: s.started_at for s in history.sessions if s.id is not None}
    best: dict[str, tuple[datetime, float]] = {}
    for st in history.sets:
        tid = template_of.get(st.session_id)
        if tid is None or st.load_kg <= 0:
            continue
        when = started[st.session_id]
        prev = best.get(tid)
        if prev is None or when > prev[0] or (when == prev[0] and st.load_kg > prev[1]):
            best[tid] = (when, st.load_kg)
    return {tid: kg for tid, (_, kg) in best.items()}


def plan_inputs(programme: Programme, loads: Mapping[str, float] | None = None) -> PlanInputs:
    """The ladder, stages, names and dosages; a logged load replaces the template's default.

    The plan must say what the user actually lifted last ("8 kg, last logged"), not the
    template's starting load, or the advice would tell them to go back to 5 kg.
    """
    loads = loads or {}
    templates = programme.templates.values()
    summary: dict[str, str] = {}
    for t in templates:
        kg = loads.get(t.id)
        if kg is None:
            summary[t.id] = " + ".join(b.dosage.describe() for b in t.blocks)
        else:
            plain = " + ".join(replace(b.dosage, load_kg=0.0).describe() for b in t.blocks)
            summary[t.id] = translate("Dosage", "{dosage}, {kg} kg last logged").format(
                dosage=plain, kg=f"{kg:g}"
            )
    stages = dict(SEED_LADDER_STAGES)
    stages.update({t.id: t.stage for t in programme.templates.values() if t.stage is not None})
    ladder = tuple(t for t in LADDER if t in programme.templates) or LADDER
    names = {t.id: t.name for t in templates}
    return PlanInputs(ladder, summary, stages, names)


class StartKind(StrEnum):
    """What the one primary button on Today does."""

    START = "start"  # start today's session (perhaps eased)
    CLINICIAN_FIRST = "clinician_first"  # a red flag holds the programme
    DONE_FOR_TODAY = "done_for_today"  # today's session is done; another is secondary
    NO_TEMPLATE = "no_template"  # the current template is gone


class Ease(StrEnum):
    """How today's session differs from the current step, and the rule that says so."""

    NONE = "none"
    STEP_DOWN = "step_down"  # rule 1: pain during the last session above the ceiling
    ONE_SET_FEWER = "one_set_fewer"  # rule 3: this week's mornings are rising


@dataclass(frozen=True, slots=True)
class TodayPlan:
    """The one decision Today shows: advice, the session Start runs, and whether it may."""

    day: date
    first_run: bool  # nothing logged yet: the welcome card instead of advice
    advice: Advice | None  # None on first run
    settings: Settings
    template_id: str
    template: Template | None  # as it will run, ease applied; None when it is missing
    ease: Ease
    start: StartKind
    length_s: float
    sessions_today: tuple[SessionRecord, ...]  # finished ones with work done
    morning: PainEntry | None  # today's first morning check-in
    needs_side: bool  # ask "Which side hurts?" (first run, not answered yet)
    step_declined: bool  # the proposed step was put off for today
    history: History

    @property
    def step_downs(self) -> tuple[tuple[int, int], ...]:
        """The runner's step-down options for this plan (rule 1: every block one step)."""
        if self.ease is not Ease.STEP_DOWN or self.template is None:
            return ()
        return tuple((i, 1) for i in range(len(self.template.blocks)))

    @property
    def sets_fewer(self) -> int:
        return 1 if self.ease is Ease.ONE_SET_FEWER else 0


def eased(template: Template, ease: Ease) -> Template:
    if ease is Ease.STEP_DOWN:
        return stepped_template(template, dict.fromkeys(range(len(template.blocks)), 1))
    if ease is Ease.ONE_SET_FEWER:
        return fewer_sets(template, 1)
    return template


def step_key(day: date, kind: StepKind, template_id: str | None) -> str:
    return f"{day.isoformat()}|{kind.value}|{template_id}"


class AdviceService:
    def __init__(
        self,
        store: Store,
        clock: Clock,
        tz: tzinfo | None,
        settings: SettingsService,
        programme: ProgrammeService,
        red_flags: RedFlagService,
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        self._settings = settings
        self._programme = programme
        self._red_flags = red_flags

    def today(self) -> date:
        return self._clock.now().astimezone(self._tz).date()

    # ------------------------------------------------------------------ advice

    def history(self, day: date, *, days: int | None = HISTORY_DAYS) -> History:
        """The records of the window before `day`, red flags as rule 6 sees them."""
        return self._red_flags.apply(load_history(self._store, day, days=days, tz=self._tz))

    def advice_for_day(
        self,
        day: date,
        *,
        now: datetime | None = None,
        history: History | None = None,
        settings: Settings | None = None,
    ) -> Advice:
        """The advice for local `day` (`now` decides which 24-hour checks are pending;
        default: the end of `day`)."""
        s = settings if settings is not None else self._settings.load()
        h = history if history is not None else self.history(day)
        programme = self._programme.current()
        inputs = plan_inputs(programme, last_loads(h))
        return advise(
            day,
            h,
            s,
            s.current_template,
            inputs.ladder,
            inputs.summary,
            tz=self._tz,
            now=now,
            stages=inputs.stages,
            prescribed_by=prescribed_by(programme.templates.get(s.current_template)),
        )

    def plan(self) -> TodayPlan:
        """Today's plan as of now (the clock's day in the user's zone)."""
        day = self.today()
        settings = self._settings.load()
        history = self.history(day)
        programme = self._programme.current()
        first_run = not history.pain_entries and not history.sessions
        advice = (
            None
            if first_run
            else self.advice_for_day(day, now=self._clock.now(), history=history, settings=settings)
        )
        tid = settings.current_template
        base = programme.templates.get(tid)
        ease = _ease_of(advice)
        template = None if base is None else eased(base, ease)
        length = 0.0
        if template is not None:
            length = compile_for(template, settings).total_s
        done_today = tuple(
            s
            for s in history.sessions
            if s.status is not SessionStatus.IN_PROGRESS
            and s.started_at.astimezone(self._tz).date() == day
        )
        if template is None:
            start = StartKind.NO_TEMPLATE
        elif advice is not None and advice.red_flags:
            start = StartKind.CLINICIAN_FIRST
        elif done_today:
            start = StartKind.DONE_FOR_TODAY
        else:
            start = StartKind.START
        step = None if advice is None else advice.next_step
        declined = step is not None and self._settings.value(NOT_NOW_KEY) == step_key(
            day, step.kind, step.template_id
        )
        return TodayPlan(
            day=day,
            first_run=first_run,
            advice=advice,
            settings=settings,
            template_id=tid,
            template=template,
            ease=ease,
            start=start,
            length_s=length,
            sessions_today=done_today,
            morning=_first_morning(history, day),
            needs_side=first_run and self._settings.value(SIDE_ASKED_KEY) is None,
            step_declined=declined,
            history=history,
        )

    # ------------------------------------------------------------------ the user's answers

    def accept_step(self, template_id: str) -> Done[Settings]:
        """The user agreed to the proposed step: only now does the plan change."""
        return self._settings.update(current_template=template_id)

    def decline_step(self, day: date, kind: StepKind, template_id: str | None) -> Done[None]:
        """ "Not now": the step is offered again tomorrow."""
        return self._settings.set_value(NOT_NOW_KEY, step_key(day, kind, template_id))


def prescribed_by(template: Template | None) -> str | None:
    """The author of a locked prescription (perhaps ""), None when the plan is the user's:
    while it is locked, the advice proposes no step up from it (`core.progression`)."""
    return template.author if template is not None and template.prescribed else None


def _ease_of(advice: Advice | None) -> Ease:
    if advice is None:
        return Ease.NONE
    rules = {f.rule for f in advice.findings}
    if RULE_1_SET_PAIN in rules:
        return Ease.STEP_DOWN
    step = advice.next_step
    if RULE_3_TREND in rules and step is not None and step.kind is StepKind.HOLD:
        return Ease.ONE_SET_FEWER
    return Ease.NONE


def _first_morning(history: History, day: date) -> PainEntry | None:
    return first_morning_entries(e for e in history.pain_entries if e.local_date == day).get(day)
