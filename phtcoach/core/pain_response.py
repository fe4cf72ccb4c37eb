"""The 24-hour response to load (PROTOCOL.md rule 2), per session and per exercise or activity.

Whether the next morning came back above baseline is the one signal the progression rules
act on; the session verdicts and the tolerance table both go through `ResponseFinder` so
they apply the same window and the same baseline to every session.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from fractions import Fraction

from phtcoach.core.analysis_common import (
    exact_sum,
    local_date_of,
    local_midnight,
    round_figure,
)
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    PainEntry,
    SessionRecord,
    SessionStatus,
    SetRecord,
)
from phtcoach.core.pain_series import (
    MIN_BASELINE_TESTS,
    DayIndex,
    first_morning_entries,
    median_or_none,
)

RED_ABSOLUTE = 5  # PROTOCOL.md rule 2: a morning test above 5/10 is red whatever the baseline


class Verdict(StrEnum):
    """The 24-hour response of one session (PROTOCOL.md rule 2)."""

    CLEARED = "cleared"  # next morning <= baseline
    OK = "ok"  # above baseline by at most 1 (and <= 5): not red, not cleared either
    RED = "red"  # > baseline + 1, or > 5
    PENDING = "pending"  # no morning test yet, and one can still come
    MISSED = "missed"  # the window closed without a morning test
    NO_BASELINE = "no_baseline"  # a morning test <= 5 but fewer than 3 tests to compare with


def judge_morning(
    morning: float,
    base: float | None,
    *,
    margin: float = 1,
    red_above: float = RED_ABSOLUTE,
) -> Verdict:
    """Rule 2 on one morning test: red above baseline + `margin` or above `red_above`
    (PROTOCOL.md: 1 and 5, both settings); cleared at or below the baseline."""
    if morning > red_above:
        return Verdict.RED
    if base is None:
        return Verdict.NO_BASELINE
    if morning > base + margin:
        return Verdict.RED
    if morning <= base:
        return Verdict.CLEARED
    return Verdict.OK


@dataclass(frozen=True, slots=True)
class ResponseResult:
    session_id: int | None
    template_id: str
    session_date: date  # local date the session started
    ended_at: datetime
    morning: int | None
    morning_date: date | None
    baseline: float | None  # baseline at the session's date
    delta: float | None  # morning - baseline
    verdict: Verdict


def _session_end(s: SessionRecord) -> datetime:
    return s.ended_at if s.ended_at is not None else s.started_at


def _counted(s: SessionRecord) -> bool:
    """Sessions whose load the tendon saw: completed or ended early, not still running."""
    return s.status is not SessionStatus.IN_PROGRESS


class ResponseFinder:
    """Finds 24-hour responses; built once per history so many look-ups stay cheap."""

    def __init__(
        self,
        entries: Iterable[PainEntry],
        *,
        window_h: int = 24,
        baseline_days: int = 7,
        tz: tzinfo | None = None,
        min_count: int = MIN_BASELINE_TESTS,
        margin: float = 1,
        red_above: float = RED_ABSOLUTE,
    ) -> None:
        self.min_count = min_count
        self.margin = margin
        self.red_above = red_above
        self.firsts = first_morning_entries(entries)
        self.series = {d: e.morning_score for d, e in self.firsts.items()}
        clean = {d: float(v) for d, v in self.series.items() if v is not None}
        self.index = DayIndex(clean)
        self.window = timedelta(hours=window_h)
        self.baseline_days = baseline_days
        self.tz = tz

    def baseline(self, on: date) -> float | None:
        return median_or_none(self.index.before(on, self.baseline_days), self.min_count)

    def baseline_count(self, on: date) -> int:
        """How many mornings the baseline for `on` is the median of (at most baseline_days):
        until there are that many it is "your baseline from N mornings", not "7-day"."""
        return len(self.index.before(on, self.baseline_days))

    def judge(self, morning: float, base: float | None) -> Verdict:
        return judge_morning(morning, base, margin=self.margin, red_above=self.red_above)

    def morning_after(self, end: datetime) -> PainEntry | None:
        """The morning entry that answers for load ending at `end` (see module docstring)."""
        end_day = local_date_of(end, self.tz)
        last_day = max(end_day + timedelta(days=1), local_date_of(end + self.window, self.tz))
        lo = bisect.bisect_right(self.index.dates, end_day)
        hi = bisect.bisect_right(self.index.dates, last_day)
        for d in self.index.dates[lo:hi]:
            e = self.firsts[d]
            if d == end_day + timedelta(days=1) or e.recorded_at <= end + self.window:
                return e
        return None

    def still_open(self, end: datetime, now: datetime | None) -> bool:
        """Whether a morning test for load ending at `end` can still arrive at `now`."""
        if now is None:
            return False
        next_day_over = local_midnight(local_date_of(end, self.tz) + timedelta(days=2), self.tz)
        return now < max(end + self.window, next_day_over)

    def response(self, s: SessionRecord, now: datetime | None = None) -> ResponseResult:
        end = _session_end(s)
        day = local_date_of(s.started_at, self.tz)
        base = self.baseline(day)
        entry = self.morning_after(end)
        if entry is None or entry.morning_score is None:
            verdict = Verdict.PENDING if self.still_open(end, now) else Verdict.MISSED
            return ResponseResult(s.id, s.template_id, day, end, None, None, base, None, verdict)
        m = entry.morning_score
        delta = None if base is None else round_figure(m - base)
        return ResponseResult(
            s.id, s.template_id, day, end, m, entry.local_date, base, delta, self.judge(m, base)
        )


def session_responses(
    sessions: Iterable[SessionRecord],
    entries: Iterable[PainEntry],
    *,
    window_h: int = 24,
    baseline_days: int = 7,
    tz: tzinfo | None = None,
    now: datetime | None = None,
    min_count: int = MIN_BASELINE_TESTS,
    margin: float = 1,
    red_above: float = RED_ABSOLUTE,
) -> list[ResponseResult]:
    """The 24-hour response of every finished session, in start order.

    `now` (aware) separates PENDING from MISSED; None treats the record as complete. The
    thresholds are the user's (Settings), so the chart and the advice judge alike.
    """
    finder = ResponseFinder(
        entries,
        window_h=window_h,
        baseline_days=baseline_days,
        tz=tz,
        min_count=min_count,
        margin=margin,
        red_above=red_above,
    )
    done = sorted((s for s in sessions if _counted(s)), key=lambda s: s.started_at)
    return [finder.response(s, now) for s in done]


class ToleranceSource(StrEnum):
    EXERCISE = "exercise"
    ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class ToleranceRow:
    source: ToleranceSource
    key: str  # exercise slug or activity kind
    occurrences: int  # days done with a known next-morning delta
    worse: int  # of those, next morning above the baseline
    rate: float | None  # worse / occurrences
    mean_delta: float | None  # mean (next morning - baseline)


def _row(source: ToleranceSource, key: str, deltas: list[float]) -> ToleranceRow:
    n = len(deltas)
    worse = sum(1 for x in deltas if x > 0)
    return ToleranceRow(
        source,
        key,
        n,
        worse,
        None if n == 0 else round_figure(Fraction(worse, n)),
        None if n == 0 else round_figure(exact_sum(deltas) / n),
    )


def tolerance_table(
    sessions: Iterable[SessionRecord],
    sets: Iterable[SetRecord],
    entries: Iterable[PainEntry],
    activities: Iterable[Activity],
    *,
    window_h: int = 24,
    baseline_days: int = 7,
    tz: tzinfo | None = None,
) -> list[ToleranceRow]:
    """How often each exercise and activity kind was followed by a morning above baseline.

    Counted once per day it was done (three sessions of one exercise in a day share one next
    morning): for exercises, the 24-hour response of the day's last session containing it;
    for activities (which have no end time), the first morning test of the next local date
    against the baseline of the activity's date. Days without a known delta (no morning
    test, no baseline yet) are left out of the counts.
    """
    finder = ResponseFinder(entries, window_h=window_h, baseline_days=baseline_days, tz=tz)
    slugs_by_session: dict[int, set[str]] = defaultdict(set)
    for st in sets:
        slugs_by_session[st.session_id].add(st.exercise_slug)
    per_day: dict[tuple[str, date], tuple[datetime, float | None]] = {}
    for s in sessions:
        if s.id is None or not _counted(s):
            continue
        r = finder.response(s)
        for slug in slugs_by_session.get(s.id, ()):
            key = (slug, r.session_date)
            if key not in per_day or per_day[key][0] < r.ended_at:
                per_day[key] = (r.ended_at, r.delta)
    ex: dict[str, list[float]] = defaultdict(list)
    for (slug, _), (_, delta) in per_day.items():
        ex.setdefault(slug, [])
        if delta is not None:
            ex[slug].append(delta)

    act: dict[str, list[float]] = defaultdict(list)
    seen: set[tuple[ActivityKind, date]] = set()
    for a in activities:
        if (a.kind, a.local_date) in seen:
            continue
        seen.add((a.kind, a.local_date))
        act.setdefault(a.kind.value, [])
        nxt = finder.series.get(a.local_date + timedelta(days=1))
        base = finder.baseline(a.local_date)
        if nxt is not None and base is not None:
            act[a.kind.value].append(nxt - base)

    rows = [_row(ToleranceSource.EXERCISE, k, ex[k]) for k in sorted(ex)]
    rows += [_row(ToleranceSource.ACTIVITY, k, act[k]) for k in sorted(act)]
    return rows
