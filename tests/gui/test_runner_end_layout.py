"""The runner's rating panel and end screen laid out like the floor view: every 0-10 digit
(and every button's words) fits its button at any window size, and the summary is one
centred column of bounded width with the pain-after title over its row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.runner_helpers import QT_NOISE, Rig, rig_fixture

pytestmark = QT_NOISE
K = Qt.Key
SIZES = ((1280, 720), (1920, 1080))
BORDER_AND_AIR = 8  # a button's 2 px border each side and 2 px of air


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def resize(rig: Rig, w: int, h: int) -> None:
    rig.runner.resize(w, h)
    rig.qtbot.waitUntil(lambda: (rig.runner.width(), rig.runner.height()) == (w, h))
    rig.qtbot.wait(20)  # the layouts' posted requests


def text_fits(button: QPushButton) -> bool:
    advance = button.fontMetrics().horizontalAdvance(button.text())
    return advance + BORDER_AND_AIR <= button.width()


def left_in(widget: QWidget, ancestor: QWidget) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).x()


def text_centre_x(label: QLabel, ancestor: QWidget) -> float:
    """Where the middle of a one-line label's text is drawn, in `ancestor`'s coordinates."""
    left = left_in(label, ancestor)
    text_w = label.fontMetrics().horizontalAdvance(label.text())
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignHCenter:
        return left + label.width() / 2
    if align & Qt.AlignmentFlag.AlignRight:
        return left + label.width() - text_w / 2
    return left + label.contentsMargins().left() + label.margin() + text_w / 2


def to_summary(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.keys(K.Key_2, K.Key_5, K.Key_Return)
    rig.advance(105)
    rig.keys(K.Key_3, K.Key_T, K.Key_Return)
    assert rig.runner.on_summary()


def test_every_digit_and_button_fits_in_the_rest_panel(rig: Rig) -> None:
    rig.runner.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)
    rig.key(K.Key_T)  # pain 10: "Save and end session" and "Step down instead" both show
    panel = rig.runner.panel
    least = rig.runner.minimumSizeHint()
    small = (max(1024, least.width()), max(600, least.height()))  # the panel at its narrowest
    for w, h in (small, *SIZES):  # growing: an open panel keeps its width as a minimum
        resize(rig, w, h)
        share = 0.35 * w

        def opened(share: float = share) -> bool:
            return panel.width() >= share

        rig.qtbot.waitUntil(opened)
        rig.qtbot.wait(20)
        for scale in (panel.pain, panel.rpe):
            for b in scale.buttons:
                assert text_fits(b), (w, h, b.text(), b.width())
            assert scale.buttons[-1].fontMetrics().height() <= scale.buttons[-1].height()
        for b in (panel.save_button, panel.alt_button, panel.how_to_button):
            assert b.isVisible()
            assert text_fits(b), (w, h, b.text(), b.width())


@pytest.mark.parametrize(("w", "h"), SIZES)
def test_the_end_screen_is_a_centred_column_of_bounded_width(rig: Rig, w: int, h: int) -> None:
    to_summary(rig)
    resize(rig, w, h)
    page = rig.runner.summary
    row = page.pain.buttons
    left = left_in(row[0], page)
    right = page.width() - (left_in(row[-1], page) + row[-1].width())
    assert abs(left - right) <= 2  # centred
    assert left >= 0.1 * w  # not edge to edge: a column, like the floor view's
    for b in row:
        assert text_fits(b), (w, h, b.text(), b.width())
        assert b.height() >= 0.8 * b.width()  # near square, not a thin strip
    for label in (page.title, page.stats, page.saved):
        assert abs(text_centre_x(label, page) - page.width() / 2) <= 2, label.text()
    for b in (page.back_button,):
        assert abs(left_in(b, page) + b.width() / 2 - page.width() / 2) <= 2
        assert text_fits(b)


@pytest.mark.parametrize(("w", "h"), SIZES)
def test_pain_after_title_sits_over_its_row(rig: Rig, w: int, h: int) -> None:
    to_summary(rig)
    resize(rig, w, h)
    page = rig.runner.summary
    label, row = page.pain.label, page.pain.buttons
    assert "not rated" in label.text()
    row_left = left_in(row[0], page)
    row_centre = (row_left + left_in(row[-1], page) + row[-1].width()) / 2
    assert abs(text_centre_x(label, page) - row_centre) <= 2
    # The title reads at the size of the lines above it, not as small print.
    assert label.fontMetrics().height() >= page.saved.fontMetrics().height()


def test_pain_after_is_coloured_by_zone_like_pain_during(rig: Rig) -> None:
    """The rest panel's pain buttons wore their traffic light; the same scale on the end
    screen was plain grey."""
    to_summary(rig)
    ceiling = rig.state.settings.acceptable_ceiling
    during, after = rig.runner.panel.pain, rig.runner.summary.pain
    assert after.zones() == during.zones()
    assert after.zones()[0] == "green" and after.zones()[ceiling] == "amber"
    assert after.zones()[10] == "red"
    assert after.buttons[10].accessibleName() == "Pain after 10 out of 10, above your ceiling"
