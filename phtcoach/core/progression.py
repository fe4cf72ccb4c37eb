"""The pain-monitoring rules of PROTOCOL.md turned into advice with its reasons and numbers.

Every finding names its rule and carries the numbers it was decided on, so a user and their
physio can check why the app said what it said. Thresholds come from `Settings`; constants
here are the protocol's fixed values or marked *(design)*.

Rules as implemented (R = `Settings.hold_sessions_after_red`, C = `acceptable_ceiling`):
1. During a set (`set_pain_action`): 0-2 green, 3..C acceptable -> continue; above C but
   <= 5 -> finish the set, next set one step easier; above 5 -> stop the set, offer to end
   or step down. `advise` also flags the last session if a set went above C.
2. 24-hour check: a morning test above baseline + 1, or above 5, is red, whether or not a
   session came before it (a long ride counts too). The load is held for the next R
   sessions after the last red morning. It goes back one ladder step instead when that
   morning was above 5, or when it came while holding after an earlier red morning with
   at least one held session in between (holding did not settle it); not again if the
   current template is already below the one trained before the red morning. A morning
   test <= baseline clears the sessions it answers.
3. Weekly trend: this ISO week's mean morning test >= 1 above last week's -> freeze
   progression, reduce volume. Each week needs >= 3 morning tests first *(design)*: on a
   Monday one reading would otherwise decide (an acute flare is rule 2's job).
4. Step up only when every session on the current template in the last 7 days (at least
   one) had all its pain ratings <= C and was cleared by its 24-hour check. A session
   still waiting for its check is not cleared yet.
5. Stage advance, when the next ladder step belongs to a later stage or the ladder ends:
   rule 4, none of the stage's exit criteria shown unmet by the data (criteria the data
   cannot show are listed as unknown for the user to judge), and >= 7 green days in the
   last 14. A green day *(design)*: a morning test <= C and not red by rule 2, no red
   flag, and no set that day above C.
6. Any red flag logged in the last 7 days -> red, no step: stop and see a clinician.
Load-spike guard: running minutes (and all activity minutes) of the last 14 days more than
`spike_warn_pct` % above the 14 days before -> amber, suggest 10-20 %. The acute:chronic
ratio is reported for information only and never changes the level or the step; the
2-week change is shown as information even when it is within the limit.

The day's level is never green before this morning's test is logged: the 24-hour rule
cannot have cleared anything yet, so a day without it is PENDING ("waiting for this
morning's test", grey) unless an amber or red finding already decides it. Green, amber and
red keep their meaning; info is only ever a finding's level.

Messages name templates by their display names (`names`) and days as people say them
("yesterday's session", "Friday's session", "20 Nov"); the values keep ids and ISO dates.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from phtcoach.core.analysis import (
    MIN_BASELINE_TESTS,
    RED_ABSOLUTE,
    RUN_KINDS,
    ResponseFinder,
    ResponseResult,
    Verdict,
    acute_chronic_ratio,
    bridge_symmetry,
    judge_morning,
    local_date_of,
    local_midnight,
    volume_change,
    weekly_trend,
)
from phtcoach.core.model import (
    Activity,
    Measure,
    MeasureKind,
    PainEntry,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
    Side,
    check_pain,
)

GREEN_MAX = 2  # Silbernagel: 0-2 green ("safe")
GREEN_DAYS_FOR_STAGE = 7  # rule 5: >= 7-14 green days; 7 is the minimum
GREEN_DAYS_WINDOW = 14
MIN_WEEK_TESTS = 3  # rule 3 compares weeks only once each has 3 mornings *(design)*
RECENT_DAYS = 7  # rules 4 and 6 look back this many days, today included

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

Value = float | int | str | None


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


# --------------------------------------------------------------------------- rule 1


class PainAction(StrEnum):
    CONTINUE = "continue"
    NEXT_SET_EASIER = "next_set_easier"
    STOP_SET = "stop_set"


@dataclass(frozen=True, slots=True)
class SetPainAction:
    action: PainAction
    level: Level
    message: str


def set_pain_action(pain_during: int, settings: Settings) -> SetPainAction:
    """Rule 1 for the runner: what to do after a set rated `pain_during`/10."""
    p = check_pain("set.pain_during", pain_during)
    c = settings.acceptable_ceiling
    if p <= GREEN_MAX:
        return SetPainAction(
            PainAction.CONTINUE, Level.GREEN, f"Pain {p}/10 is in the green zone (0-2): carry on."
        )
    if p <= c:
        return SetPainAction(
            PainAction.CONTINUE,
            Level.AMBER,
            f"Pain {p}/10 is acceptable (your ceiling is {c}/10): carry on.",
        )
    if p <= RED_ABSOLUTE:
        return SetPainAction(
            PainAction.NEXT_SET_EASIER,
            Level.AMBER,
            f"Pain {p}/10 is above your ceiling of {c}/10: finish this set, then make the next "
            "set one step easier (10-20 % less load, one set fewer or a shorter hold).",
        )
    return SetPainAction(
        PainAction.STOP_SET,
        Level.RED,
        f"Pain {p}/10 is above 5/10: stop this set, then end the session or step down.",
    )


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class History:
    """Everything the rules read; the sequences given are frozen into tuples."""

    sessions: Sequence[SessionRecord] = ()
    sets: Sequence[SetRecord] = ()
    pain_entries: Sequence[PainEntry] = ()
    activities: Sequence[Activity] = ()
    measures: Sequence[Measure] = ()

    def __post_init__(self) -> None:
        for name in ("sessions", "sets", "pain_entries", "activities", "measures"):
            object.__setattr__(self, name, tuple(getattr(self, name)))


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str  # e.g. "rule-2-24h"
    level: Level
    message: str  # one sentence with the rule's numbers
    values: dict[str, Value]

    def to_json_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "level": self.level.value,
            "message": self.message,
            "values": dict(self.values),
        }


class StepKind(StrEnum):
    UP = "up"
    DOWN = "down"
    HOLD = "hold"
    STAGE = "stage"


@dataclass(frozen=True, slots=True)
class Step:
    kind: StepKind
    template_id: str | None  # None only for a stage step past the end of the ladder
    reason: str


@dataclass(frozen=True, slots=True)
class Advice:
    date: dt.date
    level: Level  # green, pending (no morning test yet), amber or red
    findings: tuple[Finding, ...]  # most severe first
    next_step: Step | None  # None: no step to propose (red flags, or off the ladder)
    red_flags: tuple[str, ...]  # labels of red flags logged in the last 7 days
    headline: str  # one sentence for the Today card

    def to_json_dict(self) -> dict[str, object]:
        """The `phtcoach advice --json` document."""
        step = self.next_step
        return {
            "date": self.date.isoformat(),
            "level": self.level.value,
            "findings": [f.to_json_dict() for f in self.findings],
            "next_step": None
            if step is None
            else {"kind": step.kind.value, "template": step.template_id, "reason": step.reason},
        }


# --------------------------------------------------------------------------- helpers


def _n(x: float) -> str:
    """A pain number as people write it: 3, 3.5 (never 3.0 or 3.4999)."""
    return f"{round(x, 1):g}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class _Ctx:
    """The history cut at `today`, with the look-ups the rules share."""

    def __init__(
        self,
        today: dt.date,
        history: History,
        settings: Settings,
        tz: dt.tzinfo | None,
        now: dt.datetime,
        names: Mapping[str, str] | None = None,
    ) -> None:
        self.today = today
        self.names: Mapping[str, str] = names or {}
        self.settings = settings
        self.tz = tz
        self.now = now
        self.entries = [e for e in history.pain_entries if e.local_date <= today]
        self.activities = [a for a in history.activities if a.local_date <= today]
        self.measures = [m for m in history.measures if m.local_date <= today]
        self.sessions = sorted(
            (
                s
                for s in history.sessions
                if s.status is not SessionStatus.IN_PROGRESS
                and local_date_of(s.started_at, tz) <= today
            ),
            key=lambda s: s.started_at,
        )
        self.sets_by_session: dict[int, list[SetRecord]] = defaultdict(list)
        self.max_set_pain_by_day: dict[dt.date, int] = {}
        for st in history.sets:
            d = local_date_of(st.started_at, tz)
            if d > today:
                continue
            self.sets_by_session[st.session_id].append(st)
            if st.pain_during is not None:
                prev = self.max_set_pain_by_day.get(d, 0)
                self.max_set_pain_by_day[d] = max(prev, st.pain_during)
        self.finder = ResponseFinder(
            self.entries,
            window_h=settings.response_window_h,
            baseline_days=settings.baseline_days,
            tz=tz,
        )
        self.series: dict[dt.date, float] = {
            d: float(v) for d, v in self.finder.series.items() if v is not None
        }
        self.flag_days: dict[dt.date, set[RedFlag]] = defaultdict(set)
        for e in self.entries:
            self.flag_days[e.local_date] |= e.red_flags

    def day(self, s: SessionRecord) -> dt.date:
        return local_date_of(s.started_at, self.tz)

    def name(self, template_id: str) -> str:
        return self.names.get(template_id) or template_id

    def when(self, d: dt.date) -> str:
        return _day_words(d, self.today)

    def on(self, d: dt.date) -> str:
        """'yesterday', 'on Friday', 'on 20 Nov': a day after a verb."""
        w = _day_words(d, self.today)
        return w if w in ("today", "yesterday") else f"on {w}"

    def session_words(self, s: SessionRecord) -> str:
        """'yesterday's session (Isometric bridge 5 x 45 s)' or 'the session of 20 Nov (...)'."""
        d = self.day(s)
        name = self.name(s.template_id)
        if self.today - d < dt.timedelta(days=RECENT_DAYS):
            return f"{_day_words(d, self.today)}'s session ({name})"
        return f"the session of {_day_words(d, self.today)} ({name})"

    def response(self, s: SessionRecord) -> ResponseResult:
        return self.finder.response(s, self.now)

    def session_max_pain(self, s: SessionRecord) -> int | None:
        ratings = [st.pain_during for st in self.sets_by_session.get(s.id or -1, ())]
        ratings.append(s.pain_after)
        known = [p for p in ratings if p is not None]
        return max(known) if known else None

    def morning_verdict(self, d: dt.date) -> Verdict | None:
        m = self.series.get(d)
        return None if m is None else judge_morning(m, self.finder.baseline(d))

    def is_green_day(self, d: dt.date) -> bool:
        m = self.series.get(d)
        c = self.settings.acceptable_ceiling
        return (
            m is not None
            and m <= c
            and self.morning_verdict(d) is not Verdict.RED
            and not self.flag_days.get(d)
            and self.max_set_pain_by_day.get(d, 0) <= c
        )

    def is_red_day(self, d: dt.date) -> bool:
        return bool(self.flag_days.get(d)) or self.morning_verdict(d) is Verdict.RED

    def latest_measure(self, kind: MeasureKind) -> Measure | None:
        rows = [m for m in self.measures if m.kind is kind]
        return max(rows, key=lambda m: (m.local_date, m.recorded_at)) if rows else None


