"""The template editor as a newcomer sees it: sized for its content, whole column headers,
the beginning of a long name, short exercise names, no internal id, a number typed beyond
what a box takes named instead of changed, and nothing cut at 1280 x 720 in the app's own
11 pt font."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.ui.design import MIN_POINT_SIZE
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.template_editor import SCREEN_SHARE, TemplateEditor
from tests.gui.test_programme_layout import assert_columns_fit

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    w.show_page("programme")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def duplicate(qtbot: QtBot, window: MainWindow, template_id: str) -> TemplateEditor:
    page = window.programme_page
    page.select(template_id)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_U, ALT)  # Duplicate…
    qtbot.waitUntil(lambda: page.edit.editor is not None)
    editor = page.edit.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_the_editor_opens_with_whole_columns_names_and_no_id(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ed = duplicate(qtbot, window, "hsr-5-5")
    # The long name shows from its beginning.
    assert ed.name.text().startswith("Single-leg bridge") and ed.name.text().endswith("(copy)")
    assert ed.name.cursorPosition() == 0
    # The dialog takes most of the screen, at least what its content needs.
    area = ed.screen().availableGeometry()
    assert ed.width() >= min(area.width() * 0.85, ed.minimumSizeHint().width())
    # The exercise box shows the short name, the full one in its tooltip.
    ex = ctx.services.programme.current().exercises[ed.draft.blocks[0].exercise]
    assert ex.short != ex.name
    assert ed.block_form.exercise.currentText() == ex.short
    assert ed.block_form.exercise.toolTip() == ex.name
    # No column of the phases narrower than its header or its cells.
    ed.flush_preview()
    assert ed.preview.phases.rowCount() > 0
    assert_columns_fit(qtbot, ed.preview.phases)
    # The id is internal: no "Saved as single-leg-bridge-...-copy".
    slug = ed.draft.resolved_id()
    shown = [w.text() for w in ed.findChildren(QLabel) if w.isVisible()]
    assert not any(slug in text or "Saved as" in text for text in shown), shown
    qtbot.keyClick(ed, Qt.Key.Key_Escape)


def test_a_number_beyond_the_box_is_named_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    ed = duplicate(qtbot, window, "hsr-5-5")
    before = set(ctx.services.programme.current().templates)
    sets = ed.block_form.sets
    sets.setFocus()
    qtbot.keyClick(sets, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(sets, "1000000")
    qtbot.keyClick(sets, Qt.Key.Key_Return)
    assert sets.lineEdit().text() == "1000000"  # what was typed stays, not "100000"
    message = ed.block_form.errors["sets"].text()
    assert "1000000" in message and "99999" in message  # named, with the range
    assert ed.block_form.errors["sets"].isVisible()
    assert not ed.save_button.isEnabled()
    assert ed.summary.text().startswith("1 problem to fix")
    focus: QWidget | None = QApplication.focusWidget()
    qtbot.keyClick(focus or ed, Qt.Key.Key_S, CTRL)
    assert ed.isVisible()
    assert set(ctx.services.programme.current().templates) == before  # nothing saved
    qtbot.keyClick(ed, Qt.Key.Key_Escape)


def test_the_preview_lists_every_cue(qtbot: QtBot, ctx: AppContext) -> None:
    from phtcoach.core.timeline import compile_for
    from phtcoach.ui.template_preview import TemplatePreview

    preview = TemplatePreview(NullCuePlayer(), ctx.services.clock)
    qtbot.addWidget(preview)
    programme = ctx.services.programme
    tl = compile_for(programme.template("hsr-3x15"), ctx.services.settings.load())
    assert len(tl.cues) > 400  # a long session
    preview.show_timeline(tl, programme.current().exercises)
    preview.fill_lists()
    items = [preview.cues.item(i).text() for i in range(preview.cues.count())]
    assert len(items) == len(tl.cues)  # all of them, in a scrolling list
    assert not any("more" in text for text in items)


# --------------------------------------------------------------------------- 1280 x 720


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The font the app starts with (`theme.apply_theme`: never below 11 pt); the tests'
    own default is 9 pt, where the editor had room it does not have on a real screen."""
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(max(MIN_POINT_SIZE, before.pointSizeF()))
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


@pytest.fixture
def window_11pt(qtbot: QtBot, ctx: AppContext, app_font: QFont) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    w.show_page("programme")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def _inside_its_scroll_area(w: QWidget, dialog: QWidget) -> None:
    """`w` is whole on screen: inside the dialog, and inside the viewport of the scroll area
    it sits in across (nothing scrolls sideways) and inside its content up and down (the
    area scrolls to it)."""
    what = f"{w.metaObject().className()} {getattr(w, 'text', lambda: '')()!r}"
    area = w.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        viewport, content = area.viewport(), area.widget()
        assert content is not None
        r = QRect(w.mapTo(viewport, QPoint(0, 0)), w.size())
        assert r.left() >= 0 and r.right() < viewport.width(), (what, r, viewport.width())
        inner = QRect(w.mapTo(content, QPoint(0, 0)), w.size())
        assert content.rect().contains(inner), (what, inner, content.rect())
        w = area
    r = QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())
    assert dialog.rect().contains(r), (what, r, dialog.rect())


