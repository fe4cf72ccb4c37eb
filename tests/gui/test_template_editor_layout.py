"""The template editor as a newcomer sees it: sized for its content, whole column headers,
the beginning of a long name, short exercise names, no internal id, and a number typed
beyond what a box takes named instead of changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.template_editor import TemplateEditor
from tests.fakes import FakeClock
from tests.gui.test_programme_layout import assert_columns_fit

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(data_dir: Path) -> Iterator[AppContext]:
    c = open_context(data_dir, FakeClock())
    yield c
    c.close()


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
