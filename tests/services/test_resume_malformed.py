"""A saved session's engine state is read back after a crash, possibly damaged: whatever JSON
it holds, resuming gives a run or the one domain error (DataFormatError), and the start's
resume offer always comes back (then only discarding is offered)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phtcoach.core.engine_snapshot import REQUIRED_KEYS
from phtcoach.core.errors import DataFormatError
from phtcoach.core.model import SessionRecord, Side
from phtcoach.services import Services
from phtcoach.services.runs import resume_offer
from phtcoach.services.session_run import SessionRun
from phtcoach.storage.repository import Store
from tests.fakes import FakeClock

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.just(10**400)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=20,
)


FIELDS = [
    *REQUIRED_KEYS,
    "skipped",
    "status",
    "runner.affected_first",
    "runner.lead_in_s",
    "runner.switch_sides_s",
    "runner.rest_extra_s",
    "runner.step_downs",
    "runner.sets_fewer",
    "runner.steps",
]


def real_state(services: Services) -> dict[str, Any]:
    run = services.runs.new("iso-5x5", services.settings.load())
    state: dict[str, Any] = json.loads(run.state_json())
    return state


def damaged(services: Services, store: Store, clock: FakeClock, text: str) -> SessionRecord:
    rec = store.sessions.start(
        SessionRecord(template_id="iso-5x5", started_at=clock.now(), affected_side=Side.LEFT)
    )
    assert rec.id is not None
    store.sessions.save_state(rec.id, text)
    return store.sessions.get(rec.id)


def check_resume(services: Services, store: Store, clock: FakeClock, text: str) -> None:
    rec = damaged(services, store, clock, text)
    problem = ""
    try:
        run = SessionRun.resume(store, clock, services.programme.current(), rec)
    except DataFormatError as e:
        problem = str(e)
    else:
        assert run.engine is not None
    assert not problem or problem.startswith("engine_state"), problem
    offer = resume_offer(store, services.programme.current(), clock)
    assert offer is not None
    assert offer.record.id == rec.id
    assert rec.id is not None
    store.sessions.delete(rec.id)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(key=st.sampled_from(["runner", *FIELDS]), value=JSON)
def test_any_value_in_any_key_resumes_or_is_one_error(
    services: Services, store: Store, clock: FakeClock, key: str, value: object
) -> None:
    state = real_state(services)
    if key.startswith("runner."):
        state["runner"][key.removeprefix("runner.")] = value
    else:
        state[key] = value
    check_resume(services, store, clock, json.dumps(state))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=JSON)
def test_any_json_as_the_whole_state(
    services: Services, store: Store, clock: FakeClock, value: object
) -> None:
    check_resume(services, store, clock, json.dumps(value))


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "1" * 5000,
        "[" * 100_000 + "]" * 100_000,
        '{"state": []}',
    ],
)
def test_garbage_text_is_one_error(
    services: Services, store: Store, clock: FakeClock, text: str
) -> None:
    check_resume(services, store, clock, text)


def test_a_list_as_the_engine_state_is_offered_for_discarding(
    services: Services, store: Store, clock: FakeClock
) -> None:
    state = real_state(services)
    state["state"] = []
    rec = damaged(services, store, clock, json.dumps(state))
    offer = resume_offer(store, services.programme.current(), clock)
    assert offer is not None
    assert not offer.can_resume
    assert "engine_state.state" in (offer.problem or "")
    services.runs.discard(rec)
    assert store.sessions.unfinished() is None