def _day_words(d: dt.date, today: dt.date) -> str:
    """A day as people say it: today, yesterday, Friday (within the week), else 20 Nov."""
    ago = (today - d).days
    if ago == 0:
        return "today"
    if ago == 1:
        return "yesterday"
    if 0 < ago < RECENT_DAYS:
        return d.strftime("%A")
    return f"{d.day} {d.strftime('%b')}" + ("" if d.year == today.year else f" {d.year}")


def _label(
    template_id: str, summary: Mapping[str, str], names: Mapping[str, str] | None = None
) -> str:
    name = (names or {}).get(template_id) or template_id
    s = summary.get(template_id)
    return f"{name} ({s})" if s else name


# --------------------------------------------------------------------------- rule 2 state


@dataclass(frozen=True, slots=True)
class _Hold:
    red_day: dt.date
    morning: float
    baseline: float | None
    held: int  # sessions done since the red morning
    remaining: int
    step: Step


def _red_days(ctx: _Ctx) -> list[dt.date]:
    return [d for d in ctx.series if ctx.morning_verdict(d) is Verdict.RED]


def _sessions_between(ctx: _Ctx, after: dt.datetime, before: dt.datetime | None) -> int:
    return sum(
        1
        for s in ctx.sessions
        if s.started_at > after and (before is None or s.started_at <= before)
    )


