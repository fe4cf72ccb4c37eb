"""How to do each exercise on screen: the drawings, the Programme page's How to tab, the
runner's side panel before an exercise's first set (H toggles it, the countdown keeps a
third of the height beside it), and the full how-to over the rating panel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach import paths
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.core.timeline import PhaseKind
from phtcoach.ui.howto_view import ExerciseDrawing
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.text.words import bullets_html
from tests.gui.runner_helpers import QT_NOISE, Rig, programme, rig_fixture

pytestmark = QT_NOISE
K = Qt.Key


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path) -> Iterator[Rig]:
    yield from rig_fixture(qtbot, data_dir)


def digits(rig: Rig) -> int:
    return QFontMetrics(rig.runner.floor.countdown.font()).tightBoundingRect("0").height()


# --------------------------------------------------------------------------- drawings


def ink_columns(svg: str, colour: str) -> tuple[QImage, int, int]:
    """The drawing rendered in `colour` on white: (image, inked pixels left half, right)."""
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode()))
    assert renderer.isValid()
    size = renderer.defaultSize()
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    renderer.render(p)
    p.end()
    half = size.width() // 2
    left = right = 0
    for y in range(0, size.height(), 2):
        for x in range(0, size.width(), 2):
            if image.pixelColor(x, y).lightness() < 128:
                if x < half:
                    left += 1
                else:
                    right += 1
    return image, left, right


@pytest.mark.parametrize("slug", sorted(programme().exercises))
def test_every_drawing_renders_both_positions_in_the_colour_given(slug: str) -> None:
    svg = (paths.asset("illustrations") / f"{slug}.svg").read_text(encoding="utf-8")
    assert "currentColor" in svg and "#000" not in svg  # the theme decides the colour
    image, left, right = ink_columns(svg, "#123456")
    assert left > 50 and right > 50  # a figure in the start and in the end panel
    dark = {
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 60
    }
    assert "#123456" in dark


def test_a_bridge_lifts_the_hips_from_the_start_to_the_end() -> None:
    """In the double-leg bridge the body between the shoulders and the knees is on the mat
    at the start and raised at the end: more ink above the mat in the end panel's middle."""
    svg = (paths.asset("illustrations") / "bridge-hold.svg").read_text(encoding="utf-8")
    image, _, _ = ink_columns(svg, "#000000")
    mat = image.height() - 20

    def raised(x0: int) -> int:
        return sum(
            1
            for y in range(mat - 14)
            for x in range(x0 + 70, x0 + 110)
            if image.pixelColor(x, y).lightness() < 128
        )

    assert raised(280) > 2 * raised(0) + 20


def test_the_drawing_stacks_its_positions_in_a_tall_narrow_space(qtbot: QtBot) -> None:
    d = ExerciseDrawing(colour="#ffffff")
    qtbot.addWidget(d)
    d.set_exercise(programme().exercises["fesl-bridge-hold"])
    d.set_stacked_when_narrow(True)
    d.resize(300, 500)
    assert d.stacked()
    d.resize(900, 200)
    assert not d.stacked()
    start, end = d.layout_boxes()
    assert end.left() > start.right()
    d.set_exercise(None)
    assert not d.has_drawing() and d.isHidden()


# --------------------------------------------------------------------------- Programme page


def test_programme_page_shows_the_selected_exercises_how_to_and_drawing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.show_page("programme")
    page = w.programme_page
    page.select("iso-circuit")
    page.tabs.setCurrentWidget(page.how_to)
    tab = page.how_to
    assert tab.chooser_row.isVisibleTo(page)
    assert [tab.chooser.itemText(i) for i in range(tab.chooser.count())] == [
        "Double-leg bridge hold",
        "Prone knee-flexion hold",
        "Straight-leg pull-down",
    ]
    view = tab.view
    assert view.title.text() == "Double-leg bridge hold"
    assert view.drawing.path == paths.asset("illustrations", "bridge-hold.svg")
    text = view.text.text()
    for heading in ("Set-up", "Movement", "What you should feel", "Common faults"):
        assert heading in text
    for heading in ("Easier", "Harder", "If it hurts", "Squeeze the glutes"):
        assert heading in text
    assert "Double-leg bridge hold" in view.text.accessibleName()
    qtbot.waitUntil(lambda: view.drawing.height() > 60)  # drawn, not squeezed away
    assert view.drawing.width() >= 300
    # Keyboard: the chooser (Alt+R) picks the next exercise; its drawing follows.
    tab.chooser.setFocus()
    qtbot.keyClick(tab.chooser, K.Key_Down)
    assert view.title.text() == "Prone knee-flexion hold"
    assert view.drawing.path == paths.asset("illustrations", "prone-knee-flexion-hold.svg")
    assert tab.chooser.accessibleName() and tab.scroller.accessibleName()
    assert tab.scroller.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # A one-exercise template needs no chooser; the page still fits 1280 x 720.
    page.select("iso-5x5")
    assert not tab.chooser_row.isVisibleTo(page)
    assert view.title.text() == "Foot-elevated single-leg bridge hold"
    assert page.tabs.geometry().bottom() < page.height()
    assert tab.scroller.height() >= 150


