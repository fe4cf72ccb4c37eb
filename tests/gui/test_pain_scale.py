"""The 0-10 pain scale: keyboard selection, the "10" scheme, zones in words, one tab stop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.ui.widgets.pain_scale import TEN_WINDOW_S, PainScale
from phtcoach.ui.widgets.pain_zones import Zone, zone_of
from tests.gui.diary_helpers import QT_NOISE, focused, key, show

pytestmark = QT_NOISE


class Ticker:
    """A monotonic clock the test moves by hand (the "1" then "0" window)."""

    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


class Host(QWidget):
    """A parent that records the keys the scale lets through (Enter must reach the form)."""

    def __init__(self, ticker: Ticker) -> None:
        super().__init__()
        self.scale = PainScale("Pain", self, monotonic=ticker)
        QVBoxLayout(self).addWidget(self.scale)
        self.passed: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.passed.append(event.key())


def make(qtbot: QtBot) -> tuple[Host, Ticker]:
    ticker = Ticker()
    host = Host(ticker)
    show(qtbot, host)
    host.scale.setFocus()
    return host, ticker


def test_digits_select_and_check_exactly_one_button(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    seen: list[object] = []
    scale.value_changed.connect(seen.append)
    key(qtbot, host, "4")
    assert scale.value() == 4
    assert [n for n in range(11) if scale.button(n).isChecked()] == [4]
    assert focused(host) is scale.button(4)
    key(qtbot, host, "7")
    assert scale.value() == 7
    assert seen == [4, 7]


def test_one_then_zero_quickly_types_ten_but_slowly_types_zero(qtbot: QtBot) -> None:
    host, ticker = make(qtbot)
    scale = host.scale
    key(qtbot, host, "1")
    ticker.t += TEN_WINDOW_S / 2
    key(qtbot, host, "0")
    assert scale.value() == 10
    key(qtbot, host, "1")
    ticker.t += TEN_WINDOW_S + 0.1
    key(qtbot, host, "0")
    assert scale.value() == 0


def test_t_end_home_and_arrows(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    key(qtbot, host, "t")
    assert scale.value() == 10
    key(qtbot, host, Qt.Key.Key_Left)
    assert scale.value() == 9
    key(qtbot, host, Qt.Key.Key_Home)
    assert scale.value() == 0
    key(qtbot, host, Qt.Key.Key_Left)
    assert scale.value() == 0
    key(qtbot, host, Qt.Key.Key_Right)
    key(qtbot, host, Qt.Key.Key_Right)
    assert scale.value() == 2
    key(qtbot, host, Qt.Key.Key_End)
    assert scale.value() == 10


def test_delete_clears_and_enter_travels_on_to_the_form(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    key(qtbot, host, "3")
    key(qtbot, host, Qt.Key.Key_Delete)
    assert scale.value() is None
    assert not any(scale.button(n).isChecked() for n in range(11))
    key(qtbot, host, "3")
    key(qtbot, host, Qt.Key.Key_Return)
    assert scale.value() == 3
    assert Qt.Key.Key_Return in host.passed


def test_accessible_names_and_zone_words(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    assert scale.button(4).accessibleName() == "Pain 4 out of 10"
    assert scale.button(0).accessibleDescription() == "green, safe"
    assert scale.button(3).accessibleDescription() == "acceptable (your ceiling 3/10)"
    assert scale.button(5).accessibleDescription() == "too much to train"
    assert scale.button(6).accessibleDescription() == "red, too much"
    key(qtbot, host, "6")
    assert scale._status.text() == "Pain: 6/10 (red, too much)"
    assert [zone_of(p) for p in (0, 2, 3, 5, 6, 10)] == [
        Zone.GREEN,
        Zone.GREEN,
        Zone.AMBER,
        Zone.AMBER,
        Zone.RED,
        Zone.RED,
    ]


def test_the_scale_is_one_tab_stop_that_follows_the_selection(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    tab = Qt.FocusPolicy.TabFocus

    def stops() -> list[int]:
        return [n for n in range(11) if scale.button(n).focusPolicy() & tab == tab]

    assert stops() == [0]
    key(qtbot, host, "5")
    assert stops() == [5]


def test_clicking_selects(qtbot: QtBot) -> None:
    host, _ = make(qtbot)
    qtbot.mouseClick(host.scale.button(8), Qt.MouseButton.LeftButton)
    assert host.scale.value() == 8
    qtbot.mouseClick(host.scale.button(8), Qt.MouseButton.LeftButton)
    assert host.scale.value() == 8
    assert host.scale.button(8).isChecked()


@pytest.mark.parametrize(
    ("ceiling", "text"),
    [
        (3, "0-2 green · 3 acceptable (your ceiling) · 4-5 too much to train · 6-10 red"),
        (4, "0-2 green · 3-4 acceptable (your ceiling) · 5 too much to train · 6-10 red"),
        (5, "0-2 green · 3-5 acceptable (your ceiling) · 6-10 red"),
    ],
)
def test_the_legend_follows_the_users_ceiling(qtbot: QtBot, ceiling: int, text: str) -> None:
    host, _ = make(qtbot)
    scale = host.scale
    scale.set_ceiling(ceiling)
    assert scale.legend().text() == text
    assert scale.button(4).accessibleDescription() == (
        f"acceptable (your ceiling {ceiling}/10)" if ceiling >= 4 else "too much to train"
    )
    key(qtbot, host, "4")
    assert scale._status.text().startswith("Pain: 4/10 (")
    assert scale._status.text() != "Pain: 4/10 (amber, acceptable)"


@pytest.mark.parametrize("typed", ["11", "15", "100"])
def test_a_number_past_ten_is_named_and_keeps_the_rating_it_had(qtbot: QtBot, typed: str) -> None:
    host, ticker = make(qtbot)
    scale = host.scale
    key(qtbot, host, "3")
    ticker.t += TEN_WINDOW_S + 0.1
    checks: list[None] = []
    scale.checked.connect(lambda: checks.append(None))
    for ch in typed:
        key(qtbot, host, ch)
        ticker.t += TEN_WINDOW_S / 4
    assert scale.value() == 3  # not 1, not 5, not 0: what it was before the typing
    wanted = f"Pain: {typed} is not allowed (a number from 0 to 10)."
    assert scale.input_problem() == wanted
    status = scale.findChild(QLabel, "painScaleStatus")
    assert status is not None and wanted in status.text()
    assert checks
    ticker.t += TEN_WINDOW_S + 0.1
    key(qtbot, host, "6")  # a rating chosen: the message goes
    assert scale.value() == 6
    assert scale.input_problem() is None
    assert "6/10" in status.text()


def test_one_then_one_slowly_is_still_one(qtbot: QtBot) -> None:
    host, ticker = make(qtbot)
    key(qtbot, host, "1")
    ticker.t += TEN_WINDOW_S + 0.1
    key(qtbot, host, "1")
    assert host.scale.value() == 1
    assert host.scale.input_problem() is None