def _hold_state(
    ctx: _Ctx, current: str, ladder: Sequence[str], summary: Mapping[str, str]
) -> _Hold | None:
    """Rule 2's lasting effect: hold (or step back) for R sessions after the last red morning."""
    reds = _red_days(ctx)
    if not reds:
        return None
    r = reds[-1]
    entry = ctx.finder.firsts[r]
    held = _sessions_between(ctx, entry.recorded_at, None)
    n_hold = ctx.settings.hold_sessions_after_red
    if held >= n_hold:
        return None
    morning = ctx.series[r]
    base = ctx.finder.baseline(r)
    go_back = morning > RED_ABSOLUTE
    if not go_back and len(reds) > 1:
        prev = ctx.finder.firsts[reds[-2]]
        between = _sessions_between(ctx, prev.recorded_at, entry.recorded_at)
        go_back = 1 <= between < n_hold
    before = [s for s in ctx.sessions if s.started_at <= entry.recorded_at]
    trigger = before[-1].template_id if before else None
    if go_back and trigger in ladder and current in ladder:
        go_back = ladder.index(current) >= ladder.index(trigger)  # not stepped back yet
    idx = ladder.index(current) if current in ladder else None
    remaining = n_hold - held
    if go_back and idx is not None and idx > 0:
        target = ladder[idx - 1]
        step = Step(
            StepKind.DOWN,
            target,
            f"Go back one step to {_label(target, summary, ctx.names)} for the next "
            f"{_plural(remaining, 'session')} after {ctx.when(r)}'s red morning test.",
        )
    else:
        step = Step(
            StepKind.HOLD,
            current,
            f"Hold {_label(current, summary, ctx.names)} for the next "
            f"{_plural(remaining, 'session')} after {ctx.when(r)}'s red morning test.",
        )
    return _Hold(r, morning, base, held, remaining, step)


