"""Today's advice and the Progress caption count the mornings a baseline still needs alike.

A new user once read "0 morning tests logged before today, 3 more needed" on Today and
"2 more morning check-ins and your baseline band appears" on Progress after the same
first check-in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from phtcoach.charts.data import ProgressModel
from phtcoach.charts.view import hint_text
from phtcoach.core.model import PainEntry, PainSlot, Settings
from phtcoach.core.progression import SEED_LADDER, Finding, History, advise
from phtcoach.ui.text import finding_text

TODAY = date(2026, 3, 18)


def morning(ago: int) -> PainEntry:
    d = TODAY - timedelta(days=ago)
    return PainEntry(d, PainSlot.MORNING, datetime.combine(d, time(7), UTC), 2)


def baseline_finding(entries: list[PainEntry]) -> Finding | None:
    a = advise(TODAY, History(pain_entries=entries), Settings(), "iso-5x5", SEED_LADDER, tz=UTC)
    return next((f for f in a.findings if f.rule == "baseline-missing"), None)


def test_one_check_in_today_both_say_two_more(qtbot: QtBot) -> None:
    entries = [morning(0)]
    finding = baseline_finding(entries)
    assert finding is not None
    gs = ProgressModel.compute(pain_entries=entries, tz=UTC).getting_started
    assert finding.values["needed"] == gs.mornings_missing == 2
    ctx = QWidget()
    qtbot.addWidget(ctx)
    assert "1 morning test logged, 2 more needed" in finding_text(finding, {}, TODAY)
    assert hint_text(ctx, gs).startswith("2 more morning check-ins")


@pytest.mark.parametrize(
    "days_ago",
    [(), (1,), (0, 1), (1, 2), (0, 1, 2), (3, 5), (0, 2, 4, 6)],
    ids=str,
)
def test_the_counts_agree_for_any_first_mornings(days_ago: tuple[int, ...]) -> None:
    entries = [morning(n) for n in days_ago]
    gs = ProgressModel.compute(pain_entries=entries, tz=UTC).getting_started
    finding = baseline_finding(entries)
    if finding is None:  # today already has a baseline: Progress has one too
        assert gs.has_baseline
        return
    assert finding.values["morning_tests"] == gs.mornings
    assert finding.values["needed"] == gs.mornings_missing
