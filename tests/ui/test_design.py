"""The design system keeps its promises: contrast, the type scale, visible focus rings, and
that the screens take their sizes and colours from it."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from phtcoach.ui import design
from phtcoach.ui.app_style import FocusRingStyle
from phtcoach.ui.design import (
    DARK,
    DARK_CONTROL,
    LIGHT,
    MIN_POINT_SIZE,
    Colours,
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


# --------------------------------------------------------------------------- dark controls
# Screenshot review: in the dark theme check boxes, radio buttons, a number field's arrows, a
# dialog's Close icon and the calendar's month arrows could hardly be seen. WCAG 1.4.11 asks
# >= 3:1 for what identifies a control and its state.


@contextmanager
def _look(qapp: QApplication, theme: str) -> Iterator[None]:
    from phtcoach.ui.theme import AppLook

    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    look.apply(theme, 100)
    try:
        yield
    finally:
        look.apply(*before)


def _strong_pixels(image: QImage, rect: QRect, background: str, ratio: float) -> int:
    """Pixels of `rect` at least `ratio`:1 against `background`."""
    return sum(
        contrast_ratio(image.pixelColor(x, y).name(), background) >= ratio
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


def _arrow_pixels(image: QImage, rect: QRect, ratio: float) -> int:
    """Pixels of a spin box button at least `ratio`:1 against the button's own colour at
    their height (the button is a gradient; its edge columns are left out)."""
    count = 0
    for y in range(rect.top(), rect.bottom() + 1):
        button = image.pixelColor(rect.left() + 2, y).name()
        for x in range(rect.left() + 2, rect.right() - 1):
            count += contrast_ratio(image.pixelColor(x, y).name(), button) >= ratio
    return count


def _indicator(box: QAbstractButton, style: QStyle) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(box)
    option.rect = box.rect()
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(box, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return style.subElementRect(element, option, box)


def _spin_buttons(box: QSpinBox, style: QStyle) -> tuple[QRect, QRect]:
    option = QStyleOptionSpinBox()
    option.initFrom(box)
    option.rect = box.rect()
    option.frame = True
    option.subControls = QStyle.SubControl.SC_All
    option.buttonSymbols = QAbstractSpinBox.ButtonSymbols.UpDownArrows
    cc, sc = QStyle.ComplexControl.CC_SpinBox, QStyle.SubControl
    return (
        style.subControlRect(cc, option, sc.SC_SpinBoxUp, box),
        style.subControlRect(cc, option, sc.SC_SpinBoxDown, box),
    )


def _ink(pixmap_image: QImage) -> QColor:
    """The colour of an icon's most opaque pixel."""
    best = QColor(0, 0, 0, 0)
    for y in range(pixmap_image.height()):
        for x in range(pixmap_image.width()):
            c = pixmap_image.pixelColor(x, y)
            if c.alpha() > best.alpha():
                best = c
    return best


def test_the_dark_control_colour_shows_on_every_dark_surface() -> None:
    """The page, cards, buttons and a tab's pane (Fusion's, measured in the dark screenshots)."""
    for surface in (DARK.window, DARK.base, "#2C3036", "#3B3F45"):
        assert contrast_ratio(DARK_CONTROL, surface) >= 3.0, surface


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton], ids=["check box", "radio button"])
def test_a_dark_check_box_or_radio_button_has_an_outline_that_shows(
    kind: type[QCheckBox | QRadioButton], qtbot: QtBot, qapp: QApplication
) -> None:
    """Fusion drew the outline a shade darker than the dark page (1.1:1)."""
    style = FocusRingStyle("Fusion")
    with _look(qapp, "dark"):
        box = kind("Spoken cues")
        qtbot.addWidget(box)
        box.setStyle(style)
        box.resize(160, 30)
        image = box.grab().toImage()
        rect = _indicator(box, style)
    # Unchecked, the indicator is its fill (the page's darkness) and its outline.
    outline = _strong_pixels(image, rect, DARK.window, 3.0)
    if kind is QCheckBox:
        assert outline >= 0.75 * 2 * (rect.width() + rect.height() - 2)
    else:
        assert outline >= 0.5 * 3.14 * (rect.width() - 2)  # the circle, antialiased


def test_dark_spin_box_arrows_show_and_say_which_way_can_step(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """Fusion drew the arrows in the text colour at 60 % opacity (4.6:1), and the one that
    can't step (the field is at its minimum) at 1.9:1."""
    style = FocusRingStyle("Fusion")
    with _look(qapp, "dark"):
        box = QSpinBox()
        qtbot.addWidget(box)
        box.setStyle(style)
        box.setRange(0, 10)
        box.resize(120, 32)
        image = box.grab().toImage()
        up, down = _spin_buttons(box, style)
    assert _arrow_pixels(image, up, 7.0) >= 8  # can step: the opaque text colour
    assert _arrow_pixels(image, down, 3.0) >= 8  # can't step: dimmer, still >= 3:1
    assert _arrow_pixels(image, down, 7.0) == 0


def test_dark_close_icon_and_calendar_arrows_take_the_text_colour(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """The Close icon was black on a dark grey button (1.5:1), the month arrows black on the
    selection blue. Both are made before the switch to dark, as in a window that is open
    while the theme changes."""
    style = FocusRingStyle("Fusion")
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    close = style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton)
    arrow = style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft, None, calendar)
    with _look(qapp, "dark"):
        palette = qapp.palette()
        button = palette.color(QPalette.ColorRole.Button).name()
        ink = _ink(close.pixmap(QSize(16, 16)).toImage())
        assert ink.name() == palette.color(QPalette.ColorRole.ButtonText).name()
        assert contrast_ratio(ink.name(), button) >= 3.0
        dimmed = _ink(close.pixmap(QSize(16, 16), QIcon.Mode.Disabled).toImage())
        disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
        assert dimmed.name() == disabled.name()
        header = palette.color(QPalette.ColorRole.Highlight).name()
        ink = _ink(arrow.pixmap(QSize(16, 16)).toImage())
        assert ink.name() == palette.color(QPalette.ColorRole.HighlightedText).name()
        assert contrast_ratio(ink.name(), header) >= 3.0
    # Qt copies the engine when a shared icon is changed; the copy must stay usable.
    changed = QIcon(close)
    changed.addPixmap(QPixmap(8, 8))
    gc.collect()
    assert not changed.pixmap(QSize(16, 16)).isNull()
    # A coloured icon is left as Fusion draws it.
    save = style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
    plain = QStyleFactory.create("Fusion").standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
    with _look(qapp, "dark"):
        assert save.pixmap(QSize(16, 16)).toImage() == plain.pixmap(QSize(16, 16)).toImage()


