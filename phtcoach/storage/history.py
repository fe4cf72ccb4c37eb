"""The stored diary and session log read back as the rules' `History`, and a day's advice.

The Today screen and `phtcoach advice` both go through `advice_for_day`, so the app and the
command line can never give a user two different answers for the same day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from phtcoach import paths
from phtcoach.core.analysis import local_midnight
from phtcoach.core.errors import DataFormatError, ValidationError
from phtcoach.core.model import Settings
from phtcoach.core.programme import LADDER, Programme, load_builtin
from phtcoach.core.progression import SEED_LADDER_STAGES, Advice, History, advise
from phtcoach.storage.repository import Store

# How far back the rules are given data. Every rule looks back at most 4 weeks (the
# acute:chronic ratio); the baseline needs the last 7 morning tests, which after a long
# break may lie further back. Half a year covers that and keeps Today instant with years
# of history.
HISTORY_DAYS = 183


def load_history(
    store: Store, last: date, *, days: int | None = HISTORY_DAYS, tz: tzinfo | None = None
) -> History:
    """Everything recorded on local days [last - days + 1, last] (days=None: from the start)."""
    first = None if days is None else last - timedelta(days=days - 1)
    start = None if first is None else local_midnight(first, tz)
    end = local_midnight(last + timedelta(days=1), tz)
    return History(
        sessions=store.sessions.list(start, end),
        sets=store.sessions.all_sets(start, end),
        pain_entries=store.diary.pain_entries(first, last),
        activities=store.diary.activities(first, last),
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
            summary[t.id] = f"{plain}, {kg:g} kg last logged"
    stages = dict(SEED_LADDER_STAGES)
    stages.update({t.id: t.stage for t in programme.templates.values() if t.stage is not None})
    ladder = tuple(t for t in LADDER if t in programme.templates) or LADDER
    names = {t.id: t.name for t in templates}
    return PlanInputs(ladder, summary, stages, names)


def load_programme(store: Store) -> Programme:
    """The built-in programme plus the user's templates; built-ins alone if theirs clash.

    A user template that shadows or breaks a built-in must not stop the advice from being
    given: the rules only need ids, dosages and stages.
    """
    builtin = load_builtin(paths.asset("protocols"))
    try:
        return builtin.merged(store.library.exercises(), store.library.templates(builtin.exercises))
    except (ValidationError, DataFormatError):
        return builtin


def advice_for_day(
    store: Store,
    day: date,
    *,
    programme: Programme | None = None,
    settings: Settings | None = None,
    tz: tzinfo | None = None,
    now: datetime | None = None,
    history: History | None = None,
) -> Advice:
    """The advice for local `day` from the stored records, as the Today screen shows it.

    `now` decides which 24-hour checks are still pending (default: the end of `day`);
    `history` saves a second read when the caller has already loaded it for `day`.
    """
    prog = programme if programme is not None else load_programme(store)
    s = settings if settings is not None else store.settings.load()
    h = history if history is not None else load_history(store, day, tz=tz)
    inputs = plan_inputs(prog, last_loads(h))
    return advise(
        day,
        h,
        s,
        s.current_template,
        inputs.ladder,
        inputs.summary,
        tz=tz,
        now=now,
        stages=inputs.stages,
        names=inputs.names,
    )
