"""The design system keeps its promises: contrast, the type scale, visible focus rings, and
that the screens take their sizes and colours from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QStyleOptionSpinBox,
)
from pytestqt.qtbot import QtBot

from phtcoach.ui import design
from phtcoach.ui.design import (
    DARK,
    LIGHT,
    MIN_POINT_SIZE,
    Colours,
    FocusRingStyle,
    TextStyle,
    contrast_ratio,
)

UI = Path(design.__file__).parent


@pytest.mark.parametrize("c", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_reads_on_the_page_and_on_cards(c: Colours) -> None:
    for background in (c.window, c.base):
        for name, fg in [("text", c.text), ("muted", c.muted)] + [
            (tone, getattr(c, tone).text) for tone in ("green", "amber", "red", "info")
        ]:
            assert contrast_ratio(fg, background) >= 4.5, (name, fg, background)
        assert contrast_ratio(c.focus, background) >= 3.0  # a non-text outline: WCAG 1.4.11


@pytest.mark.parametrize("c", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_a_traffic_light_fill_reads(c: Colours) -> None:
    for tone in (c.green, c.amber, c.red, c.info):
        assert contrast_ratio(tone.on_fill, tone.fill) >= 4.5, tone


def test_the_runner_band_and_background_text_is_aaa() -> None:
    for band in (design.HOLD, design.RAISE, design.LOWER, design.REST, design.GET_READY):
        assert contrast_ratio(design.BAND_TEXT, band) >= 7.0, band
    for text in (design.TEXT, design.TEXT_DIM, design.NOTICE):
        assert contrast_ratio(text, design.BACKGROUND) >= 7.0, text
    assert contrast_ratio(design.TEXT, design.PAUSED_BAND) >= 7.0


def test_the_type_scale_grows_and_never_goes_below_11_pt(qapp: QApplication) -> None:
    base = QFont(qapp.font())
    base.setPointSizeF(12.0)
    sizes = [design.text_font(s, base).pointSizeF() for s in TextStyle]
    assert sizes == sorted(sizes, reverse=True)  # title > heading > lead > body > caption
    assert design.text_font(TextStyle.TITLE, base).pointSizeF() == pytest.approx(19.2)
    assert min(sizes) >= MIN_POINT_SIZE
    assert design.text_font(TextStyle.TITLE, base).weight() == QFont.Weight.Bold


def test_a_styled_widget_follows_a_text_size_change(qtbot: QtBot, qapp: QApplication) -> None:
    button = QPushButton("Start")
    qtbot.addWidget(button)
    design.set_text_style(button, TextStyle.HEADING)
    old_font = QFont(qapp.font())
    try:
        bigger = QFont(old_font)
        bigger.setPointSizeF(old_font.pointSizeF() * 1.5)
        qapp.setFont(bigger)
        design.refresh_text_styles(qapp)
        assert button.font().pointSizeF() == pytest.approx(bigger.pointSizeF() * 1.25)
    finally:
        qapp.setFont(old_font)
        design.refresh_text_styles(qapp)


def _focus_pixels(style: QStyle, qtbot: QtBot) -> int:
    """Pixels of the focus colour in a 120 x 40 button drawn by `style` as having the keyboard
    (the state is set on the option, so no window has to be active)."""
    button = QPushButton("Save")
    qtbot.addWidget(button)
    button.resize(120, 40)
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = "Save"
    option.state |= QStyle.StateFlag.State_HasFocus
    image = QImage(button.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(LIGHT.window))
    painter = QPainter(image)
    style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, button)
    painter.end()
    return _count_colour(image, QColor(design.colours(button).focus))


def _count_colour(image: QImage, ring: QColor) -> int:
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            close = abs(c.red() - ring.red()) + abs(c.green() - ring.green())
            if close + abs(c.blue() - ring.blue()) < 40:
                count += 1
    return count


def _spin_focus_pixels(style: QStyle, qtbot: QtBot) -> int:
    box = QSpinBox()
    qtbot.addWidget(box)
    box.resize(120, 40)
    option = QStyleOptionSpinBox()
    option.initFrom(box)
    option.frame = True
    option.subControls = QStyle.SubControl.SC_All
    option.state |= QStyle.StateFlag.State_HasFocus
    image = QImage(box.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(LIGHT.window))
    painter = QPainter(image)
    style.drawComplexControl(QStyle.ComplexControl.CC_SpinBox, option, painter, box)
    painter.end()
    return _count_colour(image, QColor(design.colours(box).focus))


def test_number_fields_get_the_ring_too(qtbot: QtBot) -> None:
    """Spin boxes (minutes, reps, the check-in's time) are most of the form fields."""
    assert _spin_focus_pixels(FocusRingStyle("Fusion"), qtbot) > 400
    assert _spin_focus_pixels(QStyleFactory.create("Fusion"), qtbot) < 50


def test_the_focus_ring_is_drawn_and_plain_fusion_would_not_draw_it(qtbot: QtBot) -> None:
    ringed = _focus_pixels(FocusRingStyle("Fusion"), qtbot)
    plain = _focus_pixels(QStyleFactory.create("Fusion"), qtbot)
    # A 2 px ring round a 120 x 40 button: about 2 * (2 * 120 + 2 * 40) pixels.
    assert ringed > 400
    assert plain < 50


# Ad-hoc sizes the design system replaces: a font scaled on the spot, or a colour written out
# in a screen. The runner's floor (sized by the window) and the modules that hold the colour
# tables are where such values belong.
_ADHOC_FONT = re.compile(r"setPointSizeF\(.*pointSizeF\(\)\s*\*")
_FONT_HOMES = {"design.py", "floor_view.py", "floor_parts.py", "howto_view.py"}


def _adhoc_fonts(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name in _FONT_HOMES:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if _ADHOC_FONT.search(line):
                found.append(f"{path.relative_to(root)}:{n}")
    return found


def test_screens_take_their_text_sizes_from_the_type_scale() -> None:
    assert _adhoc_fonts(UI) == []


def test_the_font_guard_catches_an_adhoc_size(tmp_path: Path) -> None:
    (tmp_path / "page.py").write_text(
        "f.setPointSizeF(self.font().pointSizeF() * 1.4)\n", encoding="utf-8"
    )
    assert _adhoc_fonts(tmp_path) == ["page.py:1"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_switching_to_dark_live_recolours_styled_widgets_and_cards(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The sidebar (a list with its own style sheet) stayed white and cards kept their light
    colours when the theme was switched to dark while the window was open."""
    from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

    from phtcoach.ui.theme import AppLook

    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    look.apply("light", 100)
    top = QWidget()
    qtbot.addWidget(top)
    nav = QListWidget(top)
    nav.setStyleSheet("QListWidget { border: none; padding-top: 8px; }")
    nav.addItem("Today")
    card = design.Card("themeCard", top)
    box = QVBoxLayout(top)
    box.addWidget(nav)
    box.addWidget(card)
    top.resize(300, 300)
    top.show()
    try:
        look.apply("dark", 100)
        image = top.grab().toImage()
        assert image.pixelColor(nav.geometry().center()).lightness() < 80
        assert DARK.base.lower() in card.styleSheet().lower()
        look.apply("light", 100)
        image = top.grab().toImage()
        assert image.pixelColor(nav.geometry().center()).lightness() > 200
        assert LIGHT.base.lower() in card.styleSheet().lower()
    finally:
        look.apply(*before)
