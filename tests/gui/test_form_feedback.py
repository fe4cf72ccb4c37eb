"""Feedback that stays true (issue 15, items 6 and 7).

A status message goes when what it describes changes: the entry deleted or undone, another
day, the form edited again, another form shown. A number typed out of range is named with
the field and its range, never clamped or cut to fewer digits, and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.audio.devices import OutputList
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.activity_form import ActivityForm
from phtcoach.ui.diary_screen import DiaryScreen
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.settings_page import SettingsPage
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW + timedelta(hours=12))  # 19:00: the check-in is an evening one


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def diary(qtbot: QtBot, store: Store, clock: FakeClock) -> DiaryScreen:
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(1280, 720)
    show(qtbot, screen)
    return screen


def in_view(widget: QWidget, window: QWidget) -> bool:
    """Whether all of `widget` is inside `window` and not scrolled away in a scroll area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    if not window.rect().contains(QRect(top_left, widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        corner = widget.mapTo(parent, QPoint(0, 0))
        if not parent.rect().intersects(QRect(corner, widget.size())):
            return False
        parent = parent.parentWidget()
    return True


# --------------------------------------------------------------------------- item 6


def test_saved_check_in_message_goes_when_that_entry_is_deleted(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = diary(qtbot, store, clock)
    screen.checkin.focus_first()
    keys(qtbot, screen, "5")
    key(qtbot, screen, Qt.Key.Key_Return)
    message = screen.checkin.message
    assert message.isVisible() and "Saved: evening 5/10" in message.text()
    screen.entry_list.setCurrentRow(0)
    screen.delete_selected()
    assert store.diary.pain_entries() == []
    assert not message.isVisible()
    assert message.text() == ""


def test_saved_message_goes_when_the_save_is_undone(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = diary(qtbot, store, clock)
    screen.tabs.setCurrentIndex(1)
    screen.activity_form.save()
    assert screen.activity_form.message.isVisible()
    screen.entry_list.setFocus()
    key(qtbot, screen, "z", CTRL)
    assert store.diary.activities() == []
    assert not screen.activity_form.message.isVisible()


def test_saved_measures_message_goes_when_the_day_changes(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = diary(qtbot, store, clock)
    screen.tabs.setCurrentIndex(2)
    form = screen.measure_form
    form.fields[next(iter(form.fields))].setText("20")
    form.save()
    assert form.message.isVisible() and "Saved:" in form.message.text()
    screen.step_day(-1)
    assert form.day() == TODAY - timedelta(days=1)
    assert not form.message.isVisible()


def test_saved_message_goes_when_the_form_is_edited_or_another_form_shown(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = diary(qtbot, store, clock)
    screen.tabs.setCurrentIndex(1)
    form = screen.activity_form
    form.save()
    assert form.message.isVisible()
    form.notes.setFocus()
    keys(qtbot, screen, "x")
    assert not form.message.isVisible()  # a new entry is being typed: "Saved" was the last
    form.reset()
    form.save()
    assert form.message.isVisible()
    screen.tabs.setCurrentIndex(2)
    screen.tabs.setCurrentIndex(1)
    assert not form.message.isVisible()


def test_settings_saved_note_is_in_view_at_1280_by_720_and_goes_on_the_next_edit(
    qtbot: QtBot, data_dir: Path
) -> None:
    ctx = open_context(data_dir, FakeClock())
    try:
        window = MainWindow(AppState(ctx.services), NullCuePlayer())
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("settings")
        page = window.settings_page
        page.ask = lambda _parent: QMessageBox.StandardButton.Discard  # never a modal here
        page.volume.setValue(33)
        page.save_button.click()
        assert page.message.text().endswith("Saved.")
        assert in_view(page.message, window)
        page.volume.setValue(34)
        assert not page.message.isVisible()  # the page has unsaved edits again
    finally:
        ctx.close()


# --------------------------------------------------------------------------- item 7


def activity(qtbot: QtBot, store: Store, clock: FakeClock) -> ActivityForm:
    form = ActivityForm(make_state(store, clock))
    show(qtbot, form)
    return form


def type_into(qtbot: QtBot, form: QWidget, box: QWidget, text: str) -> None:
    box.setFocus()
    key(qtbot, form, "a", CTRL)
    keys(qtbot, form, text)


def test_2000_minutes_is_named_with_its_range_and_nothing_is_saved(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = activity(qtbot, store, clock)
    type_into(qtbot, form, form.minutes, "2000")
    wanted = "Minutes: 2000 is not allowed (a number from 1 to 1440)."
    assert wanted in form.message.text()  # at once, beside Save
    assert form.message.is_error() and form.message.isVisible()
    key(qtbot, form, Qt.Key.Key_Return)
    assert store.diary.activities() == []
    assert form.minutes.lineEdit().text().startswith("2000")  # not 200, not 1440
    assert wanted in form.message.text()
    form.save_button.click()
    key(qtbot, form, Qt.Key.Key_Tab)
    assert store.diary.activities() == []
    assert form.minutes.lineEdit().text().startswith("2000")
    type_into(qtbot, form, form.minutes, "45")
    assert not form.message.isVisible()  # fixed: the message goes
    key(qtbot, form, Qt.Key.Key_Return)
    [saved] = store.diary.activities()
    assert saved.minutes == 45


@pytest.mark.parametrize(
    ("box", "typed", "wanted"),
    [
        ("hours_sitting", "30", "Hours sitting: 30 is not allowed (a number from 0 to 24)."),
        ("distance", "5000", "Distance (km): 5000 is not allowed (a number from 0 to 1000)."),
        ("minutes", "0", "Minutes: 0 is not allowed (a number from 1 to 1440)."),
    ],
)
def test_every_number_box_on_the_activity_form_names_its_range(
    qtbot: QtBot, store: Store, clock: FakeClock, box: str, typed: str, wanted: str
) -> None:
    form = activity(qtbot, store, clock)
    type_into(qtbot, form, getattr(form, box), typed)
    assert wanted in form.message.text()
    assert form.save() is None
    assert store.diary.activities() == []


def test_eleven_on_the_pain_scale_is_named_not_turned_into_one(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = activity(qtbot, store, clock)
    scale = form.pain_during
    scale._monotonic = lambda: 100.0  # both keys within the "10" window
    scale.setFocus()
    keys(qtbot, form, "11")
    assert scale.value() is None  # not 1
    wanted = "Pain during: 11 is not allowed (a number from 0 to 10)."
    assert scale.input_problem() == wanted
    assert wanted in scale._status.text()
    assert wanted in form.message.text()
    key(qtbot, form, Qt.Key.Key_Return)
    assert store.diary.activities() == []  # not saved as "not rated" either
    scale._monotonic = lambda: 200.0
    keys(qtbot, form, "4")
    assert scale.value() == 4 and scale.input_problem() is None
    assert not form.message.isVisible()
    assert focused(form) is scale.button(4)


class SoundingPlayer(NullCuePlayer):
    """A player with a working output (the sound test then speaks about the volume)."""

    @property
    def available(self) -> bool:
        return True


def test_sound_test_words_go_with_the_volume_they_were_about(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    page = SettingsPage(make_state(store, clock), SoundingPlayer(), outputs=OutputList(list))
    qtbot.addWidget(page)
    page.volume.setValue(0)
    page.sound.test_button.click()
    assert "volume is 0" in page.sound.test_message.text()
    page.volume.setValue(50)
    assert page.sound.test_message.isHidden()
    page.sound.test_button.click()
    assert "Playing" in page.sound.test_message.text()
    page.sound._restore.timeout.emit()  # the tone has played
    assert page.sound.test_message.isHidden()
