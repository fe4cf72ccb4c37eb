"""The runner driven by keyboard alone with a fake clock, checked against the database."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.core.engine import EngineState
from phtcoach.core.model import KG_PER_LB, SessionStatus, Settings, Units
from phtcoach.core.timeline import PhaseKind
from phtcoach.services.run_options import count_sets
from phtcoach.storage.errors import StorageError
from phtcoach.storage.repository import open_store
from phtcoach.ui.runner import RunnerWidget
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE, Rig, rig_fixture
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
K = Qt.Key


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def expected_cues(rig: Rig) -> list[tuple[str, str | None]]:
    run = rig.runner.run
    assert run is not None
    return [(c.sound.value, c.say) for c in run.timeline.cues]


def played(rig: Rig) -> list[tuple[str | None, str | None]]:
    return [(r.sound, r.say) for r in rig.player.requests]


# --------------------------------------------------------------------------- whole session


def test_whole_iso_5x5_session_by_keyboard(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    assert r.floor.next.text() == "Press Space to start"
    assert rig.store.sessions.list() == []  # nothing stored before Space

    rig.key(K.Key_Space)
    sid = rig.session_id
    assert rig.store.sessions.get(sid).status is SessionStatus.IN_PROGRESS
    assert rig.inhibitor.calls == ["inhibit"]
    assert rig.player.awake

    rig.advance(5 + 45)  # lead-in, then set 1 (5 holds of 5 s, 4 rests of 5 s)
    assert r.panel.is_open
    assert r.floor.word.text() == "REST"
    sets = rig.store.sessions.sets(sid)
    assert len(sets) == 1
    assert sets[0].pain_during is None
    rig.keys(K.Key_2, K.Key_5, K.Key_Return)
    assert not r.panel.is_open

    rig.advance(60 + 45)  # set rest, set 2
    assert r.run is not None
    assert r.run.finished
    assert r.panel.is_open  # the last set is rated on the done screen
    assert r.floor.word.text() == "SESSION DONE"
    rig.keys(K.Key_3, K.Key_T, K.Key_Return)  # T = 10
    assert r.on_summary()
    assert "2 of 2 sets" in r.summary.stats.text()
    rig.key(K.Key_1)  # pain after the session, saved at once

    rec = rig.store.sessions.get(sid)
    assert rec.status is SessionStatus.COMPLETED
    assert rec.pain_after == 1
    assert rec.ended_at is not None
    assert (rec.ended_at - rec.started_at).total_seconds() == pytest.approx(155.0)
    sets = rig.store.sessions.sets(sid)
    assert [s.set_no for s in sets] == [1, 2]
    assert all(s.performed_reps == 5 == s.planned_reps for s in sets)
    assert all(s.hold_s == (5.0,) * 5 for s in sets)
    assert [(s.pain_during, s.rpe) for s in sets] == [(2, 5), (3, 10)]
    assert (sets[0].ended_at - sets[0].started_at).total_seconds() == pytest.approx(45.0)
    assert (sets[1].started_at - rec.started_at).total_seconds() == pytest.approx(110.0)
    # Every cue of the timeline reached the player, in order, none dropped.
    assert played(rig) == expected_cues(rig)
    assert rig.inhibitor.calls == ["inhibit", "release"]
    assert not rig.player.awake

    with rig.qtbot.waitSignal(r.back_to_today, timeout=1000):
        rig.key(K.Key_Return)


def test_idle_screen_shows_template_length_and_first_phase(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    assert r.floor.word.text() == "Bridge holds 5 x 5 s, 2 sets"
    assert r.floor.countdown.text() == "2:35"
    assert "first: get ready 5 s, then hold 5 s" in r.floor.info.text()
    assert "2 sets" in r.floor.info.text()
    assert r.run is not None
    assert r.run.engine.state is EngineState.IDLE


def test_enter_does_nothing_without_a_rating_open(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Return)  # before the start
    assert rig.store.sessions.list() == []
    rig.key(K.Key_Space)
    rig.advance(7)  # into the first hold
    before = (rig.engine.state, rig.engine.phase_index, rig.engine.phase_remaining)
    rig.keys(K.Key_Return, K.Key_Enter)
    assert (rig.engine.state, rig.engine.phase_index, rig.engine.phase_remaining) == before
    assert not r.panel.is_open
    assert rig.store.sessions.sets(rig.session_id) == []


def test_digits_do_nothing_without_a_rating_open(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(7)
    rig.keys(K.Key_4, K.Key_T)
    rig.advance(43)  # set 1 ends
    rec = rig.store.sessions.sets(rig.session_id)[0]
    assert rec.pain_during is None
    assert rec.rpe is None


# --------------------------------------------------------------------------- controls


def test_pause_stops_time_and_cues(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(7)  # 2 s into hold 1
    rig.key(K.Key_Space)
    assert rig.engine.state is EngineState.PAUSED
    assert r.floor.word.text() == "PAUSED"
    assert r.floor.next.text() == "Press Space to resume"
    assert r.scheduler is not None
    assert r.scheduler.armed_ms is None
    assert not r.scheduler.display_active
    heard = len(rig.player.requests)
    remaining = rig.engine.phase_remaining
    rig.advance(30)
    assert len(rig.player.requests) == heard
    assert rig.engine.phase_remaining == remaining
    assert rig.engine.phase_index == 1
    rig.key(K.Key_Space)
    assert rig.engine.state is EngineState.RUNNING
    assert r.floor.word.text() == "HOLD"
    rig.advance(43)
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[0].hold_s == (5.0,) * 5
    assert played(rig) == expected_cues(rig)[: len(rig.player.requests)]


def test_skip_and_back_with_arrows_and_presenter_keys(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.key(K.Key_Right)  # skip the lead-in
    assert rig.engine.current_phase is not None
    assert rig.engine.current_phase.kind is PhaseKind.HOLD
    rig.advance(2)
    rig.key(K.Key_PageDown)  # a presenter clicker: skip the rest of hold 1 (2 s held)
    assert rig.engine.current_phase.kind is PhaseKind.REST
    rig.key(K.Key_Left)  # within 2 s of the rest's start: back into hold 1, from its start
    assert rig.engine.phase_index == 1
    assert r.floor.word.text() == "HOLD"
    rig.advance(3)
    rig.key(K.Key_PageUp)  # more than 2 s in: restarts hold 1
    assert rig.engine.phase_index == 1
    assert rig.engine.phase_elapsed == 0
    rig.advance(45)
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[0].hold_s == (5.0,) * 5


def test_a_skipped_hold_is_recorded_as_skipped_not_as_a_rep(rig: Rig) -> None:
    """Bug: skipping holds with Right recorded "5 reps (0.66, 0.32 ... s)"."""
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5 + 3)
    rig.key(K.Key_Right)  # hold 1 cut after 3 s
    rig.advance(5 + 40)
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[0].hold_s == (5.0, 5.0, 5.0, 5.0)
    assert sets[0].performed_reps == 4


def test_skipping_every_hold_is_no_work_and_can_be_discarded(rig: Rig) -> None:
    """Bug: a session with every hold skipped said "Session complete" and counted."""
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    for _ in range(60):
        if r.on_summary():
            break
        rig.key(K.Key_Right)
        rig.advance(0.5)
    assert r.on_summary()
    assert r.summary.title.text() == "No work recorded"
    assert rig.store.sessions.sets(rig.session_id) == []
    assert r.summary.discard_button.isVisible()
    rig.key(K.Key_D)
    assert rig.store.sessions.list() == []


def test_plus_and_minus_ten_seconds(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5 + 1)
    rig.key(K.Key_Plus)  # hold 1: 5 s -> 15 s
    assert rig.engine.phase_duration == 15.0
    assert r.floor.countdown.text() == "14"
    rig.advance(14 + 5 + 1)  # the rest of hold 1, rest 1, 1 s into hold 2
    rig.key(K.Key_Minus)  # cut more than is left: hold 2 ends now
    assert rig.engine.current_phase is not None
    assert rig.engine.current_phase.kind is PhaseKind.REST
    rig.advance(5 + 1)
    rig.key(K.Key_Equal)  # '=' is '+' without Shift; hold 3 -> 15 s
    rig.key(K.Key_Minus)  # and back to 5 s
    assert rig.engine.phase_duration == 5.0
    rig.advance(4 + 5)
    rig.key(K.Key_Plus, Qt.KeyboardModifier.ShiftModifier)  # Shift+'=' on a US keyboard
    assert rig.engine.phase_duration == 15.0
    rig.advance(15 + 5 + 5)
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[0].hold_s == (15.0, 1.0, 5.0, 15.0, 5.0)


def test_restart_set_discards_its_reps(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5 + 10 + 2)  # two reps and 2 s of the third
    rig.key(K.Key_R)
    assert rig.engine.phase_index == 1
    assert rig.engine.phase_elapsed == 0
    rig.advance(45)
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == 1
    assert sets[0].hold_s == (5.0,) * 5
    assert (sets[0].ended_at - sets[0].started_at).total_seconds() == pytest.approx(45.0)


def test_end_early_with_esc_saves_the_partial_set(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5 + 5 + 5 + 2.5)  # 2.5 s into hold 2
    rig.key(K.Key_Escape)
    dialog = r.end_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert rig.engine.state is EngineState.PAUSED  # time stops while deciding
    rig.activate(dialog)
    rig.qtbot.keyClick(dialog, K.Key_Return)  # Enter = keep going
    assert r.end_dialog is None
    assert rig.engine.state is EngineState.RUNNING
    assert rig.store.sessions.sets(rig.session_id) == []

    rig.activate(r)
    rig.key(K.Key_Escape)
    dialog = r.end_dialog
    assert dialog is not None
    end = next(b for b in dialog.buttons() if b.text() == "End session")
    end.click()
    rec = rig.store.sessions.get(rig.session_id)
    assert rec.status is SessionStatus.ENDED_EARLY
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == 1
    assert sets[0].hold_s == (5.0, 2.5)
    assert sets[0].performed_reps == 2
    assert sets[0].planned_reps == 5
    assert r.panel.is_open  # the partial set can still be rated
    assert r.floor.word.text() == "ENDED EARLY"
    rig.activate(r)
    rig.keys(K.Key_4, K.Key_3, K.Key_Return)
    assert r.on_summary()
    assert rig.store.sessions.sets(rig.session_id)[0].pain_during == 4


def test_esc_before_start_goes_back_without_asking(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    with rig.qtbot.waitSignal(rig.runner.back_to_today, timeout=1000):
        rig.key(K.Key_Escape)
    assert rig.runner.end_dialog is None
    assert rig.store.sessions.list() == []
    assert not rig.player.awake


# --------------------------------------------------------------------------- rating


def test_rating_prefills_from_the_previous_set_and_edits_what_was_done(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    assert r.panel.pain.value() is None
    assert r.panel.rpe.value() is None
    assert r.panel.reps.value() == 5
    assert r.panel.hold.value() == 5.0
    rig.keys(K.Key_1, K.Key_6, K.Key_Return)
    rig.advance(60 + 45)
    # Prefilled from set 1: one key confirms.
    assert (r.panel.pain.value(), r.panel.rpe.value()) == (1, 6)
    r.panel.reps.setFocus()
    r.panel.reps.selectAll()
    rig.qtbot.keyClicks(r.panel.reps, "4")  # digits typed into a field stay there
    assert r.panel.reps.text() == "4"
    assert (r.panel.pain.value(), r.panel.rpe.value()) == (1, 6)
    rig.qtbot.keyClick(r.panel.reps, K.Key_Return)  # Enter from the field saves
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[1].performed_reps == 4
    assert sets[1].hold_s == (5.0,) * 4
    assert (sets[1].pain_during, sets[1].rpe) == (1, 6)


def test_unrated_set_stays_saved_when_the_next_set_starts(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    assert r.panel.is_open
    rig.key(K.Key_2)  # started rating, never confirmed
    rig.advance(60)
    assert not r.panel.is_open  # the next set began: the floor is clear again
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == 1
    assert sets[0].pain_during is None
    assert sets[0].hold_s == (5.0,) * 5


def test_pain_above_the_ceiling_steps_the_next_set_down(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.key(K.Key_4)  # above the default ceiling of 3, not above 5
    text = r.panel.message.text()
    assert "4/10" in text
    assert "ceiling of 3/10" in text
    assert "Shorter hold: 5 → 4 s (rule 1: pain 4/10 above your ceiling of 3/10)." in text
    assert r.panel.save_button.text() == "Save and step down (Enter)"
    rig.keys(K.Key_5, K.Key_Return)
    assert (
        r.floor.notice.text()
        == "Shorter hold: 5 → 4 s (rule 1: pain 4/10 above your ceiling of 3/10)"
    )
    assert rig.engine.current_phase is not None
    assert rig.engine.current_phase.kind is PhaseKind.SET_REST
    rig.advance(60 + 5 * 4 + 4 * 5)
    run = r.run
    assert run is not None
    assert run.finished
    sets = rig.store.sessions.sets(rig.session_id)
    assert sets[1].hold_s == (4.0,) * 5
    state = json.loads(rig.store.sessions.get(rig.session_id).engine_state)
    assert state["runner"]["steps"] == [{"block": 0, "kind": "hold", "side": 0, "set": 2}]
    assert state["runner"]["step_downs"] == {}


def test_an_eccentric_steps_down_by_one_set_and_keeps_its_tempo(rig: Rig) -> None:
    r = rig.runner
    r.load("eccentric-10s")
    run = r.run
    assert run is not None
    d = run.template.blocks[0].dosage
    rig.key(K.Key_Space)
    first_set_end = next(
        p.end_s for i, p in enumerate(run.timeline.phases) if run.timeline.ends_set(i)
    )
    rig.advance(first_set_end + 1, step=1.0)
    assert r.panel.title.text().startswith(f"Set 1/{d.sets} saved")
    rig.key(K.Key_5)
    fewer = f"One set fewer: {d.sets} → {d.sets - 1} sets"
    reason = "(rule 1: pain 5/10 above your ceiling of 3/10)"
    assert f"{fewer} {reason}." in r.panel.message.text()
    phase = rig.engine.phase_index
    rig.key(K.Key_Return)
    assert r.floor.notice.text() == f"{fewer} {reason}"
    assert rig.engine.phase_index == phase  # the same rest, the same second
    assert rig.engine.current_phase.kind is PhaseKind.SET_REST
    assert f"Set 1/{d.sets - 1} done" in r.floor.info.text()
    state = json.loads(rig.store.sessions.get(rig.session_id).engine_state)
    assert state["runner"]["steps"] == [{"block": 0, "kind": "set", "side": 0, "set": 2}]
    rig.advance(round(rig.engine.remaining_s) + 1, step=1.0)
    run = r.run
    assert run is not None
    assert run.finished
    assert r.panel.title.text().startswith(f"Set {d.sets - 1}/{d.sets - 1} saved")
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == d.sets - 1
    assert {s.tempo for s in sets} == {"2-1-10-2"}
    assert run.template.blocks[0].dosage.down_s == d.down_s


def test_pain_above_the_ceiling_can_keep_the_plan(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.keys(K.Key_5, K.Key_5)
    assert r.panel.alt_button.isVisible()
    rig.key(K.Key_K)  # keep the plan
    assert not r.panel.is_open
    rig.advance(60 + 45)
    assert rig.store.sessions.sets(rig.session_id)[1].hold_s == (5.0,) * 5


def test_pain_above_five_offers_end_or_step_down(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.key(K.Key_7)
    assert "7/10 is above 5/10" in r.panel.message.text()
    assert r.panel.save_button.text() == "Save and end session (Enter)"
    assert r.panel.alt_button.text() == "Step down instead (S)"
    rig.key(K.Key_Return)
    rec = rig.store.sessions.get(rig.session_id)
    assert rec.status is SessionStatus.ENDED_EARLY
    assert rig.store.sessions.sets(rig.session_id)[0].pain_during == 7
    assert r.on_summary()


def test_pain_above_five_step_down_key(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.keys(K.Key_6, K.Key_S)
    assert not r.panel.is_open
    run = r.run
    assert run is not None
    assert not run.finished
    assert run.template.blocks[0].dosage.hold_s == 4.0


# --------------------------------------------------------------------------- sound and display


def test_stale_cues_after_a_stall_are_not_played(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5)
    before = len(rig.player.requests)
    rig.clock.advance(12)  # the machine stalled for 12 s
    sched = rig.runner.scheduler
    assert sched is not None
    sched.poll()
    fresh = rig.player.requests[before:]
    assert all(req.late_s <= 1.0 for req in fresh)
    assert len(fresh) < 5  # most of the 12 s of cues were dropped, not played in a burst


def test_flash_follows_the_setting(qtbot: QtBot, data_dir: Path) -> None:
    for flash in (True, False):
        gen = rig_fixture(qtbot, data_dir / str(flash), settings=Settings(flash=flash))
        assert isinstance(gen, Generator)
        r = next(gen)
        r.runner.load("iso-5x5")
        r.key(K.Key_Space)
        assert r.runner.floor.band.flashing is flash
        gen.close()


def test_countdown_and_phase_word_sizes_at_1280x720(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(6)
    rig.qtbot.wait(10)
    h = r.height()
    assert h == 720
    assert r.floor.countdown.font().pixelSize() >= h / 3
    assert r.floor.word.font().pixelSize() >= h / 10
    assert r.floor.countdown.font().pixelSize() > r.floor.word.font().pixelSize()
    assert r.floor.word.font().pixelSize() > r.floor.info.font().pixelSize()
    assert r.floor.info.font().pixelSize() > r.floor.next.font().pixelSize()
    assert r.floor.countdown.height() >= r.floor.countdown.fontMetrics().ascent()
    assert r.floor.progress.width() >= r.width() * 0.9
    r.resize(1920, 1080)
    rig.qtbot.wait(10)
    assert r.floor.countdown.font().pixelSize() >= 1080 / 3


def test_phase_announcements_change_at_phase_changes_only(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(5.5)
    desc = r.floor.word.accessibleDescription()
    assert r.floor.word.accessibleName() == "HOLD"
    assert desc.startswith("Hold, 5 seconds. Set 1/2 · Rep 1/5 · Left")
    rig.advance(3)
    assert r.floor.countdown.text() == "2"
    assert r.floor.word.accessibleDescription() == desc
    rig.advance(1.5)
    assert r.floor.word.accessibleName() == "REST"


def test_every_control_has_an_accessible_name(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    controls = [*r.findChildren(QPushButton), *r.findChildren(QAbstractSpinBox)]
    assert len(controls) > 25
    unnamed = [c.text() for c in r.findChildren(QPushButton) if not c.accessibleName()]
    unnamed += [
        type(c).__name__ for c in r.findChildren(QAbstractSpinBox) if not c.accessibleName()
    ]
    assert unnamed == []
    assert r.floor.progress.accessibleName()


def test_audio_and_inhibit_notices_are_shown(qtbot: QtBot, data_dir: Path) -> None:
    gen = rig_fixture(qtbot, data_dir)
    assert isinstance(gen, Generator)
    rig = next(gen)
    rig.inhibitor.refuse = "no D-Bus session bus"
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    assert (
        "Screen saver could not be paused: no D-Bus session bus" in rig.runner.floor.notice.text()
    )
    assert rig.runner.floor.notice.isVisible()
    gen.close()


def test_f11_toggles_full_screen(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_F11)
    assert rig.runner.window().isFullScreen()
    rig.key(K.Key_F11)
    assert not rig.runner.window().isFullScreen()


def test_audio_status_changes_show_as_a_notice(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    listener = rig.player._listener
    assert listener is not None
    listener(False, "No audio output found: visual cues only")
    assert rig.runner.floor.notice.text() == "No audio output found: visual cues only"
    listener(True, "")
    assert rig.runner.floor.notice.text() == ""
    assert not rig.runner.floor.notice.isVisible()


def test_keep_awake_is_asked_once_per_session(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(155)
    awake = [c[1] for c in rig.player.calls if c[0] == "keep_awake"]
    assert awake == [(True,), (False,)]


@pytest.mark.parametrize(
    "template_id", ["iso-circuit", "hsr-5-5", "eccentric-10s-loaded", "plyo-2", "walk-run-1"]
)
def test_every_kind_of_session_runs_to_the_end(rig: Rig, template_id: str) -> None:
    """Tempo, eccentric with load, switching sides, timed work, walk-run: all sets saved
    with their side, tempo and load, every cue played in order."""
    r = rig.runner
    r.load(template_id)
    rig.key(K.Key_Space)
    run = r.run
    assert run is not None
    rig.advance(run.timeline.total_s, step=1.0)
    assert run.finished
    rec = rig.store.sessions.get(rig.session_id)
    assert rec.status is SessionStatus.COMPLETED
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == count_sets(run.timeline)
    for s in sets:
        block = run.timeline.blocks[s.block_index]
        assert s.side in block.sides
        assert s.tempo == block.tempo
        assert s.load_kg == block.load_kg
        assert s.performed_reps == s.planned_reps == block.reps
    assert played(rig) == expected_cues(rig)


def test_a_failed_write_is_kept_retried_and_never_lost(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: a set whose write failed (disk full for a few seconds) was lost for good and the
    session ended "completed" with 3 of 4 sets. Now it waits in a queue shown on screen,
    is retried at the next set boundary, and both sets end up saved."""
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)

    def full(*_args: object) -> object:
        raise StorageError("/data/phtcoach.sqlite3", "database or disk is full")

    monkeypatch.setattr(rig.store.sessions, "add_set_and_state", full)
    rig.advance(50)
    notice = r.floor.notice.text()
    assert "1 set not saved yet" in notice
    assert "database or disk is full" in notice
    assert not r.panel.is_open
    assert rig.engine.state is EngineState.RUNNING  # the person mid-hold is not stranded
    monkeypatch.undo()
    rig.advance(105)
    assert [s.set_no for s in rig.store.sessions.sets(rig.session_id)] == [1, 2]
    assert rig.store.sessions.get(rig.session_id).status is SessionStatus.COMPLETED
    assert "not saved" not in r.floor.notice.text()


