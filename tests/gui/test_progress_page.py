"""ui.progress.ProgressPage: the Progress page over a real store, driven by a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.charts.data import midnight_x
from phtcoach.core.demo import generate_demo
from phtcoach.core.model import PainEntry, PainSlot
from phtcoach.services.changes import Changes
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.progress import ProgressPage
from tests.benchmarks.synth import write_history
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOW = datetime(2026, 3, 2, 7, 30, tzinfo=UTC)
TODAY = NOW.date()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(data_dir, clock, auto_backup=False)
    yield s
    s.close()


def screen_for(qtbot: QtBot, store: Store, clock: FakeClock) -> ProgressPage:
    screen = ProgressPage(make_state(store, clock))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def morning(d: date, score: int) -> PainEntry:
    return PainEntry(d, PainSlot.MORNING, datetime.combine(d, time(7), UTC), score)


def test_charts_are_built_only_when_the_page_is_first_shown(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    page = ProgressPage(make_state(store, clock))
    qtbot.addWidget(page)
    page.invalidate()
    assert page.view is None  # nothing to pay for at start-up
    assert page.model is None
    page.show()
    qtbot.waitExposed(page)
    assert page.view is not None
    assert page.model is not None


def test_new_user_sees_what_to_log_and_the_charts_once_they_do(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = screen_for(qtbot, store, clock)
    assert screen.view.showing_empty_state()
    assert "3 more mornings" in screen.view.empty.steps[0].text()
    with qtbot.waitSignal(screen.checkin_requested):
        qtbot.mouseClick(screen.view.empty.checkin_button, Qt.MouseButton.LeftButton)

    store.diary.add_pain(morning(TODAY, 4))
    screen.refresh()
    assert not screen.view.showing_empty_state()
    assert "2 more morning check-ins" in screen.view.hint.text()
    x, y = screen.view.charts.items["morning"].getOriginalDataset()
    assert y.tolist() == [4.0]
    assert x.tolist() == [datetime.combine(TODAY, time(12), UTC).timestamp()]


def test_invalidate_rereads_the_store_now_or_when_next_shown(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    screen = screen_for(qtbot, store, clock)
    screen.hide()
    for n in range(4):
        store.diary.add_pain(morning(TODAY - timedelta(days=n), 3 + n % 2))
    screen.invalidate()
    assert screen.model is not None
    assert screen.model.getting_started.mornings == 0  # hidden: nothing recomputed yet
    screen.show()
    assert screen.model.getting_started.mornings == 4
    assert screen.model.band.dates == (TODAY,)
    store.diary.add_pain(morning(TODAY + timedelta(days=1), 9))
    clock.advance(24 * 3600)
    screen.invalidate()  # visible: at once
    assert screen.model.morning.as_dict()[TODAY + timedelta(days=1)] == 9.0
    assert screen.view.charts.x_range()[1] == midnight_x(TODAY + timedelta(days=2), UTC)


def test_demo_history_fills_every_chart_with_names_from_the_programme(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    write_history(store, generate_demo(12, 42, TODAY))
    screen = screen_for(qtbot, store, clock)
    charts = screen.view.charts
    assert charts.visible_plots == ["pain", "response", "volume", "load", "activity", "symmetry"]
    assert charts.current_range() == "3m"
    lo, hi = charts.x_range()
    assert hi == midnight_x(TODAY + timedelta(days=1), UTC)
    assert lo == midnight_x(TODAY - timedelta(days=90), UTC)
    # The last session's day: the read-out names its template as the programme does.
    last = store.sessions.list()[-1]
    text = charts.readout_text(last.started_at.date())
    assert screen.model is not None
    assert "Session: " in text
    assert last.template_id not in text  # a display name, not the id
    table_names = [r[0] for r in screen.view.table.displayed_rows()]
    assert "fesl-bridge-hold" not in table_names
    assert len(table_names) == len(screen.model.tolerance)
    # The tolerance panel: the model's factors, the demo's two flares first.
    panel = screen.view.tolerance
    top = [r[:2] for r in panel.effects.displayed_rows()[:2]]
    assert sorted(top) == [
        ["Ride, aero position + hills", "Likely worse"],
        ["Run, hills", "Likely worse"],
    ]
    assert panel.stack.currentIndex() == 0 and not panel.show_counts.isChecked()


def test_the_model_is_computed_once_per_data_change(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    write_history(store, generate_demo(8, 7, TODAY))
    screen = screen_for(qtbot, store, clock)
    progress = screen._state.services.progress
    assert (screen.computes, progress.reads) == (1, 1)
    items = dict(screen.view.charts.items)
    # Shown again, refreshed by hand, or told about a change it does not show: nothing.
    screen.hide()
    screen.show()
    screen.refresh()
    screen._state.announce(Changes.UI)
    screen._state.announce(Changes.DIARY)  # announced, but the store did not change
    assert (screen.computes, progress.reads) == (1, 1)
    assert all(screen.view.charts.items[k] is v for k, v in items.items())  # not rebuilt
    # A real change: one read, one model, whoever refreshes afterwards.
    before = screen.model
    store.diary.add_pain(PainEntry(TODAY, PainSlot.OTHER, NOW, 2))
    screen._state.announce(Changes.DIARY)
    screen.refresh()
    screen._state.announce(Changes.SESSIONS)
    assert (screen.computes, progress.reads) == (2, 2)
    assert screen.model is not before


def test_a_range_click_moves_the_view_and_recomputes_nothing(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    write_history(store, generate_demo(30, 3, TODAY))
    screen = screen_for(qtbot, store, clock)
    charts = screen.view.charts
    progress = screen._state.services.progress
    model = screen.model
    items = dict(charts.items)
    for key in ("all", "3m", "4w", "all", "3m"):
        qtbot.mouseClick(charts.range_buttons[key], Qt.MouseButton.LeftButton)
        assert charts.current_range() == key
    assert screen.model is model
    assert (screen.computes, progress.reads) == (1, 1)
    assert screen._state.services.tolerance.fits == 1
    assert all(charts.items[k] is v for k, v in items.items())  # same items, only the view moved
    # The hover read-out still reads the model after the clicks.
    assert model is not None
    day = model.days_with_data()[-1]
    assert charts.show_readout_at(model.x_of(day)) == day
    assert charts.readout.text() == charts.readout_text(day)
    assert "nothing logged" not in charts.readout.text()


def test_all_on_years_draws_without_symbols_and_3_months_with_them(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    write_history(store, generate_demo(60, 5, TODAY))
    screen = screen_for(qtbot, store, clock)
    charts = screen.view.charts
    assert charts.items["morning"].opts["symbol"] == "o"  # 3 months
    charts.set_range("all")
    assert charts.items["morning"].opts["symbol"] is None
    # Curves clip to the view: the drawn data is a fraction of the held data at 3 months.
    calls: list[int] = []
    scatter = charts.items["tut"].scatter
    original = scatter.setData

    def counting(*args: object, **kwargs: object) -> None:
        calls.append(len(kwargs.get("x", args[0] if args else ())))  # type: ignore[arg-type]
        original(*args, **kwargs)

    scatter.setData = counting
    charts.set_range("3m")
    held = len(charts.items["morning"].getOriginalDataset()[0])
    shown = len(charts.items["morning"].getData()[0])
    assert shown < held
    # Symbols come back for the visible points only, after every plot has moved, and go
    # before the view widens again: never a scatter of the whole history.
    tut_held = len(charts.items["tut"].getOriginalDataset()[0])
    assert calls and max(calls) < tut_held / 2
    calls.clear()
    charts.set_range("all")
    assert calls == []


def test_showing_the_page_computes_one_model(
    qtbot: QtBot, store: Store, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phtcoach.charts.data import ProgressModel

    ProgressModel.empty()  # the empty model every chart widget starts from: made once
    calls: list[int] = []
    compute = ProgressModel.compute.__func__  # type: ignore[attr-defined]

    def counting(cls: type[ProgressModel], **kwargs: object) -> ProgressModel:
        calls.append(len(kwargs))
        return compute(cls, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(ProgressModel, "compute", classmethod(counting))
    write_history(store, generate_demo(4, 2, TODAY))
    screen = screen_for(qtbot, store, clock)  # builds the view, shows, paints
    screen.refresh()
    screen.grab()
    assert len(calls) == 1


def test_a_range_click_is_painted_once(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    """Each click fits y before the event loop paints: pyqtgraph would otherwise fit it
    inside the paint and schedule a second paint of all six plots."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    write_history(store, generate_demo(60, 5, TODAY))
    screen = screen_for(qtbot, store, clock)
    charts = screen.view.charts
    paints: list[int] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Counter(charts)
    charts.glw.viewport().installEventFilter(counter)
    QApplication.processEvents()
    for key in ("all", "3m", "4w", "all", "3m"):
        paints.clear()
        charts.range_buttons[key].click()
        for _ in range(3):  # anything scheduled by the first paint would show here
            QApplication.processEvents()
        assert len(paints) == 1, key


def test_the_view_can_be_built_before_the_first_show(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    write_history(store, generate_demo(20, 1, TODAY))
    page = ProgressPage(make_state(store, clock))
    qtbot.addWidget(page)
    page.prepare_view()  # what an idle moment after start-up may do
    assert page.view is not None
    assert page.model is None  # nothing read yet
    assert page.view.charts.items == {}  # and nothing drawn: the first model draws
    view = page.view
    page.show()
    qtbot.waitExposed(page)
    assert page.view is view and page.computes == 1
    assert "morning" in view.charts.items
