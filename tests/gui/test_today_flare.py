"""Today's "What tends to flare you" names yesterday's likely-worse factors with the numbers
behind them, fills itself after the screen paints, and stays out of the way otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.enums import ActivityFlag, ActivityKind
from phtcoach.core.records import Activity
from phtcoach.storage.repository import Store, open_store
from phtcoach.ui.today_flare import FlareCard
from phtcoach.ui.today_screen import TodayScreen
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE
from tests.gui.state_helpers import make_state
from tests.tolerance.simulate import History, _at, simulate
from tests.tolerance.test_service import store_history

pytestmark = QT_NOISE
YESTERDAY = date(2026, 3, 1)  # the fake clock's today is 2 March


def history(hilly_yesterday: bool) -> History:
    h = simulate(11, weeks=8)
    acts = [a for a in h.activities if a.local_date != YESTERDAY]
    if hilly_yesterday:
        flags = frozenset({ActivityFlag.HILLS})
        acts.append(Activity(YESTERDAY, ActivityKind.RUN, 40, _at(YESTERDAY, 17), flags=flags))
    return History(h.sessions, h.sets, h.entries, acts)


def test_yesterdays_hilly_run_is_named_with_its_numbers(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store_history(store, history(hilly_yesterday=True))
    window = QWidget()  # the card lives in a shown window; hidden itself until it has news
    qtbot.addWidget(window)
    card = FlareCard(make_state(store, clock), parent=window)
    window.show()
    card.refresh_soon()
    assert card.isHidden() and not card.filled  # nothing is read before the loop is free
    qtbot.waitUntil(lambda: not card.isHidden(), timeout=2000)
    text = card.body.text()
    assert "Run, hills" in text and "on the next morning, 80 % between" in text
    assert "Information only" in text


def test_hidden_when_yesterday_held_nothing_likely_worse(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store_history(store, history(hilly_yesterday=False))
    card = FlareCard(make_state(store, clock))
    qtbot.addWidget(card)
    card.refresh()
    assert card.isHidden() and card.body.text() == ""


def test_today_fills_the_card_after_its_first_frame(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    store_history(store, history(hilly_yesterday=True))
    screen = TodayScreen(make_state(store, clock))
    qtbot.addWidget(screen)
    assert not screen.flare.filled  # built, not painted: the model has not been read
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitUntil(lambda: screen.flare.filled and not screen.flare.isHidden(), timeout=3000)
    assert "Run, hills" in screen.flare.body.text()
    # A change refreshes it: the hilly run deleted, nothing is named any more.
    (hilly,) = [
        a for a in store.diary.activities(YESTERDAY, YESTERDAY) if ActivityFlag.HILLS in a.flags
    ]
    screen._state.services.diary.delete(hilly)
    screen.refresh()
    qtbot.waitUntil(screen.flare.isHidden, timeout=3000)


def test_a_deferred_fill_after_the_data_folder_closed_reads_nothing(
    qtbot: QtBot, data_dir: Path, clock: FakeClock
) -> None:
    """Regression: the window closed (and its store with it) before the card's deferred
    fill ran, which then read a closed database."""
    store = open_store(data_dir, clock, auto_backup=False)
    store_history(store, history(hilly_yesterday=True))
    window = QWidget()
    qtbot.addWidget(window)
    card = FlareCard(make_state(store, clock), parent=window)
    window.show()
    card.refresh_soon()
    store.close()
    QCoreApplication.processEvents()  # the deferred fill runs: nothing raised (it would fail)
    assert not card.filled and card.isHidden()
