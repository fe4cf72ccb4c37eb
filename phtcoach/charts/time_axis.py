"""Where a local date sits on the charts' time axis, and which span a range button shows.

Kept apart from the series so the widget, the model and the tests share one definition of
"a day on the axis" and cannot disagree by an hour around a DST change.

One x per local date: the epoch seconds of that date's local noon in `tz` (what
pyqtgraph's DateAxisItem reads). Noon keeps a daily point inside its own day on the axis
whatever the DST offset, and a day's bar can be centred on it. Range edges, by contrast,
fall on local midnights so a range shows whole days.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from phtcoach.core.analysis import local_midnight

DAY_S = 86_400.0

# Range buttons: calendar days shown, ending with today (None: everything).
RANGE_DAYS: dict[str, int | None] = {"4w": 28, "3m": 91, "all": None}


def noon_x(day: date, tz: tzinfo | None = None) -> float:
    """Epoch seconds of local noon on `day` in `tz` (None: the system's local zone)."""
    naive = datetime.combine(day, time(12))
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return aware.timestamp()


def day_of_x(x: float, tz: tzinfo | None = None) -> date:
    """The local date containing the instant `x` (epoch seconds): where the cursor points."""
    return datetime.fromtimestamp(x, tz).date()


def midnight_x(day: date, tz: tzinfo | None = None) -> float:
    """Epoch seconds at which `day` begins in `tz`: range edges fall on day boundaries."""
    return local_midnight(day, tz).timestamp()


def view_span(
    key: str, today: date, first_day: date | None, tz: tzinfo | None = None
) -> tuple[float, float]:
    """The x range a range button shows: whole local days ending with the end of `today`."""
    if key not in RANGE_DAYS:
        raise ValueError(f"range must be one of {', '.join(RANGE_DAYS)}, not {key!r}")
    days = RANGE_DAYS[key]
    end = midnight_x(today + timedelta(days=1), tz)
    if days is None:
        start_day = min(first_day, today) if first_day is not None else today
        start_day = min(start_day, today - timedelta(days=6))  # never a sliver of a week
    else:
        start_day = today - timedelta(days=days - 1)
    return midnight_x(start_day, tz), end


class XCache:
    """noon_x per date, memoised: ten years of series share a few thousand dates."""

    def __init__(self, tz: tzinfo | None) -> None:
        self.tz = tz
        self._cache: dict[date, float] = {}

    def __call__(self, d: date) -> float:
        x = self._cache.get(d)
        if x is None:
            x = self._cache[d] = noon_x(d, self.tz)
        return x