# --------------------------------------------------------------------------- runner


def test_the_lead_in_shows_the_how_to_beside_a_full_size_countdown(rig: Rig) -> None:
    r = rig.runner
    assert (r.width(), r.height()) == (1280, 720)
    r.load("iso-5x5")
    side = r.stack.how_to
    assert r.how_to.side_shown  # waiting for Space: before the first set
    assert side.title.text() == "Foot-elevated single-leg bridge hold"
    assert side.cues.accessibleDescription() == "Heel into the step; Hips level; Moderate effort"
    assert side.cues.text() == bullets_html(["Heel into the step", "Hips level", "Moderate effort"])
    assert side.drawing.has_drawing() and side.accessibleName() == "How to"
    rig.key(K.Key_H)
    assert not r.how_to.side_shown
    rig.key(K.Key_H)
    assert r.how_to.side_shown
    rig.key(K.Key_Space)  # the lead-in
    assert rig.engine.current_phase.kind is PhaseKind.LEAD_IN
    rig.qtbot.wait(20)
    assert r.how_to.side_shown
    assert side.geometry().left() >= r.floor.geometry().right()  # beside, not under
    assert side.height() == r.floor.height() == 720
    assert digits(rig) >= 720 / 3
    countdown = r.floor.countdown
    assert QFontMetrics(countdown.font()).horizontalAdvance(countdown.text()) <= countdown.width()
    assert side.drawing.width() > 200 and side.drawing.height() > 200
    rig.advance(5)  # the first set starts: the panel makes way
    assert rig.engine.current_phase.kind is PhaseKind.HOLD
    assert not r.how_to.side_shown
    rig.key(K.Key_H)  # still there on request during a set
    assert r.how_to.side_shown
    rig.key(K.Key_H)
    assert not r.how_to.side_shown
    rig.advance(10)  # later reps and sets of the same exercise: not shown by default
    assert not r.how_to.side_shown


def test_the_rest_before_the_next_exercise_shows_its_how_to_after_the_rating(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-circuit")
    rig.key(K.Key_Space)
    for _ in range(400):
        if rig.engine.current_phase.kind is PhaseKind.EXERCISE_REST:
            break
        rig.advance(1)
    assert r.panel.is_open  # the last set of the first exercise is being rated
    assert not r.how_to.side_shown  # the rating has the side
    rig.key(K.Key_Return)
    rig.qtbot.waitUntil(lambda: r.how_to.side_shown, timeout=2000)
    assert r.stack.how_to.title.text() == "Prone knee-flexion hold"
    assert digits(rig) >= 720 / 3


def test_the_rating_panel_opens_the_full_how_to_with_h_and_its_button(rig: Rig) -> None:
    r = rig.runner
    r.load("iso-5x5")
    rig.key(K.Key_Space)
    rig.advance(50)  # set 1 done: the rating panel beside the rest countdown
    assert r.panel.is_open
    button = r.panel.how_to_button
    assert button.text() == "How to (H)" and button.accessibleName()
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus
    card = r.how_to.card
    rig.key(K.Key_H)
    assert r.how_to.card_shown and r.panel.is_open
    assert card.view.title.text() == "Foot-elevated single-leg bridge hold"
    assert "If it hurts" in card.view.text.text()
    assert card.geometry() == r.panel.rect()
    assert QApplication.focusWidget() is card.scroller
    assert not r.how_to.side_shown
    rig.qtbot.waitUntil(lambda: r.panel.width() >= 0.35 * r.width())
    assert digits(rig) >= 720 / 3
    rig.key(K.Key_H)  # back to the rating, which kept its values
    assert not r.how_to.card_shown and r.panel.is_open
    button.click()
    assert r.how_to.card_shown
    r.panel.activate_default()  # saved: the card goes with the panel
    rig.qtbot.waitUntil(lambda: r.panel.isHidden(), timeout=2000)
    assert not r.how_to.card_shown


def test_a_cue_that_wraps_hangs_under_its_text_not_its_bullet(qapp: object) -> None:
    """At 1280 x 720 "Push through the heel" wrapped to a second line under the bullet."""
    doc = QTextDocument()
    doc.setHtml(bullets_html(["Push through the heel and keep going", "Hips level"]))
    doc.setTextWidth(120)
    layout = doc.documentLayout()
    blocks = []
    block = doc.begin()
    while block.isValid():
        if block.text():
            blocks.append((block.text(), layout.blockBoundingRect(block), block.layout()))
        block = block.next()
    (bullet, bullet_rect, _), (text, text_rect, text_layout) = blocks[:2]
    assert bullet.startswith("•") and text.startswith("Push")
    assert text_layout.lineCount() > 1  # it wraps at this width
    assert text_rect.left() > bullet_rect.left() + 3  # every line of it, the second included
