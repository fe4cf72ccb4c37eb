"""The check-in form, driven by the keyboard only; assertions read the database back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from phtcoach.ui.main_window import MainWindow

from phtcoach.core.model import MorningTest, PainSlot, RedFlag, Settings
from phtcoach.storage.repository import Store
from phtcoach.ui.checkin_time import default_slot
from phtcoach.ui.text.words import NBSP, WORD_JOINER
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, focused, key, keys
from tests.gui.diary_helpers import checkin_form as make

pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


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


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_the_scale_key_is_left_aligned_and_wraps_between_whole_pairs(
    diary_window: Callable[[int, int], MainWindow], width: int, height: int
) -> None:
    """The key under the pain buttons starts where "Pain: not rated" does, and a line ends
    only between "range meaning" items, shared out evenly (never "6-10 red" alone)."""
    w = diary_window(width, height)
    scale = w.diary.checkin.pain_scale
    key_ = scale.legend()
    assert key_.isVisible()
    left = key_.mapTo(w, QPoint(0, 0)).x()
    assert left == scale._status.mapTo(w, QPoint(0, 0)).x()
    assert left == scale.button(0).mapTo(w, QPoint(0, 0)).x()
    lines = key_.flow.lines()
    names = [x.accessibleName() for line in lines for item in line if (x := item.widget())]
    assert names == key_.words()
    for line in lines:
        assert line[0].geometry().left() == key_.contentsRect().left()  # left-aligned
        for item in line:
            assert item.geometry().size() == item.sizeHint(), "an item squeezed or cut"
            assert key_.contentsRect().contains(item.geometry()), "an item runs off the key"
    assert key_.height() >= key_.flow.heightForWidth(key_.width())  # no line cut off
    if width == 1920:
        assert len(lines) == 1
    else:
        assert len(lines) <= 2
        assert len(lines) == 1 or min(map(len, lines)) >= 2, "an item alone on a line"


def line_texts(label: QLabel, width: int) -> list[str]:
    """How a word-wrapped label breaks its text at `width` (Qt's own line breaking)."""
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(label.text()[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [t.strip() for t in lines]


def test_the_keys_hint_breaks_only_between_key_and_what_it_does(
    diary_window: Callable[[int, int], MainWindow],
) -> None:
    w = diary_window(1280, 720)
    hint = w.diary.checkin.keys_hint
    assert hint.isVisible()
    assert hint.text().replace(NBSP, " ").replace(WORD_JOINER, "") == (
        "Keys: type 0-10 (T = 10), ←/→ adjust, Del clears, Tab next, Enter saves."
    )
    for width in (hint.contentsRect().width(), *range(160, 720, 20)):
        lines = line_texts(hint, width)
        for line in lines:
            assert line == "Keys:" or line.endswith((",", ".")), (width, lines)
        assert lines[-1].endswith(f"Enter{NBSP}saves."), (width, lines)
