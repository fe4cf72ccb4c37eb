"""The Progress page's tolerance panel shows the model's factors with their intervals and
verdicts, keeps the old counts one click away, and says what to log when it cannot tell."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.charts.tolerance_panel import TolerancePanel
from phtcoach.core.settings import Settings
from phtcoach.core.tolerance_days import Factor, FactorKind, tolerance_days
from phtcoach.core.tolerance_model import Dose, Effect, ToleranceModel, Verdict, fit
from tests.gui.diary_helpers import QT_NOISE, key, show
from tests.tolerance.simulate import simulate

pytestmark = QT_NOISE


def fitted() -> ToleranceModel:
    h = simulate(11, weeks=12)
    return fit(tolerance_days(h.sessions, h.sets, h.entries, h.activities, Settings()))


def test_the_factors_in_order_with_their_intervals(qtbot: QtBot) -> None:
    panel = TolerancePanel()
    qtbot.addWidget(panel)
    model = fitted()
    panel.set_model(model, {"fesl-bridge-hold": "Bridge hold"}, {"iso-5x15": "Holds 5 x 15 s"}, 3)
    rows = panel.effects.displayed_rows()
    assert len(rows) == len(model.effects) == panel.effects.count()
    assert rows[0][:2] == ["Run, hills", "Likely worse"]
    assert any(r[0] == "Bridge hold (Holds 5 x 15 s)" for r in rows)
    first = model.effects[0]
    assert rows[0][2] == (
        f"+{round(first.effect, 1):g} on the next morning, 80 % between "
        f"+{round(first.low, 1):g} and +{round(first.high, 1):g}, {first.days} days"
    )
    item = panel.effects.item(0)
    assert item is not None
    assert item.text() == f"Run, hills: Likely worse\n{rows[0][2]}"
    assert item.font().bold()
    assert "Likely worse: the whole 80 % interval" in panel.caption.text()
    assert panel.empty.isHidden()


def test_the_old_counts_are_one_click_away(qtbot: QtBot) -> None:
    panel = TolerancePanel()
    qtbot.addWidget(panel)
    panel.set_model(fitted(), {}, {}, 3)
    show(qtbot, panel)
    key(qtbot, panel, "c", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.show_counts.isChecked)  # a mnemonic clicks after Qt's 100 ms press
    assert panel.stack.currentWidget() is panel.counts
    assert panel.heading.buddy() is panel.counts
    key(qtbot, panel, "m", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not panel.show_counts.isChecked())
    assert panel.stack.currentIndex() == 0 and panel.heading.buddy() is panel.effects


def test_with_nothing_to_fit_it_says_what_to_log(qtbot: QtBot) -> None:
    panel = TolerancePanel()
    qtbot.addWidget(panel)
    panel.set_model(ToleranceModel((), (), 0, 0.0), {}, {}, 3)
    assert not panel.empty.isHidden() and "Not enough data yet" in panel.empty.text()
    assert panel.effects.isHidden() and panel.doses.isHidden()
    assert panel.effects.accessibleName() == "What tends to flare you"


def test_the_dose_lines_say_what_their_numbers_are(qtbot: QtBot) -> None:
    """Not "Ride over ~60 min: 0; under: -0.2": each number is named (next-morning pain,
    in points) and so is what it was measured after (longer than, shorter)."""
    panel = TolerancePanel()
    qtbot.addWidget(panel)
    model = fitted()
    ride = Factor(FactorKind.ACTIVITY, "ride")
    under = Effect(ride, 20, -0.2, -0.5, 0.1, 0.2, Verdict.UNKNOWN, 9)
    over = Effect(Factor(FactorKind.LONG, "ride"), 3, 0.0, -0.4, 0.8, 0.3, Verdict.UNKNOWN, 14)
    panel.set_model(replace(model, doses=(Dose("ride", under, over),)), {}, {}, 3)
    text = panel.doses.text()
    for words in ("longer than 60 min", "next-morning pain", "points", "shorter"):
        assert words in text
    assert "~" not in text and "under:" not in text
    assert "0-10" in panel.doses.toolTip()


def test_the_list_is_as_tall_as_its_entries_on_a_tall_window(qtbot: QtBot) -> None:
    """At 1080 px the factors fit: no empty half-list below the last entry, the dose lines
    right under it; on a short window the list scrolls instead."""
    panel = TolerancePanel()
    qtbot.addWidget(panel)
    panel.set_model(fitted(), {}, {}, 3)
    panel.resize(480, 2000)
    show(qtbot, panel)
    effects = panel.effects
    last = effects.visualRect(effects.model().index(effects.count() - 1, 0))
    assert effects.verticalScrollBar().maximum() == 0
    assert effects.viewport().height() - last.bottom() < 4 * effects.fontMetrics().height()
    assert panel.doses.geometry().top() - effects.geometry().bottom() < 20
    panel.resize(480, 200)
    qtbot.waitUntil(lambda: effects.verticalScrollBar().maximum() > 0)
    assert effects.height() < effects.content_height()
