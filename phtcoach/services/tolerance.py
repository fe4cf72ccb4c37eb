"""What your tendon tolerates, for the screens and `phtcoach tolerance`: the model fitted on
the last year of records, once per change of the data.

The cache is keyed on the store connection's change counter (every write through it moves
it), as the Progress records are (services/progress.py), plus `invalidate()` for changes
made elsewhere.

A year, not the whole history: a tendon's tolerance changes as it heals, what flared it in the
first weeks may be fine a year later, and a bounded read keeps the cost flat at ten years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from phtcoach.core.analysis_common import local_date_of
from phtcoach.core.clock import Clock
from phtcoach.core.tolerance_days import Factor, day_factors, tolerance_days
from phtcoach.core.tolerance_model import Effect, ToleranceModel, Verdict, fit
from phtcoach.services.advice import load_history
from phtcoach.services.settings import SettingsService
from phtcoach.storage.repository import Store

WINDOW_DAYS = 365
"""How far back the model looks."""


@dataclass(frozen=True, slots=True)
class Tolerance:
    """The model for the year up to `day`, and the factors done the day before it."""

    day: date
    model: ToleranceModel
    done_day_before: frozenset[Factor]

    def flaring(self) -> list[Effect]:
        """Factors likely to make the next morning worse that were done the day before `day`
        (Today's "What tends to flare you" finding): most likely first."""
        return [
            e
            for e in self.model.effects
            if e.verdict is Verdict.LIKELY_WORSE
            and any(f in self.done_day_before for f in e.factors)
        ]


class ToleranceService:
    def __init__(
        self, store: Store, clock: Clock, tz: tzinfo | None, settings: SettingsService
    ) -> None:
        self._store = store
        self._clock = clock
        self._tz = tz
        self._settings = settings
        self._bumps = 0
        self._cached: tuple[tuple[date, int], Tolerance] | None = None
        self.fits = 0  # how many times the model was fitted (it is cached between changes)

    def invalidate(self) -> None:
        """The records changed outside this store's connection: the next call fits again."""
        self._bumps += 1
        self._cached = None

    def for_day(self, day: date | None = None) -> Tolerance:
        """The model fitted on the year up to `day` (today by default), cached until the
        records or the day change."""
        day = day or local_date_of(self._clock.now(), self._tz)
        key = (day, self._store.conn.total_changes + self._bumps)
        if self._cached is not None and self._cached[0] == key:
            return self._cached[1]
        settings = self._settings.load()
        h = load_history(self._store, day, days=WINDOW_DAYS, tz=self._tz)
        rows = tolerance_days(
            h.sessions, h.sets, h.pain_entries, h.activities, settings, tz=self._tz
        )
        loads = day_factors(
            h.sessions, h.sets, h.activities, ceiling=settings.acceptable_ceiling, tz=self._tz
        )
        result = Tolerance(day, fit(rows), frozenset(loads.get(day - timedelta(days=1), {})))
        self.fits += 1
        self._cached = (key, result)
        return result
