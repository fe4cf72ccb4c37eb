"""The Progress page's tolerance panel shows the model's factors with their intervals and
verdicts, keeps the old counts one click away, and says what to log when it cannot tell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.charts.tolerance_panel import TolerancePanel
from phtcoach.core.settings import Settings
from phtcoach.core.tolerance_days import tolerance_days
from phtcoach.core.tolerance_model import ToleranceModel, fit
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
