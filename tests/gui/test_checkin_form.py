"""The check-in form, driven by the keyboard only; assertions read the database back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.core.model import MorningTest, PainSlot, RedFlag, Settings
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.checkin_time import default_slot
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys, show
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock)
    yield s
    s.close()


def make(qtbot: QtBot, store: Store, clock: FakeClock, **kw: object) -> CheckInForm:
    form = CheckInForm(make_state(store, clock), **kw)  # type: ignore[arg-type]
    show(qtbot, form)
    form.focus_first()
    return form


def test_digits_tab_and_enter_save_a_morning_check_in(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(morning_test=MorningTest.SHOE_PULL))
    form = make(qtbot, store, clock)
    assert form.slot() is PainSlot.MORNING  # 07:00 local
    saved: list[tuple[object, object]] = []
    form.saved.connect(lambda old, new: saved.append((old, new)))
    key(qtbot, form, "3")
    key(qtbot, form, Qt.Key.Key_Tab)
    assert focused(form) is form.test_scale.button(0)
    key(qtbot, form, "2")
    key(qtbot, form, Qt.Key.Key_Return)

    [row] = store.diary.pain_entries()
    assert (row.local_date, row.slot, row.pain) == (TODAY, PainSlot.MORNING, 3)
    assert (row.test_kind, row.test_score) == (MorningTest.SHOE_PULL, 2)
    assert row.recorded_at == NOW
    assert row.red_flags == frozenset()
    assert saved == [((), (row,))]
    assert form.pain_scale.value() is None  # ready for the next entry
    assert "Saved" in form.message.text()
    # The morning is logged now: the next check-in is most likely the evening one.
    assert form.slot() is PainSlot.EVENING


def test_ctrl_enter_saves_from_the_notes_field_with_red_flags(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    clock.advance(13 * 3600)  # 20:00: an evening check-in
    form = make(qtbot, store, clock)
    assert form.slot() is PainSlot.EVENING
    assert not form.test_scale.isVisible()  # the morning test belongs to mornings
    keys(qtbot, form, "6")
    box = form.flag_boxes[RedFlag.NERVE_SYMPTOMS]
    box.setFocus()
    assert not form.flag_warning.isVisible()
    key(qtbot, form, Qt.Key.Key_Space)
    assert box.isChecked()
    assert form.flag_warning.isVisible()
    assert "see a clinician" in form.flag_warning.text()
    form.notes.setFocus()
    keys(qtbot, form, "tingling")
    key(qtbot, form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [row] = store.diary.pain_entries()
    assert (row.slot, row.pain, row.test_score, row.notes) == (
        PainSlot.EVENING,
        6,
        None,
        "tingling",
    )
    assert row.red_flags == frozenset({RedFlag.NERVE_SYMPTOMS})


def test_missing_pain_names_the_field_and_range_and_writes_nothing(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    key(qtbot, form, Qt.Key.Key_Return)
    assert store.diary.pain_entries() == []
    assert form.message.is_error()
    assert "Pain" in form.message.text()
    assert "0 to 10" in form.message.text()


def test_slot_defaults_by_local_time_of_day() -> None:
    at = datetime(2026, 3, 2, tzinfo=UTC)
    assert default_slot(at.replace(hour=6)) is PainSlot.MORNING
    assert default_slot(at.replace(hour=11, minute=59)) is PainSlot.MORNING
    assert default_slot(at.replace(hour=12)) is PainSlot.OTHER
    assert default_slot(at.replace(hour=16, minute=59)) is PainSlot.OTHER
    assert default_slot(at.replace(hour=17)) is PainSlot.EVENING
    # Once the day's morning entry exists: evening, or "other" late at night.
    assert default_slot(at.replace(hour=7), morning_logged=True) is PainSlot.EVENING
    assert default_slot(at.replace(hour=22, minute=59), morning_logged=True) is PainSlot.EVENING
    assert default_slot(at.replace(hour=23), morning_logged=True) is PainSlot.OTHER


def test_scales_are_worded_for_the_users_ceiling(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store.settings.save(Settings(acceptable_ceiling=4))
    form = make(qtbot, store, clock)
    assert form.pain_scale.ceiling() == form.test_scale.ceiling() == 4
    assert "3-4 acceptable (your ceiling)" in form.pain_scale.legend().text()


def test_alt_mnemonics_choose_the_slot(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    form = make(qtbot, store, clock)
    key(qtbot, form, "v", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.slot() is PainSlot.EVENING)  # a mnemonic animates the click
    key(qtbot, form, "h", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: form.slot() is PainSlot.OTHER)


def test_the_entry_goes_to_the_day_being_viewed(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    yesterday = TODAY - timedelta(days=1)
    form.set_day(yesterday)
    keys(qtbot, form, "4")
    key(qtbot, form, Qt.Key.Key_Enter)
    [row] = store.diary.pain_entries()
    assert row.local_date == yesterday
    # When it happened, not when it was written: yesterday at the morning reminder's time.
    assert row.recorded_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def test_editing_updates_the_same_row_and_keeps_its_time(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    keys(qtbot, form, "5")
    key(qtbot, form, Qt.Key.Key_Return)
    [first] = store.diary.pain_entries()
    clock.advance(3600)
    form.edit(first)
    assert form.pain_scale.value() == 5
    assert form.cancel_button.isVisible()
    form.focus_first()
    keys(qtbot, form, "2")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.id, row.pain, row.recorded_at) == (first.id, 2, first.recorded_at)
    assert form.editing() is None


def test_compact_card_is_morning_only_with_flags_and_without_notes(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    clock.advance(12 * 3600)  # 19:00: the Today card still files a morning entry
    form = make(qtbot, store, clock, compact=True, day=date(2026, 3, 2))
    assert form.slot() is PainSlot.MORNING
    # A red flag can be logged wherever pain is typed, the Today card included.
    assert form.flag_boxes[RedFlag.POP_OR_BRUISING].isVisible()
    assert not form.notes.isVisible()
    keys(qtbot, form, "1")
    form.flag_boxes[RedFlag.POP_OR_BRUISING].setChecked(True)
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.slot, row.pain) == (PainSlot.MORNING, 1)
    assert row.red_flags == frozenset({RedFlag.POP_OR_BRUISING})


def test_the_scale_legend_fits_on_one_line_in_the_diary_at_1280x720(
    qtbot: QtBot, data_dir: Path
) -> None:
    from phtcoach.app import open_context
    from phtcoach.audio.cues import NullCuePlayer
    from phtcoach.ui.main_window import MainWindow
    from phtcoach.ui.state import AppState

    ctx = open_context(data_dir, FakeClock(NOW))
    try:
        w = MainWindow(AppState(ctx.services), NullCuePlayer())
        qtbot.addWidget(w)
        w.resize(1280, 720)
        w.show()
        w.show_page("diary")
        qtbot.waitExposed(w)
        legend = w.diary.checkin.pain_scale.legend()
        assert legend.isVisible()
        needed = legend.fontMetrics().horizontalAdvance(legend.text())
        assert needed <= legend.contentsRect().width()
    finally:
        ctx.close()