def _combo_text_fits(combo: QComboBox) -> None:
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    text = combo.currentText()
    assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), (text, field.width())


def test_at_1280_x_720_nothing_is_cut_and_numbers_read_as_people_write_them(
    qtbot: QtBot, window_11pt: MainWindow, app_font: QFont
) -> None:
    """As docs/screenshots/template-editor-*-1280.png showed: the name cut ("loaded (co"),
    the block's summary elided, the "Selected block" column cut at its right edge, the
    preview's Side column cut, "5.00 kg", "5.0 s" under "Up (s)", and "Length 09:05"."""
    ed = duplicate(qtbot, window_11pt, "hsr-5-5")
    assert ed.name.font().pointSizeF() == app_font.pointSizeF() >= MIN_POINT_SIZE
    # The size the editor takes on a 1280 x 720 screen; it needs no more than that.
    size = QSize(round(1280 * SCREEN_SHARE[0]), round(720 * SCREEN_SHARE[1]))
    need = ed.minimumSizeHint()
    assert need.width() <= size.width() and need.height() <= size.height(), need
    ed.resize(size)
    qtbot.waitUntil(lambda: ed.size() == size)
    ed.flush_preview()
    QApplication.processEvents()
    form = ed.block_form

    # The whole name is in its field.
    name = ed.name
    frame = name.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, name)
    room = name.width() - 2 * frame - 2 * 2  # QLineEdit's own 2 px each side
    assert name.fontMetrics().horizontalAdvance(name.text()) <= room, (name.text(), room)

    # Every row of the selected block, its label and its field, whole on screen.
    rows = [f for f in form.fields.values() if not f.isHidden()]
    assert len(rows) == 13  # tempo: exercise, kind, sets, reps, 4 phases, 3 rests, sides, load
    for holder in rows:
        label = form.form.labelForField(holder)
        assert isinstance(label, QLabel)
        for w in (label, holder):
            _inside_its_scroll_area(w, ed)
    for combo in (form.exercise, form.kind, form.sides, ed.stage):
        _combo_text_fits(combo)
    for box in form.boxes().values():
        if box.isVisibleTo(form):
            shown = box.lineEdit().text()
            assert box.fontMetrics().horizontalAdvance(shown) <= box.lineEdit().width(), shown

    # A block's summary is whole: wrapped in the list, never elided.
    blocks = ed.blocks
    margin = blocks.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    for i in range(blocks.count()):
        item = blocks.item(i)
        rect = blocks.visualItemRect(item)
        assert rect.right() < blocks.viewport().width()
        lines = blocks.fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 2 * margin, 10_000),
            Qt.TextFlag.TextWordWrap,
            item.text(),
        )
        assert lines.width() <= rect.width() - 2 * margin and lines.height() <= rect.height(), (
            item.text(),
            lines,
            rect,
        )

    # Every column of the preview's phases in view, the Side column too.
    phases = ed.preview.phases
    assert phases.rowCount() > 0
    assert phases.horizontalHeader().length() <= phases.viewport().width()
    _inside_its_scroll_area(ed.preview.phases, ed)

    # Numbers: a load with at most one decimal; whole seconds whole; the unit said once.
    assert form.load.lineEdit().text() == "5 kg"
    assert not re.search(r"\d[.,]\d\d", form.load.lineEdit().text())
    for name_, box in form.numbers.items():
        if not box.isVisibleTo(form):
            continue
        text = box.lineEdit().text()
        if float(box.value()).is_integer():
            assert re.fullmatch(r"\d+ s", text), (name_, text)
        else:
            assert re.fullmatch(r"\d+[.,]\d s", text), (name_, text)
        said = form.form.labelForField(form.fields[name_])
        assert isinstance(said, QLabel)
        assert "(s)" not in said.text(), said.text()
    assert form.numbers["up_s"].lineEdit().text() == "5 s"
    assert form.numbers["rest_between_sets_s"].lineEdit().text() == "150 s"
    load_label = form.form.labelForField(form.fields["load_kg"])
    assert isinstance(load_label, QLabel)
    assert "(kg)" not in load_label.text(), load_label.text()

    # The length as the rest of the app writes it: 9:05, not 09:05.
    length = ed.preview.length.text()
    assert "9:05" in length and "09:05" not in length and "04:00" not in length, length
    ed.reject()
