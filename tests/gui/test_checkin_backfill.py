"""Issue 15, items 9 and 10 on the check-in form: the time a check-in gets (back-filled or
picked), one morning and one evening a day unless the user says "replace", and a red flag's
warning that moves nothing under the pointer."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.model import PainSlot, RedFlag, Settings
from phtcoach.storage.repository import Store
from phtcoach.ui.diary_screen import DiaryScreen
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, morning, show
from tests.gui.diary_helpers import checkin_form as make
from tests.gui.modal import when_modal
from tests.gui.state_helpers import make_state
from tests.records import at

pytestmark = QT_NOISE
ALT = Qt.KeyboardModifier.AltModifier
YESTERDAY = TODAY - timedelta(days=1)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)  # Monday 07:00 UTC


def answer(qtbot: QtBot, button: Qt.Key, seen: list[str]) -> None:
    """Press `button`'s key on the next question box, noting what it asked."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        qtbot.keyClick(box, button)

    when_modal(QMessageBox, act)


@pytest.mark.parametrize(
    ("slot_key", "slot", "hh", "mm"),
    [("m", PainSlot.MORNING, 7, 30), ("v", PainSlot.EVENING, 20, 15)],
)
def test_a_back_filled_check_in_takes_the_slots_reminder_time_not_the_clock(
    qtbot: QtBot, store: Store, clock: FakeClock, slot_key: str, slot: PainSlot, hh: int, mm: int
) -> None:
    store.settings.save(Settings(remind_morning="07:30", remind_evening="20:15"))
    form = make(qtbot, store, clock)
    form.set_day(YESTERDAY)
    key(qtbot, form, slot_key, ALT)
    qtbot.waitUntil(lambda: form.slot() is slot)
    form.focus_first()
    keys(qtbot, form, "4")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.local_date, row.slot) == (YESTERDAY, slot)
    assert row.recorded_at == at(YESTERDAY, hh, mm)


def test_a_back_filled_morning_with_its_reminder_off_takes_the_default_morning_time(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(remind_morning=""))
    form = make(qtbot, store, clock)
    form.set_day(YESTERDAY)
    keys(qtbot, form, "2")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert row.recorded_at == at(YESTERDAY, 8)  # Settings' default morning reminder


def test_other_time_has_a_keyboard_time_picker_that_sets_the_entrys_time(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    key(qtbot, form, "h", ALT)  # Ot&her time
    qtbot.waitUntil(lambda: form.slot() is PainSlot.OTHER)
    box = form.slot_buttons[PainSlot.OTHER]
    box.setFocus()
    key(qtbot, form, Qt.Key.Key_Tab)
    picker = form.time_edit
    assert focused(form) is picker  # reached from the keyboard, right after the slot
    assert picker.accessibleName()
    qtbot.keyClicks(picker, "1430")  # hours, then minutes: each section takes two digits
    assert (picker.time().hour(), picker.time().minute()) == (14, 30)
    form.focus_first()
    keys(qtbot, form, "3")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.slot, row.pain) == (PainSlot.OTHER, 3)
    assert row.recorded_at == at(TODAY, 14, 30)


def test_today_an_untouched_time_is_the_clocks_and_shown_is_saved(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    clock.advance(25 * 60)  # the form was open a while: the box follows the clock
    form.clock_timer.timeout.emit()  # the minute timer (armed on the app clock) came
    t = form.time_edit.time()
    shown = (t.hour(), t.minute())
    assert shown == (7, 25)
    keys(qtbot, form, "3")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.recorded_at.hour, row.recorded_at.minute) == shown  # what was shown is saved
    assert row.recorded_at == clock.now()


