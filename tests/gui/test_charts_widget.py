"""charts.ProgressCharts / ToleranceTable / ProgressView with pytest-qt (offscreen).

The drawn items' data are compared with the database rows, the range buttons with the span
they must show, the read-out with the day's stored values, and the themes with the palette.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from pytestqt.qtbot import QtBot

from phtcoach.charts._pg import pg
from phtcoach.charts.data import DAY_S, ProgressModel, midnight_x, noon_x, view_span
from phtcoach.charts.plot_items import DayAxis, TitleItem, needle_data
from phtcoach.charts.progress_charts import SYMBOL_MAX_DAYS, ProgressCharts
from phtcoach.charts.theme import MIN_POINT_SIZE, chart_font
from phtcoach.charts.tolerance import ToleranceTable, _fmt_delta
from phtcoach.charts.view import ProgressView
from phtcoach.core.analysis import tolerance_table
from phtcoach.core.demo import generate_demo
from phtcoach.core.model import PainEntry, PainSlot
from phtcoach.core.words import signed
from phtcoach.storage.repository import Store
from tests.gui.charts_helpers import TODAY, demo_store_fixture, model_from

# The offscreen platform says this whenever a top-level window is shown: not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from demo_store_fixture(tmp_path_factory)


@pytest.fixture(scope="module")
def model(demo_store: Store) -> ProgressModel:
    return model_from(demo_store)


@pytest.fixture
def charts(qtbot: QtBot, model: ProgressModel) -> ProgressCharts:
    w = ProgressCharts()
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.set_model(model, TODAY)
    w.show()
    qtbot.waitExposed(w)
    return w


def first_morning(store: Store, d: date) -> int:
    row = store.conn.execute(
        "SELECT COALESCE(test_score, pain) FROM pain_entries WHERE slot = 'morning' "
        "AND local_date = ? ORDER BY recorded_at, id LIMIT 1",
        (d.isoformat(),),
    ).fetchone()
    return int(row[0])


def test_pain_curves_hold_the_database_values(
    charts: ProgressCharts, demo_store: Store, model: ProgressModel
) -> None:
    x, y = charts.items["morning"].getOriginalDataset()
    assert len(x) == len(model.morning.dates) > 70
    for i in (0, 10, len(x) - 1):
        d = model.morning.dates[i]
        assert x[i] == datetime.combine(d, time(12), UTC).timestamp()
        assert y[i] == first_morning(demo_store, d)
    _, ey = charts.items["evening"].getOriginalDataset()
    np.testing.assert_array_equal(ey, model.evening.y)
    _, mean = charts.items["mean7"].getOriginalDataset()
    np.testing.assert_array_equal(mean, model.mean7.y)
    _, upper = charts.items["band_upper"].getOriginalDataset()
    np.testing.assert_array_equal(upper, model.band.baseline + 1)


def test_bars_are_needles_from_zero_to_each_value(
    charts: ProgressCharts, demo_store: Store, model: ProgressModel
) -> None:
    x, y = charts.items["reps"].getOriginalDataset()
    np.testing.assert_array_equal(x[0::2], model.volume.x)
    np.testing.assert_array_equal(x[1::2], model.volume.x)
    assert (y[0::2] == 0).all()
    last_day = model.volume.dates[-1].isoformat()
    reps = demo_store.conn.execute(
        "SELECT SUM(performed_reps) FROM sets WHERE substr(started_at, 1, 10) = ?", (last_day,)
    ).fetchone()[0]
    assert y[-1] == reps
    # The 24-hour bars split by verdict; together they are every known delta.
    known = np.isfinite(model.responses.delta)
    drawn = sum(
        len(charts.items[k].getOriginalDataset()[0]) // 2
        for k in ("response_cleared", "response_ok", "response_red")
        if k in charts.items
    )
    assert drawn == int(known.sum())


def test_needle_data_pairs_survive_clipping() -> None:
    xx, yy, connect = needle_data(np.array([1.0, 2.0]), np.array([0.0, 1.0]), np.array([5.0, 3.0]))
    assert xx.tolist() == [1.0, 1.0, 2.0, 2.0]
    assert yy.tolist() == [0.0, 5.0, 1.0, 3.0]
    assert connect.tolist() == [True, False, True, False]


def test_every_curve_downsamples_and_clips_to_the_view(charts: ProgressCharts) -> None:
    curves = ["morning", "evening", "mean7", "reps", "tut", "fesl-bridge-eccentric"]
    for key in curves:
        item = charts.items.get(key) or charts.items[f"load_{key}"]
        assert item.opts["autoDownsample"], key
        assert item.opts["downsampleMethod"] == "peak", key
        assert item.opts["clipToView"], key


def test_plots_share_one_x_axis_and_pain_and_the_last_show_dates(
    charts: ProgressCharts,
) -> None:
    assert charts.visible_plots == ["pain", "response", "volume", "load", "activity", "symmetry"]
    pain = charts.plots["pain"]
    for name in charts.visible_plots[1:]:
        assert charts.plots[name].vb.linkedView(0) is pain.vb
    charts.set_range("4w")
    ranges = {tuple(round(v) for v in charts.plots[n].vb.viewRange()[0]) for n in charts.plots}
    assert len(ranges) == 1
    shown = [charts.plots[n].getAxis("bottom").style["showValues"] for n in charts.visible_plots]
    assert shown == [True] + [False] * 4 + [True]  # the stack may scroll: dates at the top too


@pytest.mark.parametrize(("key", "days"), [("4w", 28), ("3m", 91)])
def test_range_buttons_show_the_span_ending_today(
    charts: ProgressCharts, qtbot: QtBot, key: str, days: int
) -> None:
    charts.set_range("all")
    qtbot.mouseClick(charts.range_buttons[key], Qt.MouseButton.LeftButton)
    lo, hi = charts.x_range()
    assert hi == pytest.approx(midnight_x(TODAY + timedelta(days=1), UTC))
    assert lo == pytest.approx(midnight_x(TODAY - timedelta(days=days - 1), UTC))
    assert (hi - lo) / DAY_S == pytest.approx(days)
    assert charts.range_buttons[key].isChecked()
    assert charts.current_range() == key


def test_all_shows_from_the_first_record_and_buttons_work_by_keyboard(
    charts: ProgressCharts, qtbot: QtBot, model: ProgressModel
) -> None:
    assert model.first_day is not None
    button = charts.range_buttons["all"]
    assert button.accessibleName()
    assert button.focusPolicy() != Qt.FocusPolicy.NoFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert button.isChecked()
    assert charts.x_range() == pytest.approx(view_span("all", TODAY, model.first_day, UTC))
    assert charts.x_range()[0] == midnight_x(model.first_day, UTC)


def test_manual_zoom_unchecks_the_range_buttons(charts: ProgressCharts) -> None:
    charts.set_range("3m")
    seen: list[str] = []
    charts.range_changed.connect(seen.append)
    charts.plots["load"].setXRange(noon_x(TODAY - timedelta(days=20)), noon_x(TODAY), padding=0)
    assert charts.current_range() == ""
    assert not any(b.isChecked() for b in charts.range_buttons.values())
    assert seen == [""]


def test_symbols_only_when_zoomed_in(qtbot: QtBot) -> None:
    demo = generate_demo(30, 1, TODAY).to_history()
    long = ProgressModel.compute(
        pain_entries=demo.pain_entries, sessions=demo.sessions, sets=demo.sets, tz=UTC
    )
    charts = ProgressCharts()
    qtbot.addWidget(charts)
    charts.set_model(long, TODAY)
    charts.set_range("4w")
    assert charts.items["morning"].opts["symbol"] == "o"
    assert charts.items["tut"].opts["symbol"] == "o"
    charts.set_range("all")
    assert (charts.x_range()[1] - charts.x_range()[0]) / DAY_S > SYMBOL_MAX_DAYS
    assert charts.items["morning"].opts["symbol"] is None
    assert charts.items["tut"].opts["symbol"] is None


def test_hover_readout_names_every_value_of_the_day(
    charts: ProgressCharts, demo_store: Store, model: ProgressModel
) -> None:
    # The last day with a session, a morning and an evening.
    d = max(set(model.sessions.dates) & set(model.morning.dates) & set(model.evening.dates))
    charts.set_range("4w")
    vb = charts.plots["pain"].vb
    scene_pos = vb.mapViewToScene(QPointF(noon_x(d, UTC) + 3 * 3600, 3.0))
    charts._on_mouse_moved((scene_pos,))  # what the SignalProxy delivers, minus its delay
    text = charts.readout.text()
    v = model.values_on(d)
    assert text.startswith(QLocale().toString(QDate(d.year, d.month, d.day), "ddd d MMM yyyy"))
    assert f"Morning test {first_morning(demo_store, d)}/10" in text
    assert f"Evening {int(model.evening.as_dict()[d])}/10" in text
    reps = demo_store.conn.execute(
        "SELECT SUM(performed_reps) FROM sets WHERE substr(started_at, 1, 10) = ?",
        (d.isoformat(),),
    ).fetchone()[0]
    assert f"{reps} reps" in text
    assert v.baseline is not None
    assert f"Baseline {v.baseline:g}" in text
    line = charts._crosshairs["pain"]
    assert line.isVisible()
    assert line.value() == noon_x(d, UTC)


def test_readout_for_an_empty_day_says_so(charts: ProgressCharts) -> None:
    assert charts.readout_text(date(2025, 1, 1)).endswith("nothing logged")


def test_arrow_keys_walk_the_readout(charts: ProgressCharts, qtbot: QtBot) -> None:
    charts.show_readout_for(TODAY - timedelta(days=3))
    charts.glw.setFocus()
    qtbot.keyClick(charts.glw, Qt.Key.Key_Left)
    assert charts.readout.text() == charts.readout_text(TODAY - timedelta(days=4))
    qtbot.keyClick(charts.glw, Qt.Key.Key_End)
    assert charts.readout.text() == charts.readout_text(TODAY)
    assert charts.glw.accessibleDescription() == charts.readout.text()


def dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#16171a"),
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
    ):
        p.setColor(role, QColor(colour))
    return p


def test_dark_and_light_palettes_change_the_chart_colours(charts: ProgressCharts) -> None:
    light = charts.glw.backgroundBrush().color()
    assert light.lightnessF() > 0.8
    charts.setPalette(dark_palette())
    assert charts.glw.backgroundBrush().color().name() == "#16171a"
    mean_pen = charts.items["mean7"].opts["pen"]
    assert QColor(mean_pen.color()).lightnessF() > 0.8  # the mean stays visible on dark
    charts.setPalette(QPalette(QColor("#ffffff")))
    assert charts.glw.backgroundBrush().color().lightnessF() > 0.8
    assert (
        charts.items["morning"].getOriginalDataset()[1].tolist() == charts.model.morning.y.tolist()
    )


def test_chart_text_is_at_least_11_pt(charts: ProgressCharts) -> None:
    for name in charts.visible_plots:
        for side in ("left", "bottom"):
            font = charts.plots[name].getAxis(side).style["tickFont"]
            assert font.pointSizeF() >= MIN_POINT_SIZE
    assert charts.font().pointSizeF() >= MIN_POINT_SIZE


def test_charts_without_data_for_a_plot_hide_it() -> None:
    d = TODAY - timedelta(days=1)
    only_pain = ProgressModel.compute(
        pain_entries=[PainEntry(d, PainSlot.MORNING, datetime.combine(d, time(7), UTC), 4)],
        tz=UTC,
    )
    w = ProgressCharts()
    try:
        w.set_model(only_pain, TODAY)
        assert w.visible_plots == ["pain"]
        assert w.plots["pain"].getAxis("bottom").style["showValues"]
    finally:
        w.deleteLater()


def test_tolerance_table_rows_match_analysis(qtbot: QtBot, demo_store: Store) -> None:
    rows = tolerance_table(
        demo_store.sessions.list(),
        demo_store.sessions.all_sets(),
        demo_store.diary.pain_entries(),
        demo_store.diary.activities(),
        tz=UTC,
    )
    table = ToleranceTable()
    qtbot.addWidget(table)
    table.set_rows(rows, {"fesl-bridge-hold": "Bridge hold"})
    src = table.source_model
    assert [src.row_at(i) for i in range(src.rowCount())] == rows
    shown = {r[0]: r for r in table.displayed_rows()}
    hold = next(r for r in rows if r.key == "fesl-bridge-hold")
    assert shown["Bridge hold"][1:3] == [str(hold.occurrences), str(hold.worse)]
    walk = next(r for r in rows if r.key == "walk")
    assert walk.rate is not None
    assert shown["Walk"][3] == f"{round(walk.rate * 100)} %"
    assert table.accessibleName()
    # Sorted by rate, worst first; clicking "Days" sorts by the number, not the text.
    rates = [r.rate or 0.0 for r in rows]
    assert table.displayed_rows()[0][3] == f"{round(max(rates) * 100)} %"
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    days = [int(r[1]) for r in table.displayed_rows()]
    assert days == sorted(days)
    assert min(days) < 10 <= max(days)  # as text, "5" would sort after "17"


def test_empty_state_teaches_and_hides_when_data_arrives(qtbot: QtBot) -> None:
    view = ProgressView()
    qtbot.addWidget(view)
    view.set_model(ProgressModel.empty(tz=UTC), TODAY)
    assert view.showing_empty_state()
    steps = [label.text() for label in view.empty.steps]
    assert "3 more mornings" in steps[0]
    assert "session" in steps[1]

    def morning(n: int) -> PainEntry:
        d = TODAY - timedelta(days=n)
        return PainEntry(d, PainSlot.MORNING, datetime.combine(d, time(7), UTC), 3)

    view.set_model(ProgressModel.compute(pain_entries=[morning(1)], tz=UTC), TODAY)
    assert not view.showing_empty_state()
    assert not view.hint.isHidden()
    assert "2 more morning check-ins" in view.hint.text()
    assert "Do a session" in view.hint.text()
    view.set_model(ProgressModel.compute(pain_entries=[morning(n) for n in range(3)]), TODAY)
    assert view.empty.steps[0].text().startswith("✓")
    view.set_model(ProgressModel.empty(tz=UTC), TODAY)
    assert view.showing_empty_state()


def test_view_shows_charts_and_table_for_a_history(qtbot: QtBot, model: ProgressModel) -> None:
    view = ProgressView()
    qtbot.addWidget(view)
    view.set_model(model, TODAY, exercise_names={"fesl-bridge-hold": "Bridge hold"})
    assert not view.showing_empty_state()
    assert view.hint.isHidden()  # baseline and sessions exist: nothing to teach
    assert view.table.source_model.rowCount() == len(model.tolerance)
    assert "Bridge hold" in [r[0] for r in view.table.displayed_rows()]


def test_date_ticks_name_the_month_and_month_ticks_the_year() -> None:
    axis = DayAxis()
    x = midnight_x(date(2026, 9, 14), UTC) + 12 * 3600
    loc = QLocale()
    day = axis.tickStrings([x], 1.0, 7 * DAY_S)
    assert day == [loc.toString(QDate(2026, 9, 14), "d MMM")]
    assert day[0].startswith("14 ")
    month = axis.tickStrings([midnight_x(date(2026, 10, 1), UTC) + 12 * 3600], 1.0, 30 * DAY_S)
    assert month == [loc.toString(QDate(2026, 10, 1), "MMM yyyy")]
    assert month[0].endswith("2026")


def test_bodyweight_sets_are_left_off_the_load_chart(
    charts: ProgressCharts, model: ProgressModel
) -> None:
    s = model.load["fesl-bridge-eccentric"]
    assert (s.y == 0).any()  # the demo has bodyweight sessions of this exercise
    _x, y = charts.items["load_fesl-bridge-eccentric"].getOriginalDataset()
    assert len(y) == int((s.y > 0).sum())
    assert (y > 0).all()


def test_deltas_have_one_decimal_at_most_and_a_sign() -> None:
    # The read-out's prose as the tolerance panel writes a change; the table's column keeps
    # one decimal on every row, so that its numbers line up.
    # Negatives take a minus sign (U+2212), as wide as the plus, not a hyphen.
    assert [signed(v) for v in (0.12, -0.5, 0.0, 2.0, -0.04)] == ["+0.1", "−0.5", "0", "+2", "0"]
    assert [_fmt_delta(v) for v in (0.12, -0.5, -0.01, None)] == ["+0.1", "−0.5", "0.0", "–"]


def test_a_narrow_title_wraps_whole_legend_entries_and_names_them_all(
    qtbot: QtBot,
) -> None:
    title = TitleItem()
    entries = [("●", "#000", f"Foot-elevated bridge variant {i}") for i in range(4)]
    title.set_parts("Heaviest load", entries, QFont(), "#000")
    title.resize(2000, 30)
    one_row = title.minimumHeight()
    assert title.rows == 1
    title.resize(260, 30)
    assert title.rows > 1
    assert title.minimumHeight() > one_row  # the layout gives the rows their height
    assert "more" not in title.text
    for _g, _c, name in entries:
        assert name in title.text  # every entry, whole, on some row
        assert name in title.toolTip()


def test_plots_keep_a_readable_height_and_scroll_in_a_short_window(
    charts: ProgressCharts,
) -> None:
    for name in charts.visible_plots[1:]:
        assert charts.plots[name].minimumHeight() >= 110
    assert charts.glw.minimumHeight() >= 140 + 5 * 110
    assert charts.plot_scroll.widget() is charts.glw
    assert charts.plot_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert charts.plot_scroll.verticalScrollBar().maximum() > 0  # 720 px: the stack scrolls


def test_the_chart_tab_stop_is_named_and_shows_focus(charts: ProgressCharts) -> None:
    assert charts.glw.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert charts.glw.accessibleName() == "Progress charts"
    assert charts.glw.viewport().accessibleName() == "Progress charts"
    assert "#progressPlots:focus" in charts.glw.styleSheet()


def test_tolerance_names_elide_on_one_line_with_the_name_in_the_tooltip(
    qtbot: QtBot, demo_store: Store
) -> None:
    rows = tolerance_table(
        demo_store.sessions.list(),
        demo_store.sessions.all_sets(),
        demo_store.diary.pain_entries(),
        demo_store.diary.activities(),
        tz=UTC,
    )
    table = ToleranceTable()
    qtbot.addWidget(table)
    long_name = "Foot-elevated single-leg bridge, slow lowering with a long name"
    table.set_rows(rows, {"fesl-bridge-hold": long_name})
    assert not table.wordWrap()
    assert table.textElideMode() != Qt.TextElideMode.ElideNone
    p = table.proxy
    row = next(r for r in range(p.rowCount()) if p.data(p.index(r, 0)) == long_name)
    assert long_name in str(p.data(p.index(row, 0), Qt.ItemDataRole.ToolTipRole))
    header = table.horizontalHeader()
    name_title = str(p.headerData(0, Qt.Orientation.Horizontal))
    table.resize(table.minimumWidth(), 300)
    assert header.sectionSize(0) >= header.fontMetrics().horizontalAdvance(name_title)


def test_date_ticks_are_thinned_as_before_and_shared_between_the_axes(qtbot: QtBot) -> None:
    axis, other = DayAxis(), DayAxis()
    for a in (axis, other):
        a.fontMetrics = QFontMetrics(chart_font(QFont()))  # as a paint sets it
    lo = midnight_x(date(2016, 3, 2), UTC)
    for hi, width in ((midnight_x(date(2026, 3, 3), UTC), 900.0), (lo + 90 * DAY_S, 640.0)):
        levels = pg.DateAxisItem.tickValues(axis, lo, hi, width)
        taken: list[float] = []
        plain = []
        for spacing, values in levels:  # the quadratic thinning this replaced
            step = float(np.min(np.diff(values))) if len(values) > 1 else spacing
            kept = [v for v in values if all(abs(v - t) >= 0.75 * step for t in taken)]
            taken.extend(kept)
            plain.append((spacing, kept))
        assert axis.tickValues(lo, hi, width) == plain
        DayAxis._tick_cache.clear()
        first = axis.tickValues(lo, hi, width)
        assert len(DayAxis._tick_cache) == 1
        assert other.tickValues(lo, hi, width) == first  # the cached answer, as a copy
        first[0][1].clear()
        assert other.tickValues(lo, hi, width) == plain


def test_items_are_built_for_the_range_shown_first(qtbot: QtBot) -> None:
    """The view moves to the range before any item is drawn, so the band's fill is built
    from the visible points, not from every day of the history."""
    demo = generate_demo(400, 1, TODAY).to_history()
    long = ProgressModel.compute(
        pain_entries=demo.pain_entries, sessions=demo.sessions, sets=demo.sets, tz=UTC
    )
    charts = ProgressCharts()
    qtbot.addWidget(charts)
    charts.resize(1280, 720)
    charts.show()
    qtbot.waitExposed(charts)
    charts.set_model(long, TODAY)
    lo, hi = view_span("3m", TODAY, long.first_day, UTC)
    assert charts.x_range() == pytest.approx((lo, hi))
    band = charts.items["band"].path().boundingRect()
    assert len(long.band.x) > 300
    assert band.left() >= lo - 2 * DAY_S and band.right() <= hi + 2 * DAY_S
    charts.set_range("all")  # and the fill follows the wider view
    band = charts.items["band"].path().boundingRect()
    assert band.left() <= float(long.band.x[0]) + 10 * DAY_S  # peak-downsampled bins
    assert band.right() >= float(long.band.x[-1]) - 10 * DAY_S


def test_the_day_index_is_built_on_the_first_look_up() -> None:
    fresh = ProgressModel.compute(
        pain_entries=[PainEntry(TODAY, PainSlot.MORNING, datetime.combine(TODAY, time(7), UTC), 4)],
        tz=UTC,
    )
    assert fresh._by_day is None
    assert fresh.values_on(TODAY).morning == 4
    assert fresh.days_with_data() == [TODAY]


def test_a_palette_change_keeps_a_manual_zoom_and_a_range(charts: ProgressCharts) -> None:
    lo, hi = noon_x(TODAY - timedelta(days=20)), noon_x(TODAY)
    charts.plots["pain"].setXRange(lo, hi, padding=0)
    assert charts.current_range() == ""
    charts.setPalette(dark_palette())
    assert charts.x_range() == pytest.approx((lo, hi))
    charts.set_range("4w")
    charts.setPalette(QPalette(QColor("#ffffff")))
    assert charts.current_range() == "4w"
    assert charts.x_range() == pytest.approx(view_span("4w", TODAY, charts.model.first_day, UTC))
