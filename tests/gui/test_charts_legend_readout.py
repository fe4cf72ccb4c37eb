"""Issue 15 on the Progress charts: every series named in a legend that wraps (no "+N more"),
a read-out that is never stale after the view moves, a short history that still reads as a
chart, and numbers rounded as a person reads them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.charts.data import ProgressModel
from phtcoach.charts.labels import kind_label
from phtcoach.charts.plot_items import PLOT_MIN_H
from phtcoach.charts.progress_charts import ProgressCharts
from phtcoach.core.analysis import Verdict
from phtcoach.core.demo import generate_demo
from phtcoach.core.enums import PainSlot, SessionStatus, Side
from phtcoach.core.records import PainEntry, SessionRecord
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.progress import ProgressPage
from tests.benchmarks.synth import write_history
from tests.fakes import FakeClock
from tests.gui.charts_helpers import TODAY, demo_store_fixture, model_from, short_store_fixture
from tests.gui.state_helpers import make_state

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# The Progress page's size inside the window (the sidebar takes about 180 px of the width).
PAGE_SIZES = {"1280x720": (1100, 680), "1920x1080": (1740, 1040)}
TWO_DECIMALS = re.compile(r"\d[.,]\d\d")
# The least y span a plot shows however flat its data: Δ pain, reps, kg, minutes, %.
Y_SPAN_FLOOR = {"response": 3.0, "volume": 10.0, "load": 5.0, "activity": 30.0, "symmetry": 20.0}


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from demo_store_fixture(tmp_path_factory)


@pytest.fixture(scope="module")
def model(demo_store: Store) -> ProgressModel:
    return model_from(demo_store)


@pytest.fixture(scope="module")
def three_days(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from short_store_fixture(tmp_path_factory, 3)


@pytest.fixture
def charts(qtbot: QtBot, model: ProgressModel) -> ProgressCharts:
    w = ProgressCharts()
    qtbot.addWidget(w)
    w.resize(1100, 680)
    w.set_model(model, TODAY)
    w.show()
    qtbot.waitExposed(w)
    return w


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


# ---------------------------------------------------------------------------- legends


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_every_series_is_named_in_full_and_nothing_is_cut_to_more(
    qtbot: QtBot, tmp_path: Path, size: str
) -> None:
    clock = FakeClock(datetime.combine(TODAY, time(7, 30), UTC))
    store = open_store(tmp_path, clock, auto_backup=False)
    try:
        write_history(store, generate_demo(12, 42, TODAY))
        page = ProgressPage(make_state(store, clock))
        qtbot.addWidget(page)
        page.resize(*PAGE_SIZES[size])
        page.show()
        qtbot.waitExposed(page)
        settle()
        assert page.view is not None and page.model is not None
        charts = page.view.charts
        m = page.model
        # Legends use each exercise's short display name (the full one is in the tooltip).
        names = {k: e.short for k, e in page._state.programme.exercises.items()}
        for plot in charts.visible_plots:
            title = charts.titles[plot]
            assert "more" not in title.text, plot
            for _glyph, _colour, name in charts._painter.legend_entries[plot]:
                assert escape(name) in title.text, (plot, name)
            # The rows it takes are all shown: the title is as tall as its text.
            assert title.size().height() >= title.item.boundingRect().height() - 0.5
        pain = charts.titles["pain"].text
        for kind in set(m.activities.kinds):  # each colour of diamond has its name
            assert kind_label(kind) in pain
        assert "Session" in pain
        load = charts.titles["load"].text
        for slug, s in m.load.items():
            if (s.y > 0).any():
                assert escape(names[slug]) in load  # the whole short name, never "Foot-el..."
                assert len(names[slug]) <= 22
    finally:
        store.close()


def test_a_red_response_without_a_change_has_its_own_legend_entry(qtbot: QtBot) -> None:
    # A morning of 7 after a session, before any baseline: red, by how much is not known.
    d = TODAY - timedelta(days=1)
    session = SessionRecord(
        "iso-5x5",
        datetime.combine(d, time(10), UTC),
        Side.LEFT,
        SessionStatus.COMPLETED,
        datetime.combine(d, time(10, 30), UTC),
    )
    pain = [PainEntry(TODAY, PainSlot.MORNING, datetime.combine(TODAY, time(7), UTC), 7)]
    model = ProgressModel.compute(pain_entries=pain, sessions=[session], sets=[], tz=UTC)
    w = ProgressCharts()
    qtbot.addWidget(w)
    w.set_model(model, TODAY)
    assert "response_red_unknown" in w.items
    entries = w._painter.legend_entries["response"]
    assert ("✕", w._theme.verdict[Verdict.RED], "red, change not known") in entries


# ---------------------------------------------------------------------------- read-out


def test_a_range_click_clears_the_read_out_when_the_pointer_is_elsewhere(
    qtbot: QtBot, charts: ProgressCharts
) -> None:
    day = TODAY - timedelta(days=60)  # shown at 3 months, not at 4 weeks
    charts.show_readout_for(day)
    assert charts.readout.text() == charts.readout_text(day)
    button = charts.range_buttons["4w"]
    QCursor.setPos(button.mapToGlobal(button.rect().center()))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert charts.current_range() == "4w"
    assert charts.readout.text() != charts.readout_text(day)
    assert "Point at a day" in charts.readout.text()
    assert not any(line.isVisible() for line in charts._crosshairs.values())


def test_a_range_click_reads_the_day_now_under_the_pointer(
    qtbot: QtBot, charts: ProgressCharts
) -> None:
    vb = charts.plots["pain"].vb
    centre = vb.sceneBoundingRect().center()
    at = charts.glw.mapFromScene(centre)
    QCursor.setPos(charts.glw.viewport().mapToGlobal(QPoint(at.x(), at.y())))
    charts.show_readout_for(TODAY)
    charts.range_buttons["3m"].click()  # by keyboard, say: the pointer stays on the chart
    assert charts.current_range() == "3m"
    under = charts.model.day_of(float(vb.mapSceneToView(centre).x()))
    assert under != TODAY
    assert charts.readout.text() == charts.readout_text(under)
    assert charts._crosshairs["pain"].value() == charts.model.x_of(under)


# ---------------------------------------------------------------------------- short history


def test_three_days_of_data_still_read_as_a_chart(qtbot: QtBot, three_days: Store) -> None:
    model = model_from(three_days)
    assert model.first_day == TODAY - timedelta(days=2)
    w = ProgressCharts()
    qtbot.addWidget(w)
    w.resize(1100, 680)
    w.set_model(model, TODAY)
    w.show()
    qtbot.waitExposed(w)
    settle()
    assert w.current_range() == "all"  # not 3 days at the end of 3 months
    lo, hi = w.x_range()
    days = model.days_with_data()
    spread = (model.x_of(days[-1]) - model.x_of(days[0]) + 86_400) / (hi - lo)
    assert spread >= 0.3  # the days take a good part of the width, not a sliver
    for name in w.visible_plots:
        vb = w.plots[name].vb
        assert vb.height() >= PLOT_MIN_H * 0.85, name  # a chart, not a thin strip
        if name != "pain":
            y0, y1 = vb.viewRange()[1]
            assert y1 - y0 >= Y_SPAN_FLOOR[name] - 1e-6, name  # not a fraction of a rep
    # A range the user picks is kept when new data comes in.
    w._range_clicked("3m")
    w.set_model(model, TODAY)
    assert w.current_range() == "3m"


# ---------------------------------------------------------------------------- numbers


def test_read_out_numbers_have_one_decimal_at_most(charts: ProgressCharts) -> None:
    m = charts.model
    texts = [charts.readout_text(d) for d in m.days_with_data()]
    assert any("7-day mean" in t for t in texts)
    for text in texts:
        assert not TWO_DECIMALS.search(text), text
    # Whole numbers stay whole: no "3.0 reps" or "Morning test 4.0/10".
    assert not any(re.search(r"(?<![+\-\d.])\d+\.0\b", t) for t in texts)
    # A bodyweight set (left off the load chart) is said as such, not as "0 kg".
    bodyweight = [d for d in m.days_with_data() if any(kg == 0 for _s, kg in m.values_on(d).loads)]
    assert bodyweight
    assert all(" 0 kg" not in charts.readout_text(d) for d in bodyweight)
    assert "with bodyweight" in charts.readout_text(bodyweight[0])


def test_the_tolerance_side_shows_one_decimal_at_most(
    qtbot: QtBot, tmp_path: Path, demo_store: Store
) -> None:
    clock = FakeClock(datetime.combine(TODAY, time(7, 30), UTC))
    store = open_store(tmp_path, clock, auto_backup=False)
    try:
        write_history(store, generate_demo(12, 42, TODAY))
        page = ProgressPage(make_state(store, clock))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert page.view is not None
        panel = page.view.tolerance
        shown = [cell for row in panel.effects.displayed_rows() for cell in row]
        shown += [cell for row in page.view.table.displayed_rows() for cell in row]
        shown.append(panel.doses.text())
        assert len(shown) > 10
        for text in shown:
            assert not TWO_DECIMALS.search(text), text
    finally:
        store.close()


@pytest.mark.parametrize("prepared", [False, True])
def test_the_plots_fill_a_tall_page_and_are_drawn_for_their_width(
    qtbot: QtBot, tmp_path: Path, prepared: bool
) -> None:
    """The charts are shown before they are drawn (so the legends wrap for the real width
    once): the stack still fills the page, whether built ahead or on the first show."""
    clock = FakeClock(datetime.combine(TODAY, time(7, 30), UTC))
    store = open_store(tmp_path, clock, auto_backup=False)
    try:
        write_history(store, generate_demo(12, 42, TODAY))
        page = ProgressPage(make_state(store, clock))
        qtbot.addWidget(page)
        if prepared:
            page.prepare_view()
        page.resize(1740, 1300)
        page.show()
        qtbot.waitExposed(page)
        settle()
        assert page.view is not None
        charts = page.view.charts
        assert charts.glw.height() > charts.glw.minimumHeight()  # room to spare
        assert charts.glw.ci.geometry().height() == charts.glw.height()
    finally:
        store.close()
