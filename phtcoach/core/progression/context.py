"""The history cut at the asked day, with the look-ups every rule shares.

Built once per `advise` call so the rules read the same morning series, baselines and
24-hour responses (and asking about a past date sees only what was known then).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping

from phtcoach.core.analysis import (
    ResponseFinder,
    ResponseResult,
    Verdict,
    local_date_of,
)
from phtcoach.core.model import (
    Measure,
    MeasureKind,
    RedFlag,
    SessionRecord,
    SessionStatus,
    SetRecord,
    Settings,
)
from phtcoach.core.progression.results import History, SessionRef


class RuleContext:
    """Records dated up to `today` only; `summary` maps template ids to dosage summaries."""

    def __init__(
        self,
        today: dt.date,
        history: History,
        settings: Settings,
        tz: dt.tzinfo | None,
        now: dt.datetime,
        summary: Mapping[str, str] | None = None,
    ) -> None:
        self.today = today
        self.summary: Mapping[str, str] = summary or {}
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
            min_count=settings.baseline_min_mornings,
            margin=settings.red_margin,
            red_above=settings.red_above,
        )
        self.series: dict[dt.date, float] = {
            d: float(v) for d, v in self.finder.series.items() if v is not None
        }
        self.flag_days: dict[dt.date, set[RedFlag]] = defaultdict(set)
        for e in self.entries:
            self.flag_days[e.local_date] |= e.red_flags

    def day(self, s: SessionRecord) -> dt.date:
        return local_date_of(s.started_at, self.tz)

    def ref(self, s: SessionRecord) -> SessionRef:
        return SessionRef(self.day(s), s.template_id)

    def dosage(self, template_id: str | None) -> str | None:
        """The caller's dosage summary of a template, passed through for the sentence."""
        return None if template_id is None else self.summary.get(template_id)

    def response(self, s: SessionRecord) -> ResponseResult:
        return self.finder.response(s, self.now)

    def session_max_pain(self, s: SessionRecord) -> int | None:
        ratings = [st.pain_during for st in self.sets_by_session.get(s.id or -1, ())]
        ratings.append(s.pain_after)
        known = [p for p in ratings if p is not None]
        return max(known) if known else None

    def morning_verdict(self, d: dt.date) -> Verdict | None:
        m = self.series.get(d)
        return None if m is None else self.finder.judge(m, self.finder.baseline(d))

    def is_green_day(self, d: dt.date) -> bool:
        """A green day *(design)*: a morning test <= C and not red by rule 2, no red flag,
        and no set that day above C."""
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
