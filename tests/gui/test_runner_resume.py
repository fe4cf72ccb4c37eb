"""Crash and resume: the next start offers the unfinished session, which resumes paused
after its last saved set and finishes without duplicating anything."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from phtcoach.core.engine import EngineState
from phtcoach.core.model import SessionRecord, SessionStatus, Side
from phtcoach.core.timeline import PhaseKind
from phtcoach.storage.repository import open_store
from phtcoach.ui.runner_resume import ResumeDialog, ask_resume
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE, Rig, make_rig

pytestmark = QT_NOISE
K = Qt.Key


def crash_after(qtbot: QtBot, data_dir: Path, seconds: float) -> int:
    """Run iso-5x5 for `seconds`, then vanish without closing anything (a crash)."""
    clock = FakeClock()
    rig = make_rig(qtbot, data_dir, clock=clock)
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(seconds)
    sid = rig.session_id
    assert rig.runner.scheduler is not None
    rig.runner.scheduler.stop()
    rig.runner.hide()
    rig.store.close()
    return sid


def second_start(qtbot: QtBot, data_dir: Path) -> Rig:
    # A new process: its monotonic clock has nothing to do with the first one's.
    clock = FakeClock(start=datetime(2026, 3, 2, 9, 0, tzinfo=UTC), mono=50.0)
    return make_rig(qtbot, data_dir, clock=clock, store=open_store(data_dir, clock))


def choose(button: str) -> Callable[[ResumeDialog], None]:
    def run(dialog: ResumeDialog) -> None:
        target = dialog.resume_button if button == "resume" else dialog.discard_button
        assert target is not None
        target.click()

    return run


def test_resume_after_a_crash_finishes_without_duplicates(qtbot: QtBot, data_dir: Path) -> None:
    sid = crash_after(qtbot, data_dir, 5 + 45 + 10)  # set 1 saved, 10 s into the set rest
    rig = second_start(qtbot, data_dir)
    try:
        texts: list[str] = []

        def resume(dialog: ResumeDialog) -> None:
            assert dialog.resume_button is not None
            texts.append(dialog.resume_button.text())
            dialog.resume_button.click()

        record = ask_resume(rig.runner, rig.state, exec_dialog=resume)
        assert texts == ["Resume Bridge holds 5 x 5 s, 2 sets from set 2"]
        assert record is not None
        assert record.id == sid
        rig.runner.resume(record)
        eng = rig.engine
        assert eng.state is EngineState.PAUSED
        assert eng.current_phase is not None
        assert eng.current_phase.kind is PhaseKind.SET_REST
        assert eng.phase_elapsed == 0  # the whole rest again, counted down
        assert rig.runner.floor.word.text() == "PAUSED"
        assert rig.runner.is_active()

        rig.key(K.Key_Space)
        rig.advance(60 + 45)
        rig.keys(K.Key_2, K.Key_4, K.Key_Return)
        rec = rig.store.sessions.get(sid)
        assert rec.status is SessionStatus.COMPLETED
        sets = rig.store.sessions.sets(sid)
        assert [s.set_no for s in sets] == [1, 2]
        assert all(s.hold_s == (5.0,) * 5 for s in sets)
        assert sets[1].started_at == datetime(2026, 3, 2, 9, 1, tzinfo=UTC)
        assert sets[1].pain_during == 2
        assert rig.store.sessions.unfinished() is None
        assert len(rig.store.sessions.list()) == 1
    finally:
        rig.runner.shutdown()
        rig.store.close()


def test_crash_mid_set_redoes_that_set(qtbot: QtBot, data_dir: Path) -> None:
    sid = crash_after(qtbot, data_dir, 5 + 45 + 60 + 12)  # 12 s into set 2
    rig = second_start(qtbot, data_dir)
    try:
        offer_record = ask_resume(rig.runner, rig.state, exec_dialog=choose("resume"))
        assert offer_record is not None
        rig.runner.resume(offer_record)
        rig.key(K.Key_Space)
        rig.advance(60 + 45)
        sets = rig.store.sessions.sets(sid)
        assert [s.set_no for s in sets] == [1, 2]
        assert sets[1].hold_s == (5.0,) * 5
        assert rig.store.sessions.get(sid).status is SessionStatus.COMPLETED
    finally:
        rig.runner.shutdown()
        rig.store.close()


def test_discard_closes_the_session_as_ended_early(qtbot: QtBot, data_dir: Path) -> None:
    sid = crash_after(qtbot, data_dir, 5 + 45 + 1)
    rig = second_start(qtbot, data_dir)
    try:
        got = ask_resume(rig.runner, rig.state, exec_dialog=choose("x"))
        assert got is None
        rec = rig.store.sessions.get(sid)
        assert rec.status is SessionStatus.ENDED_EARLY
        assert len(rig.store.sessions.sets(sid)) == 1  # the saved set stays in the log
        assert rig.store.sessions.unfinished() is None
    finally:
        rig.store.close()


def test_closing_the_question_asks_again_next_time(qtbot: QtBot, data_dir: Path) -> None:
    sid = crash_after(qtbot, data_dir, 5 + 45 + 1)
    rig = second_start(qtbot, data_dir)
    try:
        got = ask_resume(rig.runner, rig.state, exec_dialog=lambda d: None)
        assert got is None
        unfinished = rig.store.sessions.unfinished()
        assert unfinished is not None
        assert unfinished.id == sid
    finally:
        rig.store.close()


def test_every_set_saved_before_the_crash_resumes_to_the_summary(
    qtbot: QtBot, data_dir: Path
) -> None:
    sid = crash_after(qtbot, data_dir, 5 + 45 + 60 + 45 - 0.25)
    # The crash came between the last set's save and the session's end: simulate by
    # saving set 2's state as the engine had it.
    clock = FakeClock()
    store = open_store(data_dir, clock)
    rig0 = make_rig(qtbot, data_dir / "other", clock=clock)
    rig0.runner.load("iso-5x5")
    rig0.key(K.Key_Space)
    rig0.advance(5 + 45 + 60 + 45)
    run0 = rig0.runner.run
    assert run0 is not None
    finished_state = run0.state_json()
    rig0.runner.shutdown()
    rig0.store.close()
    state = finished_state  # snapshot of a finished engine of the same timeline
    store.sessions.save_state(sid, state)
    store.close()

    rig = second_start(qtbot, data_dir)
    try:
        record = rig.store.sessions.unfinished()
        assert record is not None
        rig.runner.resume(record)
        assert rig.runner.on_summary()
        assert rig.store.sessions.get(sid).status is SessionStatus.COMPLETED
    finally:
        rig.store.close()


def test_a_session_whose_template_is_gone_can_only_be_discarded(
    qtbot: QtBot, data_dir: Path
) -> None:
    clock = FakeClock()
    store = open_store(data_dir, clock)
    rec = store.sessions.start(
        SessionRecord(template_id="my-deleted", started_at=clock.now(), affected_side=Side.LEFT)
    )
    store.close()
    rig = second_start(qtbot, data_dir)
    try:
        seen: list[ResumeDialog] = []

        def look(dialog: ResumeDialog) -> None:
            seen.append(dialog)
            dialog.discard_button.click()

        assert ask_resume(rig.runner, rig.state, exec_dialog=look) is None
        assert seen[0].resume_button is None
        assert not seen[0].offer.can_resume
        assert "my-deleted" in (seen[0].offer.problem or "")
        # It held no set, so discarding deletes it: it is never counted as a session.
        assert rec.id is not None
        assert rig.store.sessions.list() == []
    finally:
        rig.store.close()


def test_started_but_no_set_saved_resumes_from_the_lead_in(qtbot: QtBot, data_dir: Path) -> None:
    sid = crash_after(qtbot, data_dir, 3)
    rig = second_start(qtbot, data_dir)
    try:
        record = rig.store.sessions.unfinished()
        assert record is not None
        assert record.id == sid
        rig.runner.resume(replace(record))
        eng = rig.engine
        assert eng.state is EngineState.PAUSED
        assert eng.phase_index == 0
        rig.key(K.Key_Space)
        rig.advance(155)
        assert rig.store.sessions.get(sid).status is SessionStatus.COMPLETED
        assert len(rig.store.sessions.sets(sid)) == 2
    finally:
        rig.runner.shutdown()
        rig.store.close()


def test_a_malformed_saved_state_is_offered_for_discarding(qtbot: QtBot, data_dir: Path) -> None:
    """`"state": []` in the saved state once made every start exit with a TypeError."""
    sid = crash_after(qtbot, data_dir, 5 + 45 + 1)  # set 1 saved
    store = open_store(data_dir, FakeClock())
    state = json.loads(store.sessions.get(sid).engine_state)
    state["state"] = []
    store.sessions.save_state(sid, json.dumps(state))
    store.close()
    rig = second_start(qtbot, data_dir)
    try:
        seen: list[ResumeDialog] = []

        def look(dialog: ResumeDialog) -> None:
            seen.append(dialog)
            dialog.discard_button.click()

        assert ask_resume(rig.runner, rig.state, exec_dialog=look) is None
        assert seen[0].resume_button is None
        assert "cannot be resumed" in seen[0].findChild(QLabel).text()
        assert rig.store.sessions.unfinished() is None
        assert rig.store.sessions.get(sid).status is SessionStatus.ENDED_EARLY
        assert len(rig.store.sessions.sets(sid)) == 1  # its saved set stays saved
    finally:
        rig.store.close()
