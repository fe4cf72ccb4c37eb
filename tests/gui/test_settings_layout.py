"""The Settings page's layout at 1280 x 720 and 1920 x 1080: nothing cut off by the Save bar,
one label column and one number-box width across all sections, labels with one colon and
unique mnemonics, and a column never wider than the reading width unless its text needs it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.ui.design import READING_WIDTH
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.settings_page import SettingsPage
from phtcoach.ui.settings_sections import Section
from phtcoach.ui.state import AppState
from phtcoach.ui.theme import AppLook
from phtcoach.ui.widgets.range_spin import RangeSpinBox

# Showing a top-level widget on the offscreen platform; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = [(1280, 720), (1920, 1080)]


@pytest.fixture
def data_dir() -> Iterator[Path]:
    """A data folder with a path as long as a real one (~/.local/share/phtcoach): the Data
    section's field is as wide as the path, and pytest's own tmp paths are far longer."""
    top = Path(tempfile.mkdtemp(prefix="phtcoach-"))
    d = top / "data"
    d.mkdir()
    yield d
    shutil.rmtree(top, ignore_errors=True)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.show()
    w.show_page("settings")
    yield w
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    AppLook.of(app).apply("system", 100)  # a text-size test leaves the app as it found it


def settle() -> None:
    """Let the layouts finish (a change of columns takes a few passes)."""
    for _ in range(5):
        QApplication.processEvents()


def at_size(w: MainWindow, width: int, height: int) -> SettingsPage:
    w.resize(width, height)
    settle()
    return w.settings_page


def scroll_area(page: SettingsPage) -> QScrollArea:
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    return scroll


def body(page: SettingsPage) -> QWidget:
    widget = scroll_area(page).widget()
    assert widget is not None
    return widget


def scroll_to(page: SettingsPage, where: str) -> None:
    bar = scroll_area(page).verticalScrollBar()
    bar.setValue(bar.minimum() if where == "top" else bar.maximum())
    settle()


def scroll_onto(page: SettingsPage, widget: QWidget) -> None:
    """Scroll so that `widget` is in the middle of the viewport (or as near as it goes)."""
    scroll = scroll_area(page)
    middle = rect_in(widget, body(page)).center().y() - scroll.viewport().height() // 2
    scroll.verticalScrollBar().setValue(middle)
    settle()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def fully_shown(widget: QWidget, page: SettingsPage) -> bool:
    """All of `widget` inside the scroll area's viewport, and the viewport above the bar."""
    viewport = scroll_area(page).viewport()
    bar = page.findChild(QWidget, "settingsBar")
    assert bar is not None
    inside = viewport.rect().contains(rect_in(widget, viewport))
    above_bar = rect_in(viewport, page).bottom() < rect_in(bar, page).top()
    return inside and above_bar


def fields(section: Section) -> list[QWidget]:
    """The visible widgets in the form's field column (not a note across both columns)."""
    out = []
    for row in range(section.form.rowCount()):
        if section.form.itemAt(row, QFormLayout.ItemRole.SpanningRole) is not None:
            continue
        item = section.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible():
            out.append(widget)
    return out


def controls_shown(*sections: Section) -> list[QWidget]:
    """Every visible field of the sections, and their buttons."""
    out: list[QWidget] = []
    for section in sections:
        out += fields(section)
        out += [b for b in section.findChildren(QAbstractButton) if b.isVisible()]
    return out


def field_offsets(section: Section) -> set[int]:
    """The x of each visible field, from the section's left edge."""
    return {widget.mapTo(section, QPoint(0, 0)).x() for widget in fields(section)}


def number_boxes(section: Section) -> list[RangeSpinBox]:
    return [box for box in section.controls.values() if isinstance(box, RangeSpinBox)]


def label_texts(section: Section) -> list[str]:
    """The form's labels (not the empty one beside a check box)."""
    out = []
    for row in range(section.form.rowCount()):
        item = section.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QLabel) and widget.text():
            out.append(widget.text())
    return out


# --------------------------------------------------------------------------- the Save bar


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_scrolled_to_the_bottom_the_last_section_ends_above_the_bar(
    window: MainWindow, width: int, height: int
) -> None:
    page = at_size(window, width, height)
    scroll_to(page, "bottom")
    viewport = scroll_area(page).viewport()
    for section in page.sections:
        assert rect_in(section, viewport).bottom() <= viewport.rect().bottom(), section.title()
    for control in controls_shown(page.data):
        assert fully_shown(control, page), control.accessibleName()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_control_can_be_scrolled_into_full_view(
    window: MainWindow, width: int, height: int
) -> None:
    page = at_size(window, width, height)
    cut = []
    for control in controls_shown(*page.sections):
        scroll_onto(page, control)
        if not fully_shown(control, page):
            cut.append(control.accessibleName() or control.objectName())
    assert not cut, cut