def test_a_session_cannot_complete_while_a_set_is_unsaved(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)

    def full(*_args: object) -> object:
        raise StorageError("/data/phtcoach.sqlite3", "database or disk is full")

    rig.advance(50)  # set 1 saved
    monkeypatch.setattr(rig.store.sessions, "add_set_and_state", full)
    rig.advance(105)  # set 2 ends while the disk is full: the engine is done
    assert rig.engine.state is EngineState.FINISHED
    assert rig.store.sessions.get(rig.session_id).status is SessionStatus.IN_PROGRESS
    assert [s.set_no for s in rig.store.sessions.sets(rig.session_id)] == [1]
    monkeypatch.undo()
    r.retry_pending()  # what the retry timer does every few seconds
    assert [s.set_no for s in rig.store.sessions.sets(rig.session_id)] == [1, 2]
    assert rig.store.sessions.get(rig.session_id).status is SessionStatus.COMPLETED


def test_a_failed_start_is_a_message_not_a_frozen_runner(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: the engine started before the session record existed; when that write failed
    the runner sat frozen and Space 30 s later jumped six phases ahead."""
    r = rig.runner
    r.load("iso-5x5")

    def full(*_args: object) -> object:
        raise StorageError("/data/phtcoach.sqlite3", "database or disk is full")

    monkeypatch.setattr(rig.store.sessions, "start", full)
    rig.key(K.Key_Space)
    assert "Could not start the session" in r.floor.notice.text()
    assert rig.engine.state is EngineState.IDLE
    assert not r.is_active()
    rig.advance(30)
    monkeypatch.undo()
    rig.key(K.Key_Space)
    assert rig.engine.state is EngineState.RUNNING
    assert rig.engine.phase_index == 0  # from the start, not six phases on
    assert rig.store.sessions.list()[0].status is SessionStatus.IN_PROGRESS


def test_esc_on_the_done_screen_leaves_the_last_set_unrated(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(155)
    assert r.panel.is_open
    rig.key(K.Key_Escape)
    assert r.on_summary()
    sets = rig.store.sessions.sets(rig.session_id)
    assert len(sets) == 2
    assert sets[1].pain_during is None


def test_load_is_shown_and_edited_in_the_users_units(qtbot: QtBot, data_dir: Path) -> None:
    gen = rig_fixture(qtbot, data_dir, settings=Settings(units=Units.LB, lead_in_s=0))
    assert isinstance(gen, Generator)
    rig = next(gen)
    r = rig.runner
    r.load("eccentric-10s-loaded")
    rig.key(K.Key_Space)
    run = r.run
    assert run is not None
    first_set_end = next(
        p.end_s for i, p in enumerate(run.timeline.phases) if run.timeline.ends_set(i)
    )
    rig.advance(first_set_end + 1, step=1.0)
    kg = run.timeline.blocks[0].load_kg
    assert kg > 0
    assert f"{round(kg / KG_PER_LB, 1):g} lb" in r.floor.info.text()  # beside the set line
    assert r.panel.load.suffix() == " lb"
    assert r.panel.load.value() == pytest.approx(round(kg / KG_PER_LB, 1))
    r.panel.load.setValue(22.0)
    rig.keys(K.Key_1, K.Key_2, K.Key_Return)
    saved = rig.store.sessions.sets(rig.session_id)[0]
    assert saved.load_kg == pytest.approx(22.0 * KG_PER_LB, abs=1e-3)
    gen.close()


def test_session_keys_work_without_an_active_window(rig: Rig) -> None:
    """No window manager (a kiosk, Xvfb): window shortcuts stay silent, key events still
    arrive at the focused runner."""
    r = rig.runner
    r.load("iso-5x5")

    def press(key: Qt.Key) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(r, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    press(K.Key_Space)
    assert rig.engine.state is EngineState.RUNNING
    press(K.Key_PageDown)
    assert rig.engine.phase_index == 1
    press(K.Key_Space)
    assert rig.engine.state is EngineState.PAUSED


def test_a_window_action_on_f11_takes_the_key(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    store = open_store(data_dir, clock, auto_backup=False)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        runner = RunnerWidget(make_state(store, clock), NullCuePlayer())
        window.setCentralWidget(runner)
        hits: list[bool] = []
        action = QAction("Full screen", window)
        action.setShortcut(QKeySequence("F11"))
        action.triggered.connect(lambda: hits.append(True))
        window.addAction(action)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        runner.load("iso-5x5")
        qtbot.keyClick(runner, K.Key_F11)
        assert hits == [True]  # once: not ambiguous, not doubled by the runner
        qtbot.keyClick(runner, K.Key_Space)
        run = runner.run
        assert run is not None
        assert run.started
        runner.shutdown()
    finally:
        store.close()
