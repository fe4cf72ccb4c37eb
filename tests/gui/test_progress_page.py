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
