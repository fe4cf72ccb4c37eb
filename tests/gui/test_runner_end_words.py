"""Issue 15 on the runner's rating panel and end screen: numbers as people read them
("8.6 s", "5 kg"), plurals that agree ("1 rep"), the exercise's short name where the panel
is narrow, a number typed out of range named instead of silently cut, and air between the
"10" button and the window's edge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from phtcoach.charts.readout import readout_parts
from phtcoach.charts.series import DayValues
from phtcoach.core.enums import Side
from phtcoach.core.model import SessionStatus, Units
from phtcoach.core.records import SessionRecord, SetRecord
from phtcoach.ui.design import Space
from phtcoach.ui.runner_summary import SummaryPage
from tests.gui.runner_helpers import QT_NOISE, Rig, rig_fixture

pytestmark = QT_NOISE
K = Qt.Key
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
T1 = datetime(2026, 3, 2, 9, 1, tzinfo=UTC)


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def rest_after_set_1(rig: Rig, size: tuple[int, int] = (1280, 720)) -> None:
    rig.runner.resize(*size)
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    assert rig.runner.panel.is_open


def a_set(set_no: int, holds: tuple[float, ...]) -> SetRecord:
    return SetRecord(
        session_id=1,
        exercise_slug="fesl-bridge-hold",
        block_index=0,
        set_no=set_no,
        side=Side.LEFT,
        planned_reps=5,
        performed_reps=len(holds),
        started_at=T0,
        ended_at=T1,
        hold_s=holds,
        pain_during=2,
    )


def summary(qtbot: QtBot, sets: list[SetRecord], planned: int) -> SummaryPage:
    page = SummaryPage()
    qtbot.addWidget(page)
    record = SessionRecord(
        "iso-5x5", T0, Side.LEFT, status=SessionStatus.COMPLETED, ended_at=T1, id=1
    )
    page.show_for(record, sets, planned, 65.0)
    return page


# --------------------------------------------------------------------------- end screen


def test_summary_writes_each_hold_to_a_tenth(qtbot: QtBot) -> None:
    page = summary(qtbot, [a_set(1, (8.593, 10.0, 9.96))], 2)
    line = page.sets.text()
    assert "8.593" not in line
    assert "(8.6, 10, 10 s)" in line


def test_summary_counts_one_rep_and_one_set_in_the_singular(qtbot: QtBot) -> None:
    page = summary(qtbot, [a_set(1, (5.0,))], 1)
    assert "1 reps" not in page.stats.text() and "1 sets" not in page.stats.text()
    assert page.stats.text().startswith("1 of 1 set · 1 rep · 5 s under tension")
    assert page.sets.text().startswith("Set 1 left: 1 rep (5 s)")
    page = summary(qtbot, [a_set(1, (5.0, 5.0)), a_set(2, (5.0, 5.0))], 3)
    assert page.stats.text().startswith("2 of 3 sets · 4 reps")
    assert page.sets.text().splitlines()[1].startswith("Set 2 left: 2 reps (5, 5 s)")


def test_progress_read_out_says_one_rep(qtbot: QtBot) -> None:
    del qtbot  # a QApplication for the translations
    parts = readout_parts(
        DayValues(date(2026, 3, 2), reps=1.0),
        units=Units.KG,
        exercise_name=str,
        template_name=str,
    )
    assert parts == ["1 rep"]
    parts = readout_parts(
        DayValues(date(2026, 3, 2), reps=24.0),
        units=Units.KG,
        exercise_name=str,
        template_name=str,
    )
    assert parts == ["24 reps"]


# --------------------------------------------------------------------------- rating panel


def test_the_panel_title_uses_the_short_name_and_tips_the_full_one(rig: Rig) -> None:
    rest_after_set_1(rig)
    run = rig.runner.run
    assert run is not None
    exercise = run.template.blocks[0].exercise
    assert exercise.short != exercise.name  # the built-in exercises have one
    title = rig.runner.panel.title
    assert exercise.short in title.text()
    assert exercise.name not in title.text()
    assert title.toolTip() == exercise.name


def test_load_reads_without_a_needless_decimal(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    p.load.setValue(5.0)
    assert p.load.text() == "5 kg"
    p.load.setValue(2.5)
    assert p.load.text() == "2.5 kg"


def test_reps_typed_out_of_range_are_named_and_not_saved(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    p.reps.setFocus()
    p.reps.selectAll()
    rig.qtbot.keyClicks(p.reps, "150")
    assert p.reps.text() == "150"  # not cut to 15
    assert "Reps: 150 is not allowed (a number from 0 to 100)." in p.message.text()
    rig.qtbot.keyClick(p.reps, K.Key_Return)  # Enter from the field: refused
    assert p.is_open
    assert p.reps.text() == "150"
    assert "150 is not allowed" in p.message.text()
    stored = rig.store.sessions.sets(rig.session_id)[0]
    assert stored.performed_reps == 5  # as measured: neither 15 nor 150
    p.reps.selectAll()
    rig.qtbot.keyClicks(p.reps, "4")
    assert "not allowed" not in p.message.text()
    rig.qtbot.keyClick(p.reps, K.Key_Return)
    assert not p.is_open
    assert rig.store.sessions.sets(rig.session_id)[0].performed_reps == 4


def test_both_scale_titles_start_at_the_same_place(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    assert p.active_scale == "pain"
    pain_x = p.pain.label.mapTo(p, QPoint(0, 0)).x()
    rpe_x = p.rpe.label.mapTo(p, QPoint(0, 0)).x()
    assert pain_x == rpe_x
    assert not p.pain.label.text().startswith(" ") and not p.rpe.label.text().startswith(" ")


def test_the_ten_keeps_air_from_the_window_edge_at_1920(rig: Rig) -> None:
    rest_after_set_1(rig, (1920, 1080))
    runner, p = rig.runner, rig.runner.panel

    def slid_in() -> bool:  # the slide is over: the panel has its share, inside the window
        return p.width() >= round(0.4 * runner.width()) and p.geometry().right() < runner.width()

    rig.qtbot.waitUntil(slid_in)
    rig.qtbot.wait(20)
    for scale in (p.pain, p.rpe):
        ten = scale.buttons[-1]
        right = ten.mapTo(runner, QPoint(ten.width(), 0)).x()
        assert runner.width() - right >= Space.L
        # and the "10" has air inside its button
        assert ten.fontMetrics().horizontalAdvance("10") + 12 <= ten.width()