@pytest.mark.parametrize("slot", [PainSlot.MORNING, PainSlot.EVENING])
def test_a_second_check_in_in_the_same_slot_asks_and_yes_replaces_the_first(
    qtbot: QtBot, store: Store, clock: FakeClock, slot: PainSlot
) -> None:
    form = make(qtbot, store, clock)
    form.slot_buttons[slot].setChecked(True)
    keys(qtbot, form, "4")
    key(qtbot, form, Qt.Key.Key_Return)
    [first] = store.diary.pain_entries()
    saved: list[tuple[object, object]] = []
    form.saved.connect(lambda old, new: saved.append((old, new)))

    clock.advance(600)
    form.slot_buttons[slot].setChecked(True)
    form.focus_first()
    keys(qtbot, form, "6")
    seen: list[str] = []
    answer(qtbot, Qt.Key.Key_Y, seen)
    key(qtbot, form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(saved))
    assert seen and "Replace" in seen[0] and "pain 4/10" in seen[0]
    [row] = store.diary.pain_entries()  # replaced, not added
    assert (row.id, row.slot, row.pain) == (first.id, slot, 6)
    assert saved == [((first,), (row,))]  # an edit of the first: undo brings it back


@pytest.mark.parametrize("slot", [PainSlot.MORNING, PainSlot.EVENING])
def test_a_second_check_in_in_the_same_slot_answered_no_writes_nothing(
    qtbot: QtBot, store: Store, clock: FakeClock, slot: PainSlot
) -> None:
    form = make(qtbot, store, clock)
    form.slot_buttons[slot].setChecked(True)
    keys(qtbot, form, "4")
    key(qtbot, form, Qt.Key.Key_Return)
    before = store.diary.pain_entries()
    form.slot_buttons[slot].setChecked(True)
    form.focus_first()
    keys(qtbot, form, "6")
    seen: list[str] = []
    answer(qtbot, Qt.Key.Key_N, seen)
    key(qtbot, form, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen))
    assert store.diary.pain_entries() == before
    assert form.pain_scale.value() == 6  # what was typed stays, to save as another time
    assert "Not saved" in form.message.text()


def test_other_time_check_ins_are_never_questioned(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    for value in "23":
        form.slot_buttons[PainSlot.OTHER].setChecked(True)
        form.focus_first()
        keys(qtbot, form, value)
        key(qtbot, form, Qt.Key.Key_Return)
    assert [e.pain for e in store.diary.pain_entries()] == [2, 3]


def test_an_edit_moved_into_a_taken_slot_asks_and_undo_brings_both_back(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    clock.advance(12 * 3600)  # 19:00
    morning(store, TODAY, 3)
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(1280, 800)
    show(qtbot, screen)
    form = screen.checkin
    assert form.slot() is PainSlot.EVENING
    form.focus_first()
    keys(qtbot, form, "5")
    key(qtbot, form, Qt.Key.Key_Return)
    evening = next(e for e in store.diary.pain_entries() if e.slot is PainSlot.EVENING)
    form.edit(evening)
    form.slot_buttons[PainSlot.MORNING].setChecked(True)
    seen: list[str] = []
    answer(qtbot, Qt.Key.Key_Y, seen)
    form.save()
    [row] = store.diary.pain_entries()
    assert (row.id, row.slot, row.pain) == (evening.id, PainSlot.MORNING, 5)
    screen.undo.undo()
    after = sorted((e.slot, e.pain) for e in store.diary.pain_entries())
    assert after == [(PainSlot.EVENING, 5), (PainSlot.MORNING, 3)]


def window_pos(w: QWidget) -> QPoint:
    return w.mapTo(w.window(), QPoint(0, 0))


@pytest.mark.parametrize("width", [1280, 1920])
def test_ticking_a_red_flag_leaves_notes_and_save_where_they_were(
    qtbot: QtBot, store: Store, clock: FakeClock, width: int
) -> None:
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(width, 1000 if width == 1920 else 800)
    show(qtbot, screen)
    form = screen.checkin
    save, notes = form.save_button, form.notes
    before = (window_pos(save), save.size(), window_pos(notes), form.height())
    box = form.flag_boxes[RedFlag.NERVE_SYMPTOMS]
    box.setFocus()
    key(qtbot, form, Qt.Key.Key_Space)
    assert box.isChecked()
    assert form.flag_warning.isVisible()
    qtbot.wait(50)  # let any relayout happen before comparing
    assert (window_pos(save), save.size(), window_pos(notes), form.height()) == before
    warning = form.flag_warning
    assert warning.height() >= warning.heightForWidth(warning.width())  # not cut either
    box.setChecked(False)
    qtbot.wait(50)
    assert not form.flag_warning.isVisible()
    assert (window_pos(save), save.size(), window_pos(notes), form.height()) == before