def _grabs(qtbot: QtBot, style: QStyle) -> list[QImage]:
    widgets: list[QWidget] = []
    for kind in (QCheckBox, QRadioButton):
        for checked in (False, True):
            box = kind("Spoken cues")
            box.setChecked(checked)
            box.resize(160, 30)
            widgets.append(box)
    spin = QSpinBox()
    spin.resize(120, 32)
    button = QPushButton("Close")
    button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
    button.resize(120, 32)
    widgets += [spin, button]
    for w in widgets:
        qtbot.addWidget(w)
        w.setStyle(style)
    return [w.grab().toImage() for w in widgets]


def test_the_light_look_of_these_controls_is_fusions_own(qtbot: QtBot, qapp: QApplication) -> None:
    ours, fusion = FocusRingStyle("Fusion"), QStyleFactory.create("Fusion")
    with _look(qapp, "light"):
        assert _grabs(qtbot, ours) == _grabs(qtbot, fusion)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_form_label_draws_its_last_glyph_whole(qtbot: QtBot) -> None:
    """The report dialog's "&To" was drawn "Tc": the label was its text's rounded advance
    wide and the painter clipped the "o" reaching past it."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

    def inked_columns(image: QImage) -> int:
        return sum(
            any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height()))
            for x in range(image.width())
        )

    style = FocusRingStyle("Fusion")
    top = QWidget()
    qtbot.addWidget(top)
    font = QFont(top.font())
    font.setPointSizeF(11)
    top.setFont(font)
    form = QFormLayout(top)
    texts = ("&To", "&Paper", "&From", "&Notes", "Si&de")
    for text in texts:
        form.addRow(text, QLineEdit(top))
    references = []
    for text in texts:  # the same words with room to spare
        wide = QLabel(text, top)
        wide.setFixedWidth(200)
        field = QLineEdit(top)
        wide.setBuddy(field)
        form.addRow(wide, field)
        references.append(wide)
    for w in (top, *top.findChildren(QWidget)):
        w.setStyle(style)
    top.show()
    qtbot.waitExposed(top)
    labels = [lab for lab in top.findChildren(QLabel) if lab not in references]
    assert [lab.text() for lab in labels] == list(texts)
    for lab, wide in zip(labels, references, strict=True):
        shown = inked_columns(lab.grab().toImage())
        assert shown == inked_columns(wide.grab().toImage()), lab.text()


def test_table_cells_keep_air_around_their_text(qtbot: QtBot) -> None:
    """Backups: "Thu 3 Dec 2026 01:02" filled its column edge to edge and "Automatic, at
    start" touched the next column."""
    from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

    def column_width(style: QStyle) -> int:
        table = QTableWidget(1, 2)
        qtbot.addWidget(table)
        table.setStyle(style)
        design.style_table(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setItem(0, 0, QTableWidgetItem("Automatic, at start (a long cell)"))
        table.setHorizontalHeaderLabels(["A", "B"])
        table.show()
        return table.columnWidth(0) - table.fontMetrics().horizontalAdvance(
            "Automatic, at start (a long cell)"
        )

    air = column_width(FocusRingStyle("Fusion"))
    assert air >= 2 * design.Space.S
    assert column_width(QStyleFactory.create("Fusion")) < air  # plain Fusion: 3 px a side


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_disabled_start_button_still_reads(theme: str, qtbot: QtBot, qapp: QApplication) -> None:
    """With its template missing, the start button is disabled and says why: its words were
    white on Fusion's mid grey (1.9:1), and the dark palette took that grey from the light one."""
    from phtcoach.ui.widgets.start_button import StartButton

    with _look(qapp, theme):
        button = StartButton()
        qtbot.addWidget(button)
        button.set_texts("Start today's session", "Template not found: choose one in Programme")
        button.setEnabled(False)
        button.resize(520, 120)
        button.ensurePolished()
        image = button.grab().toImage()
        palette = QApplication.palette()
    label = button.detail_label.geometry()
    fill = image.pixelColor(button.width() // 2, 6).name()  # inside the border, above the words
    assert fill != palette.color(QPalette.ColorRole.Window).name()  # still looks like a button
    ink = max(
        (
            image.pixelColor(x, y).name()
            for x in range(label.left(), label.right())
            for y in range(label.top(), label.bottom())
        ),
        key=lambda c: contrast_ratio(c, fill),
    )
    assert contrast_ratio(ink, fill) >= 4.5, (ink, fill)
    if theme == "dark":  # the greys a dark palette's controls are drawn with are dark ones
        for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Mid, QPalette.ColorRole.Dark):
            assert palette.color(role).lightness() < 128, role
