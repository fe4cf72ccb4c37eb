"""Today's "What tends to flare you" names yesterday's likely-worse factors with the numbers
behind them, fills itself after the screen paints, and stays out of the way otherwise."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from phtcoach.core.enums import ActivityFlag, ActivityKind
from phtcoach.core.records import Activity
from phtcoach.storage.repository import Store
from phtcoach.ui.today_flare import FlareCard
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
    card = FlareCard(make_state(store, clock))
    qtbot.addWidget(card)
    card.refresh_soon()
    assert card.isHidden()  # nothing is read before the event loop is free
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