def test_at_1920_by_1080_the_whole_page_fits_and_test_sound_is_whole(window: MainWindow) -> None:
    """Bug: at 1920 x 1080 the Test sound button was cut in half at the Save bar."""
    page = at_size(window, 1920, 1080)
    scroll_to(page, "top")
    assert fully_shown(page.sound.test_button, page)
    cut = [c.accessibleName() for c in controls_shown(*page.sections) if not fully_shown(c, page)]
    assert not cut, cut


# --------------------------------------------------------------------------- columns


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_fields_start_at_the_same_x_in_every_section(
    window: MainWindow, width: int, height: int
) -> None:
    """Bug: each section had its own label column (fields at 469, 579, 345 px...)."""
    page = at_size(window, width, height)
    offsets = {type(s).__name__: field_offsets(s) for s in page.sections}
    assert len(set().union(*offsets.values())) == 1, offsets
    if not page.two_columns:  # one column: the same x on the page too
        xs = {rect_in(s, page).x() for s in page.sections}
        assert len(xs) == 1, xs


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_number_boxes_have_one_width_and_line_up(
    window: MainWindow, width: int, height: int
) -> None:
    page = at_size(window, width, height)
    boxes = [b for s in page.sections for b in number_boxes(s)]
    assert len({b.width() for b in boxes}) == 1, {b.accessibleName(): b.width() for b in boxes}
    rights = {
        b.mapTo(section, QPoint(b.width(), 0)).x()
        for section in page.sections
        for b in number_boxes(section)
    }
    assert len(rights) == 1, rights


def test_columns_keep_to_the_reading_width(window: MainWindow) -> None:
    """READING_WIDTH, or what the widest section's text needs if that is more (a long data
    folder path, a large text size); two such columns where they fit."""
    page = at_size(window, 1280, 720)
    widest = max(READING_WIDTH, *(s.sizeHint().width() for s in page.sections))
    assert not page.two_columns
    assert {s.width() for s in page.sections} == {widest}
    page = at_size(window, 1920, 1080)
    assert page.two_columns
    assert {s.width() for s in page.sections} == {widest}
    lefts = {rect_in(s, page).x() for s in page.sections}
    assert len(lefts) == 2  # two columns, each section in one of them


def test_a_larger_text_size_keeps_the_columns_lined_up(window: MainWindow) -> None:
    page = at_size(window, 1280, 720)
    before = field_offsets(page.leg)
    window.state.update_settings(font_scale_pct=150)
    settle()
    after = {type(s).__name__: field_offsets(s) for s in page.sections}
    assert len(set().union(*after.values())) == 1, after
    assert min(after["LegSection"]) > min(before)  # the labels grew with the text
    widths = {b.width() for s in page.sections for b in number_boxes(s)}
    assert len(widths) == 1, widths


# --------------------------------------------------------------------------- labels


SECTIONS = ["leg", "rules", "sessions", "sound", "appearance", "language", "reminders", "data"]


@pytest.mark.parametrize("name", SECTIONS)
def test_labels_have_one_colon_and_no_range(window: MainWindow, name: str) -> None:
    """Bug: "Red morning: more than (1-3):" and "Weights in (units):"."""
    section: Section = getattr(window.settings_page, name)
    for text in label_texts(section):
        assert text.count(":") <= 1, text
        assert "(" not in text, text  # a range goes to the box's tooltip, not the label


def test_a_box_says_its_range_in_its_tooltip_and_description(window: MainWindow) -> None:
    page = window.settings_page
    for section in page.sections:
        for box in number_boxes(section):
            lo, hi = str(box.minimum()), str(box.maximum())
            for text in (box.toolTip(), box.accessibleDescription()):
                assert lo in text and hi in text, (box.accessibleName(), text)


def test_the_response_window_is_not_called_24_hours(window: MainWindow) -> None:
    """Bug: "24-hour window" beside "36 h" read as a contradiction."""
    page = window.settings_page
    [label] = [lab for lab in page.findChildren(QLabel) if lab.buddy() is page.rules.window_h]
    assert "24" not in label.text()
    assert "window" in label.text().replace("&", "").lower()
    assert "24" not in page.rules.window_h.accessibleName()


def test_mnemonics_are_unique_on_the_page_and_leave_the_menus_theirs(window: MainWindow) -> None:
    page = window.settings_page
    texts = [lab.text() for lab in page.findChildren(QLabel)]
    texts += [b.text() for b in page.findChildren(QAbstractButton)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if "&" in t.replace("&&", "")]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    assert not doubled, doubled
    menus = {QKeySequence.mnemonic(a.text()).toString() for a in window.menuBar().actions()}
    assert not menus & set(keys), menus & set(keys)
