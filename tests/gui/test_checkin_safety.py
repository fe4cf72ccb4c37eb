"""Issue 15 review: a check-in form's save() refuses a refused number however it is called,
replacing a check-in never drops its red flags silently, the time shown is the time saved,
numbers in the diary's words are rounded with the language's decimal mark, and the Diary
uses its width and height."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core import words
from phtcoach.core.demo import generate_demo
from phtcoach.core.model import (
    Activity,
    ActivityKind,
    Measure,
    MeasureKind,
    PainSlot,
    RedFlag,
    SessionRecord,
    SessionStatus,
    Side,
)
from phtcoach.storage.repository import Store
from phtcoach.ui.checkin import CheckInForm
from phtcoach.ui.diary_screen import DiaryScreen
from phtcoach.ui.diary_text import DiaryText
from phtcoach.ui.sparkline import Sparkline
from tests.fakes import FakeClock
from tests.gui.diary_helpers import NOW, QT_NOISE, TODAY, key, keys, show, store_demo
from tests.gui.diary_helpers import checkin_form as make
from tests.gui.modal import when_modal
from tests.gui.state_helpers import make_state

pytestmark = QT_NOISE


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)  # Monday 07:00 UTC


# ---------------------------------------------------------------- 1: save() itself refuses


def test_a_direct_save_refuses_while_the_pain_scale_refuses_eleven(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    scale = form.pain_scale
    scale._monotonic = lambda: 100.0
    keys(qtbot, form, "4")
    scale._monotonic = lambda: 200.0  # "11" typed later, both keys within the "10" window
    keys(qtbot, form, "11")
    assert scale.input_problem() is not None
    assert form.save() is None  # called directly, not through the button or Enter
    assert store.diary.pain_entries() == []
    assert "11" in form.message.text()


# ---------------------------------------------------------------- 2: replacing keeps flags


def answer_yes(qtbot: QtBot, seen: list[tuple[str, str, QMessageBox.StandardButton]]) -> None:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText(), box.standardButton(box.defaultButton())))
        qtbot.keyClick(box, Qt.Key.Key_Y)

    when_modal(QMessageBox, act)


def test_replacing_a_morning_keeps_its_red_flags_and_names_what_is_lost(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    assert form.slot() is PainSlot.MORNING
    form.flag_boxes[RedFlag.NERVE_SYMPTOMS].setChecked(True)
    form.pain_scale.set_value(4)
    form.test_scale.set_value(6)
    first = form.save()
    assert first is not None and first.red_flags == {RedFlag.NERVE_SYMPTOMS}

    clock.advance(600)
    form.slot_buttons[PainSlot.MORNING].setChecked(True)
    form.pain_scale.set_value(2)  # no flag ticked, no test score this time
    seen: list[tuple[str, str, QMessageBox.StandardButton]] = []
    answer_yes(qtbot, seen)
    form.save()
    qtbot.waitUntil(lambda: bool(seen))
    text, informative, default = seen[0]
    assert default == QMessageBox.StandardButton.No
    assert "test 6/10" in text
    assert RedFlag.NERVE_SYMPTOMS.label in informative  # said, not silent
    assert "6/10" in informative and "lost" in informative
    [row] = store.diary.pain_entries()
    assert (row.id, row.pain) == (first.id, 2)
    assert row.red_flags == {RedFlag.NERVE_SYMPTOMS}  # the hold's reason is still there


# ---------------------------------------------------------------- 3: shown == saved


def shown(form: CheckInForm) -> tuple[int, int]:
    t = form.time_edit.time()
    return t.hour(), t.minute()


def test_an_untouched_time_follows_the_clock_each_minute_and_saves_what_it_shows(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    assert shown(form) == (7, 0)
    assert form.clock_timer.isActive() and form.clock_timer.interval() <= 60_000
    clock.advance(7 * 3600 + 42)  # 14:00:42
    form.clock_timer.timeout.emit()  # the next minute came
    assert shown(form) == (14, 0)
    before = shown(form)
    keys(qtbot, form, "3")
    key(qtbot, form, Qt.Key.Key_Return)
    [row] = store.diary.pain_entries()
    assert (row.recorded_at.hour, row.recorded_at.minute) == before  # tests run in UTC


def test_showing_the_form_again_brings_the_time_up_to_date(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    form = make(qtbot, store, clock)
    form.hide()
    clock.advance(7 * 3600)  # a form opened at 07:00, shown again at 14:00
    form.show()
    qtbot.waitExposed(form)
    before = shown(form)
    assert before == (14, 0)
    form.pain_scale.set_value(3)
    row = form.save()
    assert row is not None
    assert (row.recorded_at.hour, row.recorded_at.minute) == before


# ---------------------------------------------------------------- 5: numbers and names


def comma(context: str, source: str) -> str:
    """German's decimal mark, without the translation file."""
    return "," if (context, source) == ("number", ".") else source


def test_diary_words_round_numbers_and_name_a_deleted_template(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    text = DiaryText(make_state(store, clock))
    ride = Activity(TODAY, ActivityKind.RIDE, 8.593, NOW, hours_sitting=1.25)
    said = text.activity(ride)
    assert "8.6 min" in said and "sat 1.2 h" in said
    assert "8.593" not in said
    measure = Measure(TODAY, MeasureKind.VISA_H, 73.91, NOW)
    assert text.measure(measure).endswith("VISA-H total 73.9")
    session = SessionRecord(
        "gone-2x8", NOW, Side.LEFT, status=SessionStatus.COMPLETED, ended_at=NOW, id=1
    )
    said = text.session(session, [])
    assert "gone-2x8" not in said and "Gone 2x8" in said
    words.install(comma)
    try:
        assert "8,6 min" in text.activity(ride)
        spark = Sparkline()
        qtbot.addWidget(spark)
        spark.set_points([(TODAY, 2.46)])
        assert spark.toolTip().endswith(": 2,5/10")
    finally:
        words.install(None)


# ---------------------------------------------------------------- 6: the Diary's layout


@pytest.mark.parametrize(("width", "height"), [(1280, 720), (1920, 1080)])
def test_the_diary_uses_its_width_and_height(
    qtbot: QtBot, store: Store, clock: FakeClock, width: int, height: int
) -> None:
    store_demo(store, generate_demo(6, 42, TODAY))
    screen = DiaryScreen(make_state(store, clock))
    screen.resize(width, height)
    show(qtbot, screen)
    qtbot.wait(20)
    table = screen.recent_list
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionPosition(last) + header.sectionSize(last) >= table.viewport().width() - 1
    row_h = table.verticalHeader().defaultSectionSize()
    inside = table.viewport().height()
    assert inside % row_h == 0 or inside >= table.rowCount() * row_h  # no row cut in half
    rows = screen.entry_list.count()
    assert 0 < rows <= 3
    assert screen.entry_list.height() < 160  # as tall as a few entries, not half the pane
    assert screen.calendar.width() > 230 or not screen.past.side_by_side()
