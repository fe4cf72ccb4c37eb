"""The rating panel beside the rest countdown: readable values, rule 1 worded for the rest,
traffic-light pain buttons, and buttons reachable without a mouse."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.ui import rating_style as rp
from tests.gui.runner_helpers import QT_NOISE, Rig, rig_fixture

pytestmark = QT_NOISE
K = Qt.Key


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def rest_after_set_1(rig: Rig, template: str = "iso-5x5") -> None:
    rig.runner.load(template)
    rig.key(K.Key_Space)
    rig.advance(50)
    assert rig.runner.panel.is_open


def test_panel_opens_beside_the_countdown_which_keeps_a_third_of_the_height(rig: Rig) -> None:
    for w, h in ((1280, 720), (1920, 1080)):
        rig.runner.resize(w, h)
        if rig.runner.run is None:
            rest_after_set_1(rig)
        rig.qtbot.waitUntil(lambda: rig.runner.panel.width() >= 0.35 * rig.runner.width())
        panel, floor = rig.runner.panel, rig.runner.floor
        assert panel.geometry().left() >= floor.geometry().right()  # beside, not under
        assert panel.height() == floor.height() == h
        digits = QFontMetrics(floor.countdown.font()).tightBoundingRect("0").height()
        assert digits >= h / 3
        assert QFontMetrics(floor.word.font()).tightBoundingRect("H").height() >= h / 10
        text_w = QFontMetrics(floor.countdown.font()).horizontalAdvance(floor.countdown.text())
        assert text_w <= floor.countdown.width()


def test_bodyweight_and_whole_seconds_read_plainly(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    assert p.load.value() == 0.0
    assert p.load.text() == "bodyweight"
    assert p.hold.text() == "5 s"
    p.hold.setValue(15.5)
    assert p.hold.text() == "15.5 s"
    p.hold.setValue(15.0)
    assert p.hold.text() == "15 s"
    p.load.setValue(2.5)
    assert p.load.text() == "2.5 kg"


def test_rule_one_is_worded_for_the_rest(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    assert p.pain.label.text().endswith("not rated")
    rig.key(K.Key_4)  # above the default ceiling of 3, not above 5
    text = p.message.text()
    assert "finish this set" not in text
    assert "Pain 4/10 is above your ceiling of 3/10: make the next set one step easier" in text
    rig.key(K.Key_Up)
    rig.key(K.Key_7)
    text = p.message.text()
    assert "stop this set" not in text
    assert "Pain 7/10 is above 5/10: end the session here" in text
    rig.key(K.Key_Up)
    rig.key(K.Key_1)
    assert "green zone" in p.message.text()


def test_pain_buttons_wear_the_traffic_light(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    green, amber, red = (rp.ZONE_COLOURS[z] for z in ("green", "amber", "red"))
    assert p.pain.zones() == ["green"] * 3 + ["amber"] + ["red"] * 7  # ceiling 3
    assert green in p.pain.buttons[2].styleSheet()
    assert amber in p.pain.buttons[3].styleSheet()
    assert red in p.pain.buttons[4].styleSheet()
    assert "above your ceiling" in p.pain.buttons[4].accessibleName()
    assert p.pain.buttons[4].text() == "4"  # the number stays: colour is never the only sign
    assert p.rpe.zones() == []  # effort is not pain
    rig.state.update_settings(acceptable_ceiling=5)
    assert p.pain.zones() == ["green"] * 3 + ["amber"] * 3 + ["red"] * 5


def test_tab_reaches_the_panel_buttons(rig: Rig) -> None:
    rest_after_set_1(rig)
    p = rig.runner.panel
    rig.key(K.Key_4)  # two choices: step down (Enter) or keep the plan (K)
    assert p.alt_button.isVisible()
    for b in (p.save_button, p.alt_button):
        assert b.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert b.accessibleName()
    assert p.alt_button.accessibleName() == "Keep the plan (K)"
    p.load.setFocus()
    seen = []
    for _ in range(4):
        w = QApplication.focusWidget()
        assert w is not None
        rig.qtbot.keyClick(w, K.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert p.alt_button in seen
    assert p.save_button in seen