def _hold_action(step: Step, remaining: int, names: Mapping[str, str]) -> str:
    if step.kind is StepKind.DOWN and step.template_id:
        name = names.get(step.template_id) or step.template_id
        return f"go back one step to {name} for the next {_plural(remaining, 'session')}"
    return f"hold the load for the next {_plural(remaining, 'session')}"


def _red_morning_message(
    morning: float,
    base: float | None,
    settings: Settings,
    hold: _Hold | None,
    names: Mapping[str, str],
) -> str:
    if hold is None:
        n = settings.hold_sessions_after_red
        action = f"hold the load for the next {_plural(n, 'session')}"
    else:
        action = _hold_action(hold.step, hold.remaining, names)
    if base is not None and morning > base + 1:
        return (
            f"Morning test {_n(morning)}/10 is {_n(morning - base)} above your "
            f"{settings.baseline_days}-day baseline of {_n(base)}/10: {action}."
        )
    return f"Morning test {_n(morning)}/10 is above 5/10: {action}."


# --------------------------------------------------------------------------- rule 5


class Criterion(StrEnum):
    MET = "met"
    NOT_MET = "not met"
    UNKNOWN = "unknown"


def _status(ok: bool | None) -> Criterion:
    return Criterion.UNKNOWN if ok is None else (Criterion.MET if ok else Criterion.NOT_MET)


def _stage_criteria(ctx: _Ctx, stage: int, rising: bool) -> list[tuple[str, Criterion, str]]:
    """The exit criteria of `stage` (PROTOCOL.md table), each worded with its value and target."""
    t = ctx.today
    week = [t - dt.timedelta(days=i) for i in range(RECENT_DAYS)]
    fortnight = [t - dt.timedelta(days=i) for i in range(GREEN_DAYS_WINDOW)]
    out: list[tuple[str, Criterion, str]] = []
    affected = ctx.settings.affected_side
    if stage == 1:
        mornings = [ctx.series[d] for d in week if d in ctx.series]
        if any(m > 3 for m in mornings) or rising:
            status = Criterion.NOT_MET
        elif len(mornings) == RECENT_DAYS:
            status = Criterion.MET
        else:
            status = Criterion.UNKNOWN
        top = f", highest {_n(max(mornings))}/10" if mornings else ""
        trend = ", rising week on week" if rising else ""
        out.append(
            (
                "mornings_le_3_for_7_days",
                status,
                f"Morning tests {len(mornings)} of the last {RECENT_DAYS} days logged{top}"
                f"{trend}, needs all {RECENT_DAYS} <= 3/10 and stable",
            )
        )
        pains = [p for d in week if (p := ctx.max_set_pain_by_day.get(d)) is not None]
        got = f"highest {max(pains)}/10 this week" if pains else "no ratings this week"
        out.append(
            (
                "exercise_pain_le_3",
                _status(None if not pains else max(pains) <= 3),
                f"Exercise pain {got}, needs <= 3/10",
            )
        )
        kind = (
            MeasureKind.BRIDGE_REPS_LEFT if affected is Side.LEFT else MeasureKind.BRIDGE_REPS_RIGHT
        )
        m = ctx.latest_measure(kind)
        side = "left" if kind is MeasureKind.BRIDGE_REPS_LEFT else "right"
        got = "not measured yet" if m is None else f"{m.value:g} ({ctx.when(m.local_date)})"
        out.append(
            (
                "ten_single_leg_bridges",
                _status(None if m is None else m.value >= 10),
                f"Single-leg bridges on the affected ({side}) side {got}, needs >= 10",
            )
        )
    elif stage == 2:
        sym = bridge_symmetry(ctx.measures, affected)
        last = sym[-1] if sym else None
        pct = last.pct if last else None
        if last is None or pct is None:
            got = "not measured yet"
        else:
            got = f"{pct:.0f} % (affected {last.affected:g} / other {last.other:g})"
        out.append(
            (
                "bridge_symmetry_90",
                _status(None if pct is None else pct >= 90),
                f"Bridge symmetry {got}, needs >= 90 %",
            )
        )
        halves = (fortnight[RECENT_DAYS:], fortnight[:RECENT_DAYS])
        greens = [sum(ctx.is_green_day(d) for d in half) for half in halves]
        reds = [sum(ctx.is_red_day(d) for d in half) for half in halves]
        ok = all(r == 0 for r in reds) and all(g >= 5 for g in greens)
        out.append(
            (
                "two_green_weeks",
                _status(ok),
                f"Green weeks: {greens[0]} then {greens[1]} green days, {sum(reds)} red, "
                "needs >= 5 each and no red day",
            )
        )
    elif stage == 3:
        rest = any(RedFlag.NIGHT_OR_REST_PAIN in ctx.flag_days.get(d, set()) for d in fortnight)
        got = "logged in the last 14 days" if rest else "none logged in the last 14 days"
        out.append(
            (
                "no_rest_pain",
                Criterion.NOT_MET if rest else Criterion.UNKNOWN,
                f"Rest pain {got}, needs none",
            )
        )
        out.append(
            ("drop_lunge_pain_free", Criterion.UNKNOWN, "Unweighted drop lunge, needs pain-free")
        )
        out.append(
            ("curl_strength_equal", Criterion.UNKNOWN, "Curl strength, needs equal left/right")
        )
        m = ctx.latest_measure(MeasureKind.SITTING_TOLERANCE_MIN)
        got = "not measured yet" if m is None else f"{m.value:g} min"
        out.append(
            (
                "sitting_60_min",
                _status(None if m is None else m.value >= 60),
                f"Sitting tolerance {got}, needs >= 60 min",
            )
        )
    else:
        recent = [s for s in ctx.sessions if ctx.day(s) in fortnight]
        flare = any(ctx.is_red_day(d) for d in fortnight) or any(
            ctx.response(s).verdict is Verdict.RED for s in recent
        )
        status = Criterion.NOT_MET if flare else (Criterion.MET if recent else Criterion.UNKNOWN)
        got = "a flare" if flare else ("no flare" if recent else "no sessions")
        out.append(
            (
                "no_flare_2_weeks",
                status,
                f"Last 2 weeks: {len(recent)} sessions, {got}, needs full training, no 24 h flare",
            )
        )
    return out


