"""The demo history tells its story through the model too: the long aero ride of week 6 and
the hilly run of week 9 are what tends to flare it, while the walk-runs suit it."""

from __future__ import annotations

from datetime import UTC

from phtcoach.core.demo import generate_demo
from phtcoach.core.tolerance_days import Factor, FactorKind
from phtcoach.core.tolerance_model import Verdict
from phtcoach.demo_data import write_demo
from phtcoach.services import Services
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock


def test_the_aero_ride_and_the_hilly_run_flare_it_most(store: Store, clock: FakeClock) -> None:
    today = clock.now().date()
    write_demo(store, generate_demo(12, 42, today, tz=UTC))
    model = Services(store, clock, UTC).tolerance.for_day(today).model
    top = [set(e.factors) for e in model.effects[:2]]
    assert {Factor(FactorKind.FLAG, "run", "hills")} in top
    assert any(Factor(FactorKind.FLAG, "ride", "aero") in f for f in top)
    for e in model.effects[:2]:
        assert e.verdict is Verdict.LIKELY_WORSE
        assert e.days == 1  # one ride, one run (each feeds two mornings at 36 hours)
        assert e.high - e.low > 1.0  # one ride, one run: the intervals say how little is known
    run = model.effect_of(Factor(FactorKind.ACTIVITY, "run"))
    assert run is not None and run.verdict is not Verdict.LIKELY_WORSE
