"""Row B: a saved session whose engine state is damaged (a crash mid-write, an older or
newer version, a hand-edited database). Whatever the state holds, the start builds its
resume offer without an exception: a state that can be resumed resumes and runs on; any
other is offered for discarding with a reason a person can read, and discarding works.

Hypothesis makes the states: any JSON or none at all, real states (taken from a run at
different moments) with keys removed, wrong types, indices out of range, huge numbers,
NaN, nested garbage, and consistent-looking mixes of two moments. A sample of the states
that cannot be resumed is then given to the real window, built by the composition root
in this process: it starts, shows the offer with Discard, and discarding leaves no
unfinished session and no traceback.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from phtcoach import app
from phtcoach.core.engine_snapshot import REQUIRED_KEYS
from phtcoach.core.model import SessionRecord, Side
from phtcoach.services import Services
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.runner_resume import ResumeDialog
from tests.fakes import FakeClock
from tests.reliability import fuzz_files as ff

# The real cue player looks for a sound server; a test machine may have none.
pytestmark = pytest.mark.qt_log_ignore("PulseAudioService", "propagateSizeHints")
TEMPLATE = "iso-5x5"
MOMENTS = (0.0, 3.0, 20.0, 50.0, 61.0, 130.0, 400.0)  # seconds after Space

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([-1, 2**31, 2**63, 10**400, 1e308, float("nan"), float("inf")])
    | st.floats()
    | st.text(max_size=8)
)
JSON = st.recursive(
    SCALARS,
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4)
    ),
    max_leaves=12,
)
RUNNER_KEYS = ("affected_first", "lead_in_s", "switch_sides_s", "rest_extra_s", "step_downs",
               "sets_fewer", "steps")  # fmt: skip


def real_states(tmp: Path) -> list[dict[str, Any]]:
    """The engine states a real run of TEMPLATE saves at MOMENTS (sets written as it goes)."""
    clock = FakeClock()
    with open_store(tmp, clock, auto_backup=False) as store:
        services = Services(store, clock, UTC)
        run = services.runs.new(TEMPLATE, services.settings.load())
        states = [json.loads(run.state_json())]
        run.persist(run.begin())
        at = 0.0
        for moment in MOMENTS[1:]:
            while at < moment:
                clock.advance(0.5)
                at += 0.5
                run.persist(run.engine.tick())
            states.append(json.loads(run.state_json()))
    return states


@st.composite
def damaged_states(draw: st.DrawFn, bases: list[dict[str, Any]]) -> str:
    """The text stored in sessions.engine_state: mostly JSON of a damaged real state."""
    kind = draw(st.sampled_from(["keys", "keys", "keys", "runner", "mix", "any", "text"]))
    if kind == "text":
        return draw(
            st.text(max_size=40)
            | st.sampled_from(["{", "[" * 5000, "1" * 5000, "NaN", '{"state": }', "\x00"])
        )
    if kind == "any":
        return json.dumps(draw(JSON))
    state = json.loads(json.dumps(draw(st.sampled_from(bases))))
    if kind == "mix":  # two moments of one run: each part right, the whole inconsistent
        other = draw(st.sampled_from(bases))
        for key in draw(st.lists(st.sampled_from(sorted(other)), min_size=1, max_size=4)):
            state[key] = other[key]
        return json.dumps(state)
    for _ in range(draw(st.integers(1, 3))):
        if kind == "runner":
            runner = state.setdefault("runner", {})
            if isinstance(runner, dict):
                runner[draw(st.sampled_from(RUNNER_KEYS))] = draw(JSON)
            continue
        key = draw(st.sampled_from([*REQUIRED_KEYS, "status", "skipped", "runner", "x"]))
        action = draw(st.sampled_from(["delete", "value", "index", "nudge"]))
        if action == "delete":
            state.pop(key, None)
        elif action == "index":
            state[key] = draw(st.sampled_from([-1, 0, 1, 2, 39, 40, 41, 10**9, 10**400]))
        elif action == "nudge" and isinstance(state.get(key), list) and state[key]:
            state[key] = [*state[key], *state[key]] if draw(st.booleans()) else state[key][1:]
        else:
            state[key] = draw(JSON)
    return json.dumps(state)  # NaN and Infinity spelled as Python writes them


def store_unfinished(store: Store, clock: FakeClock, text: str) -> SessionRecord:
    rec = store.sessions.start(
        SessionRecord(template_id=TEMPLATE, started_at=clock.now(), affected_side=Side.LEFT)
    )
    assert rec.id is not None
    store.sessions.save_state(rec.id, text)
    return store.sessions.get(rec.id)


def runs_on(services: Services, clock: FakeClock, record: SessionRecord) -> None:
    """A resumable state resumes and the session goes on for two minutes, saving its sets."""
    run = services.runs.resume(record)
    run.persist(run.begin())
    for _ in range(60):
        clock.advance(2.0)
        run.persist(run.engine.tick())


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    with ff.scratch_dir(tmp_path) as place:
        yield place


def test_malformed_saved_states_are_offered_for_discarding(
    scratch: Path, qtbot: QtBot, count: Callable[[int, int], int], row: Any
) -> None:
    started = time.perf_counter()
    bases = real_states(scratch / "run")
    clock = FakeClock()
    store = open_store(scratch / "target", clock, auto_backup=False)
    services = Services(store, clock, UTC)
    seen: Counter[str] = Counter()
    for_window: list[str] = []

    @settings(
        max_examples=count(150, 4000),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(text=damaged_states(bases))
    def one(text: str) -> None:
        note(f"engine_state: {text[:500]!r}")
        record = store_unfinished(store, clock, text)
        try:
            offer = services.runs.offer()  # what the start asks: never an exception
            assert offer is not None and offer.record.id == record.id
            seen["tried"] += 1
            seen["offers"] += 1
            if offer.can_resume:
                seen["resumed"] += 1
                runs_on(services, clock, offer.record)
            else:
                seen["cannot"] += 1
                reason = offer.problem or ""
                assert ff.unclear(reason) is None, reason
                assert "\n" not in reason and len(reason) < 400, reason
                if len(for_window) < count(3, 30):
                    for_window.append(text)
                services.runs.discard(offer.record)
                assert store.sessions.unfinished() is None
                seen["discarded"] += 1
        finally:
            for rec in store.sessions.list():
                assert rec.id is not None
                store.sessions.delete(rec.id)

    one()
    store.close()
    services_secs = time.perf_counter() - started
    started = time.perf_counter()
    windows = [
        discard_in_the_window(qtbot, scratch / f"app-{i}", t) for i, t in enumerate(for_window)
    ]
    assert all(windows), windows
    assert seen["cannot"] and seen["resumed"], seen
    r = row(
        "saved-state",
        "B. Malformed saved session state",
        "the app starts, offers to discard, 0 tracebacks",
    )
    r.add(
        f"{seen['tried']:,} engine states tried (hypothesis), {seen['offers']:,} resume offers "
        f"built without an exception; {seen['cannot']:,} cannot be resumed, Discard offered "
        f"and done {seen['discarded']:,}/{seen['cannot']:,}; {seen['resumed']:,} valid ones "
        f"resumed and ran on 2 minutes; 0 tracebacks; {services_secs:.0f} s"
    )
    r.add(
        f"the real window (composition root, in process): {len(windows)} damaged states, "
        f"started and offered Discard {sum(windows)}/{len(windows)}, discarded "
        f"{sum(windows)}/{len(windows)}, 0 tracebacks; {time.perf_counter() - started:.0f} s"
    )


def discard_in_the_window(qtbot: QtBot, root: Path, text: str) -> bool:
    """The app on a data dir holding one unfinished session with `text` as its state: the
    start offers Discard (and no Resume), a click discards, the app quits with status 0."""
    clock = FakeClock()
    with open_store(root, clock, auto_backup=False) as store:
        store_unfinished(store, clock, text)
    offered: list[tuple[bool, str]] = []

    def click_discard(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ResumeDialog):
            label = dialog.findChild(QLabel)
            offered.append((dialog.resume_button is None, label.text() if label else ""))
            dialog.discard_button.click()
        elif tries < 10_000:
            QTimer.singleShot(0, lambda: click_discard(tries + 1))

    def quit_soon(window: MainWindow) -> None:
        QTimer.singleShot(0, window.quit_app)

    QTimer.singleShot(0, click_discard)
    with qtbot.captureExceptions() as exceptions:
        status = app.run_gui(root, clock=clock, on_window=quit_soon, argv=["phtcoach"])
    assert not exceptions, exceptions
    assert status == 0
    assert len(offered) == 1, offered
    only_discard, words = offered[0]
    assert only_discard and "cannot be resumed" in words, words
    with open_store(root, clock, auto_backup=False) as store:
        assert store.sessions.unfinished() is None
    return True