_MARK = {Criterion.MET: "met", Criterion.NOT_MET: "not yet", Criterion.UNKNOWN: "check yourself"}


# --------------------------------------------------------------------------- advise


def advise(
    today: dt.date,
    history: History,
    settings: Settings,
    current_template_id: str,
    ladder: Sequence[str],
    dosage_summary: Mapping[str, str] | None = None,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
    stages: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
) -> Advice:
    """Today's traffic light, the rules that fired with their numbers, and the next step.

    Only records dated up to `today` are read, so asking about a past date gives the advice
    as it stood then. `now` (aware) decides which 24-hour checks are still pending; by
    default the end of `today` in `tz` (None: the system's local zone). `stages` maps
    template ids to PROTOCOL.md stages (default: the seed ladder's); `names` maps them to
    the display names the messages use (default: the ids).
    """
    summary = dosage_summary or {}
    stage_of = SEED_LADDER_STAGES if stages is None else stages
    now = now if now is not None else local_midnight(today + dt.timedelta(days=1), tz)
    ctx = _Ctx(today, history, settings, tz, now, names)
    cur = _label(current_template_id, summary, ctx.names)
    findings: list[Finding] = []
    step: Step | None = None

    # Rule 6: red flags.
    week_start = today - dt.timedelta(days=RECENT_DAYS - 1)
    flagged = [e for e in ctx.entries if e.red_flags and e.local_date >= week_start]
    present: set[RedFlag] = set()
    for e in flagged:
        present |= e.red_flags
    red_flags = tuple(f.label for f in RedFlag if f in present)
    if flagged:
        last = max(e.local_date for e in flagged)
        findings.append(
            Finding(
                "rule-6-red-flags",
                Level.RED,
                f"Red flag logged {ctx.on(last)} ({'; '.join(red_flags)}): stop the "
                "programme and see a clinician before training again.",
                {
                    "flags": ",".join(f.value for f in RedFlag if f in present),
                    "last_logged": last.isoformat(),
                    "entries": len(flagged),
                },
            )
        )

    # Rule 2: today's morning test, the hold after a red one, pending checks.
    base = ctx.finder.baseline(today)
    hold = _hold_state(ctx, current_template_id, ladder, summary)
    today_entry = ctx.finder.firsts.get(today)
    morning = ctx.series.get(today)
    if morning is None:
        findings.append(
            Finding(
                "morning-missing",
                Level.PENDING,
                f"Waiting for this morning's test ({settings.morning_test.label.lower()}): "
                "log it before training, the 24-hour rule reads it.",
                {"test": settings.morning_test.value},
            )
        )
    if base is None:
        have = ctx.finder.index.count_before(today)
        need = MIN_BASELINE_TESTS - have
        findings.append(
            Finding(
                "baseline-missing",
                Level.INFO,
                f"No baseline yet: {_plural(have, 'morning test')} logged before today, "
                f"{need} more needed (the baseline is the median of your last "
                f"{settings.baseline_days}).",
                {"morning_tests": have, "needed": need, "minimum": MIN_BASELINE_TESTS},
            )
        )
    answered = [
        s
        for s in ctx.sessions
        if today_entry is not None
        and ctx.finder.morning_after(s.ended_at or s.started_at) is today_entry
    ]
    answers = [ctx.session_words(s) for s in answered]
    if morning is not None:
        verdict = judge_morning(morning, base)
        vals: dict[str, Value] = {
            "morning": round(morning),
            "baseline": base,
            "delta": None if base is None else round(morning - base, 2),
            "verdict": verdict.value,
            "sessions_answered": len(answered),
        }
        if verdict is Verdict.RED:
            vals["hold_sessions"] = settings.hold_sessions_after_red
            findings.append(
                Finding(
                    "rule-2-24h",
                    Level.RED,
                    _red_morning_message(morning, base, settings, hold, ctx.names),
                    vals,
                )
            )
        elif verdict is Verdict.OK and base is not None:
            findings.append(
                Finding(
                    "rule-2-24h",
                    Level.AMBER,
                    f"Morning test {_n(morning)}/10 is {_n(morning - base)} above your "
                    f"{settings.baseline_days}-day baseline of {_n(base)}/10: acceptable but "
                    "not cleared, so keep the load where it is.",
                    vals,
                )
            )
        elif verdict is Verdict.CLEARED and base is not None:
            if not answered:
                what = "back at baseline"
            elif len(answered) == 1:
                what = f"{answers[0]} is cleared"
            else:
                what = f"{len(answered)} sessions are cleared: {', '.join(answers)}"
            findings.append(
                Finding(
                    "rule-2-24h",
                    Level.GREEN,
                    f"Morning test {_n(morning)}/10 is at or below your "
                    f"{settings.baseline_days}-day baseline of {_n(base)}/10: {what}.",
                    vals,
                )
            )
    if hold is not None and hold.red_day != today:
        recent_red = hold.red_day == today - dt.timedelta(days=1) and morning is None
        findings.append(
            Finding(
                "rule-2-24h" if recent_red else "rule-2-hold",
                Level.RED if recent_red else Level.AMBER,
                f"Red morning test {ctx.on(hold.red_day)} ({_n(hold.morning)}/10"
                + ("" if hold.baseline is None else f", baseline {_n(hold.baseline)}/10")
                + f"): {hold.held} of {settings.hold_sessions_after_red} held sessions done, "
                f"{_hold_action(hold.step, hold.remaining, ctx.names)}.",
                {
                    "red_date": hold.red_day.isoformat(),
                    "morning": round(hold.morning),
                    "baseline": hold.baseline,
                    "held": hold.held,
                    "remaining": hold.remaining,
                },
            )
        )
    pending = [s for s in ctx.sessions if ctx.response(s).verdict is Verdict.PENDING]
    if pending:
        p = pending[-1]
        findings.append(
            Finding(
                "rule-2-pending",
                Level.INFO,
                f"{_plural(len(pending), 'session')} waiting for the 24-hour check (latest: "
                f"{ctx.session_words(p)}): log the next morning test.",
                {"pending": len(pending), "latest_date": ctx.day(p).isoformat()},
            )
        )

    # Rule 3: weekly trend.
    trend = weekly_trend(ctx.series, today, min_count=MIN_WEEK_TESTS)
    if trend.rising and trend.this_mean is not None and trend.last_mean is not None:
        findings.append(
            Finding(
                "rule-3-weekly",
                Level.AMBER,
                f"This week's mean morning test {_n(trend.this_mean)}/10 is "
                f"{_n(trend.delta or 0)} above last week's {_n(trend.last_mean)}/10: freeze "
                "progression and reduce volume (one set fewer) until it settles.",
                {
                    "this_mean": trend.this_mean,
                    "last_mean": trend.last_mean,
                    "delta": trend.delta,
                    "this_count": trend.this_count,
                    "last_count": trend.last_count,
                },
            )
        )

    # Load-spike guard and ACWR (information only).
    pct = settings.spike_warn_pct
    for rule, kinds, what in (
        ("load-spike-run", RUN_KINDS, "running"),
        ("load-spike-all", None, "activity"),
    ):
        ch = volume_change(ctx.activities, today, kinds)
        if not ch.previous_covered or ch.change_pct is None:
            continue
        spike_vals: dict[str, Value] = {
            "recent_min": ch.recent_min,
            "previous_min": ch.previous_min,
            "change_pct": ch.change_pct,
            "limit_pct": pct,
        }
        change = f"{ch.change_pct:+.0f} %"
        numbers = f"{ch.previous_min:.0f} -> {ch.recent_min:.0f} min"
        if ch.rises_more_than(pct):
            lo, hi = ch.previous_min * 1.1, ch.previous_min * 1.2
            findings.append(
                Finding(
                    rule,
                    Level.AMBER,
                    f"2-week {what} change {change} ({numbers}), more than {pct} %: keep "
                    "2-week rises to 10-20 % "
                    f"(from {ch.previous_min:.0f} min that is {lo:.0f}-{hi:.0f} min).",
                    spike_vals,
                )
            )
        else:
            findings.append(
                Finding(
                    rule,
                    Level.INFO,
                    f"2-week {what} change {change} ({numbers}, warn above {pct} %).",
                    spike_vals,
                )
            )
    acwr = acute_chronic_ratio(ctx.activities, today)
    if acwr.ratio is not None:
        findings.append(
            Finding(
                "acwr",
                Level.INFO,
                f"{acwr.acute_min:.0f} min of activity in the last 7 days vs "
                f"{acwr.chronic_weekly_min:.0f} a week on average (acute:chronic "
                f"{acwr.ratio:.2f}, information only).",
                {
                    "ratio": acwr.ratio,
                    "acute_min": acwr.acute_min,
                    "chronic_weekly_min": acwr.chronic_weekly_min,
                },
            )
        )

    # Rule 1 echoed: the last session's set pain.
    ceiling = settings.acceptable_ceiling
    recent_sessions = [s for s in ctx.sessions if ctx.day(s) >= week_start]
    if recent_sessions:
        last_s = recent_sessions[-1]
        sets_pain = [
            st.pain_during
            for st in ctx.sets_by_session.get(last_s.id or -1, ())
            if st.pain_during is not None
        ]
        top = max(sets_pain, default=None)
        if top is not None and top > ceiling:
            limit = "above 5/10" if top > RED_ABSOLUTE else f"above your ceiling of {ceiling}/10"
            findings.append(
                Finding(
                    "rule-1-set-pain",
                    Level.AMBER,
                    f"Pain during a set of your last session ({ctx.session_words(last_s)}) "
                    f"reached {top}/10, {limit}: start the next "
                    "session one step easier.",
                    {"max_pain": top, "ceiling": ceiling, "date": ctx.day(last_s).isoformat()},
                )
            )

    # Next step: red flags stop everything, then rule 2, rule 3, rules 4-5.
    if flagged:
        step = None
    elif hold is not None:
        step = hold.step
    elif trend.rising:
        step = Step(
            StepKind.HOLD,
            current_template_id,
            f"Stay on {cur} with one set fewer: this week's mornings are rising (rule 3).",
        )
    else:
        step = _rules_4_5(
            ctx, current_template_id, ladder, summary, stage_of, findings, trend.rising
        )

    level = max((f.level for f in findings), key=lambda lv: lv.rank, default=Level.GREEN)
    if level is Level.INFO:
        level = Level.GREEN
    ordered = tuple(sorted(findings, key=lambda f: -f.level.rank))
    return Advice(
        today, level, ordered, step, red_flags, _headline(level, ordered, step, cur, bool(flagged))
    )


