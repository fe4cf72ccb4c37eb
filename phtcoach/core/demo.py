"""A realistic, reproducible demo history: what `phtcoach --demo` and `demo-data` show.

The story it tells (twelve weeks from isometrics to heavy slow resistance, with two flares)
is written day by day in `demo_story`; this module checks the arguments and hands back the
records.

Reproducible: everything comes from `random.Random(seed)` drawn in a fixed order, so the
same arguments give identical records. Days: the `weeks` x 7 days ending YESTERDAY are
filled completely, and `today` gets only its morning check-in (today's session is for the
user to do). Clock times are local in `tz` (default UTC, so output does not depend on the
machine; pass the user's zone to line the demo up with their days): morning test 07:10-07:25,
morning session 07:45, evening session 18:00-18:45, activities midday or afternoon, evening
check-in 20:30-20:50, measures 09:00; stored as aware UTC like every record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from phtcoach.core.demo_story import SESSION_ID_PLACEHOLDER, StoryGenerator
from phtcoach.core.errors import ValidationError
from phtcoach.core.model import (
    Activity,
    Measure,
    PainEntry,
    SessionRecord,
    SetRecord,
    Settings,
    Side,
    check_enum,
    check_int,
)
from phtcoach.core.progression import SEED_LADDER, History

__all__ = [
    "DEMO_LADDER",
    "MAX_WEEKS",
    "SESSION_ID_PLACEHOLDER",
    "DemoHistory",
    "generate_demo",
]

DEMO_LADDER: tuple[str, ...] = SEED_LADDER
MAX_WEEKS = 520


@dataclass(frozen=True, slots=True)
class DemoHistory:
    """Generated records, not yet stored; sets still carry `SESSION_ID_PLACEHOLDER`."""

    settings: Settings
    sessions: list[tuple[SessionRecord, list[SetRecord]]]
    pain_entries: list[PainEntry]
    activities: list[Activity]
    measures: list[Measure]
    first_day: date
    today: date
    tz: tzinfo = field(default=UTC)

    def to_history(self) -> History:
        """The same records as the rules see them, sessions numbered 1..n (as a fresh
        database would) and their sets pointing at them."""
        sessions: list[SessionRecord] = []
        sets: list[SetRecord] = []
        for n, (s, ss) in enumerate(self.sessions, start=1):
            sessions.append(_with_id(s, n))
            sets.extend(_with_session(st, n) for st in ss)
        return History(sessions, sets, self.pain_entries, self.activities, self.measures)


def _with_id(s: SessionRecord, n: int) -> SessionRecord:
    return SessionRecord(
        s.template_id,
        s.started_at,
        s.affected_side,
        s.status,
        s.ended_at,
        s.pain_after,
        s.notes,
        s.engine_state,
        n,
    )


def _with_session(st: SetRecord, n: int) -> SetRecord:
    return SetRecord(
        n,
        st.exercise_slug,
        st.block_index,
        st.set_no,
        st.side,
        st.planned_reps,
        st.performed_reps,
        st.started_at,
        st.ended_at,
        st.hold_s,
        st.tempo,
        st.load_kg,
        st.pain_during,
        st.rpe,
        st.notes,
    )


def generate_demo(
    weeks: int,
    seed: int,
    today: date,
    affected_side: Side = Side.LEFT,
    *,
    tz: tzinfo = UTC,
) -> DemoHistory:
    """`weeks` of demo history ending yesterday, plus today's morning check-in."""
    check_int("demo.weeks", weeks, 1, MAX_WEEKS)
    check_int("demo.seed", seed, 0, 2**63 - 1)
    if not isinstance(today, date) or isinstance(today, datetime):
        raise ValidationError("demo.today", today, "a calendar date")
    side = check_enum("demo.affected_side", affected_side, Side)
    if side is Side.BOTH:
        raise ValidationError("demo.affected_side", side.value, "left or right")
    g = StoryGenerator(weeks, seed, today, side, tz)
    for i in range(g.n + 1):
        g.day(i)
    # The demo's flares last two mornings: its physio set the response window to 36 hours.
    settings = Settings(
        affected_side=side, current_template=g.template(g.n - 1), response_window_h=36
    )
    return DemoHistory(
        settings, g.sessions, g.entries, g.activities, g.measures, g.first, today, tz
    )