def _rules_4_5(
    ctx: _Ctx,
    current: str,
    ladder: Sequence[str],
    summary: Mapping[str, str],
    stage_of: Mapping[str, int],
    findings: list[Finding],
    rising: bool,
) -> Step | None:
    """Rule 4 (step up) and, where the next step changes stage, rule 5."""
    today = ctx.today
    first = today - dt.timedelta(days=RECENT_DAYS - 1)
    cur = _label(current, summary, ctx.names)
    ceiling = ctx.settings.acceptable_ceiling
    recent = [s for s in ctx.sessions if s.template_id == current and ctx.day(s) >= first]
    blocker: str | None = None
    if not recent:
        blocker = f"no session of {ctx.name(current)} in the last 7 days yet"
    for s in recent:
        when = ctx.session_words(s)
        pain = ctx.session_max_pain(s)
        r = ctx.response(s)
        if pain is None:
            blocker = f"{when} has no pain ratings"
        elif pain > ceiling:
            blocker = f"{when} reached pain {pain}/10, above your ceiling of {ceiling}/10"
        elif r.verdict is Verdict.PENDING:
            blocker = f"{when} is still waiting for its 24-hour check"
        elif r.verdict is Verdict.MISSED:
            blocker = f"no morning test followed {when}"
        elif r.verdict is Verdict.NO_BASELINE:
            blocker = f"there was no baseline yet to check {when} against"
        elif r.verdict is not Verdict.CLEARED and r.morning is not None:
            blocker = (
                f"the morning after {when} was {r.morning}/10, above the baseline "
                f"of {_n(r.baseline or 0)}/10"
            )
        if blocker is not None:
            break
    vals: dict[str, Value] = {"sessions": len(recent), "template": current}
    if blocker is not None:
        findings.append(
            Finding(
                "rule-4-step-up",
                Level.INFO,
                f"Not stepping up yet: {blocker} (every session at this dosage in the last 7 "
                "days must be green or amber and cleared).",
                vals,
            )
        )
        return Step(StepKind.HOLD, current, f"Stay on {cur}: {blocker}.")
    if current not in ladder:
        findings.append(
            Finding(
                "rule-4-step-up",
                Level.INFO,
                f"Every session of {ctx.name(current)} in the last 7 days ({len(recent)}) was "
                "cleared, but it is not on the ladder: choose the next template in Programme.",
                vals,
            )
        )
        return None
    idx = ladder.index(current)
    nxt = ladder[idx + 1] if idx + 1 < len(ladder) else None
    s_cur, s_nxt = stage_of.get(current), None if nxt is None else stage_of.get(nxt)
    if len(recent) == 1:
        cleared = f"the only session of {ctx.name(current)} in the last 7 days was green or amber"
    else:
        n = "both" if len(recent) == 2 else f"all {len(recent)}"
        cleared = f"{n} sessions of {ctx.name(current)} in the last 7 days were green or amber"
    cleared += " and cleared the next morning"
    if nxt is not None and not (s_cur is not None and s_nxt is not None and s_nxt > s_cur):
        findings.append(
            Finding(
                "rule-4-step-up",
                Level.GREEN,
                f"Step up to {_label(nxt, summary, ctx.names)}: {cleared}.",
                vals,
            )
        )
        return Step(StepKind.UP, nxt, f"Step up to {_label(nxt, summary, ctx.names)}: {cleared}.")
    if s_cur is None:
        findings.append(
            Finding(
                "rule-4-step-up",
                Level.INFO,
                f"All sessions of {ctx.name(current)} were cleared, but its stage is unknown: "
                "choose the next step in Programme.",
                vals,
            )
        )
        return Step(StepKind.HOLD, current, f"Stay on {cur} until you choose the next step.")

    # Rule 5: stage advance.
    criteria = _stage_criteria(ctx, s_cur, rising)
    green = sum(ctx.is_green_day(today - dt.timedelta(days=i)) for i in range(GREEN_DAYS_WINDOW))
    unmet = [d for _, st, d in criteria if st is Criterion.NOT_MET]
    values: dict[str, Value] = {
        "stage": s_cur,
        "green_days": green,
        "green_days_needed": GREEN_DAYS_FOR_STAGE,
    }
    values.update({name: st.value for name, st, _ in criteria})
    target = f"stage {s_cur + 1}" + (f" with {_label(nxt, summary, ctx.names)}" if nxt else "")
    green_ok = _status(green >= GREEN_DAYS_FOR_STAGE)
    lines = [f"• {text} - {_MARK[st]}" for _, st, text in criteria]
    lines.append(
        f"• Green days {green} of the last {GREEN_DAYS_WINDOW}, needs {GREEN_DAYS_FOR_STAGE}"
        f" - {_MARK[green_ok]}"
    )
    detail = f"Stage {s_cur} exit criteria:\n" + "\n".join(lines)
    if unmet or green < GREEN_DAYS_FOR_STAGE:
        findings.append(
            Finding("rule-5-stage", Level.INFO, f"Not ready for {target} yet. {detail}", values)
        )
        return Step(StepKind.HOLD, current, f"Stay on {cur}: not ready for {target} yet.")
    findings.append(
        Finding(
            "rule-5-stage",
            Level.GREEN,
            f"You can move to {target}, if you agree. {detail}",
            values,
        )
    )
    reason = (
        f"Move to {target}: {cleared} and the stage {s_cur} exit criteria shown by your data "
        "are met."
    )
    return Step(StepKind.STAGE, nxt, reason)


def _headline(
    level: Level, findings: Sequence[Finding], step: Step | None, cur: str, flagged: bool
) -> str:
    """One sentence for the Today card: the most severe finding, or the step when all is green."""
    if flagged:
        return "Red flag logged: stop the programme and see a clinician before training again."
    if level is Level.GREEN and step is not None and step.kind in (StepKind.UP, StepKind.STAGE):
        return step.reason
    for f in findings:
        if f.level is level:
            return f.message
    if findings:
        return findings[0].message
    return f"Keep going with {cur}."
