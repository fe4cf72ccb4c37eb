"""The template editor, driven by keyboard only: new, check, preview, play, save, edit, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.core.model import KG_PER_LB, MAX_PHASE_S, ExerciseKind
from phtcoach.core.timeline import compile_for
from phtcoach.services.changes import Changes
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.template_editor import TemplateEditor
from phtcoach.ui.window_menus import PAGES
from tests.fakes import FakeClock

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODS = Qt.KeyboardModifier.NoModifier
# The offscreen platform says so when a dialog sizes itself; nothing of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def player() -> NullCuePlayer:
    return NullCuePlayer()


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, player: NullCuePlayer) -> MainWindow:
    w = MainWindow(AppState(ctx.services), player)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    key = getattr(Qt.Key, f"Key_{PAGES.index('programme') + 1}")
    qtbot.keyClick(w, key, CTRL)
    assert w.current_page() == "programme"
    return w


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: QtBot, key: Qt.Key, mods: Qt.KeyboardModifier = NO_MODS) -> None:
    """One key press where the keyboard focus is, as a user's would be. A button's mnemonic
    animates its click, so a test waits for what the click does."""
    target = focused() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mods)


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """The dialog closed: the window is active again (offscreen, a moment later)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and focused() is not None)


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 60) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focused() is target:
            return
        qtbot.keyClick(focused() or QApplication.activeWindow(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def type_into(qtbot: QtBot, target: QWidget, text: str) -> None:
    tab_to(qtbot, target)
    qtbot.keyClick(target, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(target, text)


def wait_editor(qtbot: QtBot, w: MainWindow) -> TemplateEditor:
    qtbot.waitUntil(lambda: w.programme_page.edit.editor is not None)
    editor = w.programme_page.edit.editor
    assert editor is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_new_template_by_keyboard_with_inline_errors_preview_and_save(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    page = window.programme_page
    press(qtbot, Qt.Key.Key_N, ALT)  # New…
    ed = wait_editor(qtbot, window)
    form = ed.block_form
    press(qtbot, Qt.Key.Key_N, ALT)  # &Name
    assert focused() is ed.name
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(ed.name, "Evening plan")
    assert ed.draft.resolved_id() == "evening-plan"  # internal: never shown

    # A hold of 5000 s: the message names the field and the model's range; Save is off.
    type_into(qtbot, form.numbers["hold_s"], "5000")
    expected = f"block 1 · hold (s): a number from 0 to {MAX_PHASE_S:g}"
    assert form.errors["hold_s"].text() == expected
    assert form.errors["hold_s"].isVisible()
    assert not ed.save_button.isEnabled()
    assert ed.summary.text().startswith("1 problem to fix before saving. First:")
    assert ed.preview.timeline is None
    type_into(qtbot, form.numbers["hold_s"], "20")
    assert not form.errors["hold_s"].isVisible()
    assert ed.save_button.isEnabled()
    length_one_block = ed.preview.timeline.total_s if ed.preview.timeline else 0.0

    # A second block: tempo, 6 reps; moved above the first and back.
    press(qtbot, Qt.Key.Key_A, ALT)  # Add block
    qtbot.waitUntil(lambda: ed.blocks.count() == 2)
    assert ed.blocks.currentRow() == 1
    press(qtbot, Qt.Key.Key_K, ALT)  # Kind
    assert focused() is form.kind
    press(qtbot, Qt.Key.Key_Down)  # hold -> tempo
    assert ed.draft.blocks[1].kind is ExerciseKind.TEMPO
    assert form.kind.currentText() == "Tempo"  # a choice in sentence case, like the labels
    assert {form.sides.itemText(i) for i in range(form.sides.count())} == {
        "Affected side only",
        "Each side",
    }
    exercise = ctx.services.programme.current().exercises[ed.draft.blocks[1].exercise]
    assert exercise.kind is ExerciseKind.TEMPO  # the exercise follows the kind
    assert not form.fields["hold_s"].isVisible() and form.fields["up_s"].isVisible()
    type_into(qtbot, form.reps, "6")
    assert ed.draft.blocks[1].reps == 6
    press(qtbot, Qt.Key.Key_B, ALT)  # the block list, where Alt+Up / Alt+Down move a block
    assert focused() is ed.blocks
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert [b.kind for b in ed.draft.blocks] == [ExerciseKind.TEMPO, ExerciseKind.ISOMETRIC]
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert [b.kind for b in ed.draft.blocks] == [ExerciseKind.ISOMETRIC, ExerciseKind.TEMPO]

    # The preview follows every edit: its length is the compiled draft's.
    tl = ed.preview.timeline
    assert tl is not None and tl.total_s > length_one_block
    settings = ctx.services.settings.load()
    template = ed.draft.to_template(ctx.services.programme.current().exercises)
    assert tl.total_s == compile_for(template, settings).total_s
    ed.flush_preview()
    assert ed.preview.phases.rowCount() == len(tl.phases)
    assert ed.preview.cues.count() == len(tl.cues)  # every cue, none cut off
    table = ed.preview.phases
    sides = {table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())}
    assert sides and sides <= {"Left", "Right", "Both"}  # as the Phase column writes its words

    press(qtbot, Qt.Key.Key_S, CTRL)  # Save
    assert ed.result() == TemplateEditor.DialogCode.Accepted
    saved = ctx.services.programme.template("evening-plan")
    assert [b.dosage.kind for b in saved.blocks] == [ExerciseKind.ISOMETRIC, ExerciseKind.TEMPO]
    assert saved.blocks[0].dosage.hold_s == 20.0 and saved.blocks[1].dosage.reps == 6
    selected = page.selected_template()
    assert selected is not None and selected.id == "evening-plan"


def test_play_20_s_sends_the_first_cues_to_the_player_on_the_clock(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, player: NullCuePlayer
) -> None:
    press(qtbot, Qt.Key.Key_N, ALT)
    ed = wait_editor(qtbot, window)
    tl = ed.preview.timeline
    assert tl is not None
    clock = ctx.services.clock
    assert isinstance(clock, FakeClock)
    player.requests.clear()
    press(qtbot, Qt.Key.Key_P, ALT)  # Play 20 s
    sound = ed.preview.sound
    qtbot.waitUntil(lambda: sound.playing)
    assert sound.playing and "Stop" in ed.preview.play_button.text().replace("&", "")
    while sound.playing:
        armed = sound.armed_ms
        assert armed is not None
        clock.advance(armed / 1000)
        sound.poll()
    expected = [(c.sound.value, c.say) for c in tl.cues if c.at_s < 20]
    assert len(expected) > 5
    assert [(r.sound, r.say) for r in player.requests] == expected
    assert all(r.late_s == 0 for r in player.requests)
    assert "Play 20 s" in ed.preview.play_button.text().replace("&", "")
    # Stop while playing: the sound stops at once.
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: sound.playing)
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: not sound.playing)
    assert ("stop_all", ()) in player.calls
    press(qtbot, Qt.Key.Key_Escape)
    assert ed.result() == TemplateEditor.DialogCode.Rejected


def test_edit_a_builtin_offers_a_copy_then_edit_and_delete_the_copy(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.programme_page
    page.select("iso-5x5")
    press(qtbot, Qt.Key.Key_E, ALT)  # Edit… on a built-in
    qtbot.waitUntil(lambda: page.edit.ask_copy is not None)
    box = page.edit.ask_copy
    assert box is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    press(qtbot, Qt.Key.Key_Return)  # Yes: edit a copy
    ed = wait_editor(qtbot, window)
    assert ed.name.text().endswith("(copy)")
    press(qtbot, Qt.Key.Key_S, CTRL)
    back_to(qtbot, window)
    copy_id = ed.draft.resolved_id()
    assert copy_id not in ctx.services.programme.builtin_template_ids()
    copy = ctx.services.programme.template(copy_id)
    assert not copy.builtin and copy.blocks == ctx.services.programme.template("iso-5x5").blocks
    selected = page.selected_template()
    assert selected is not None and selected.id == copy_id

    press(qtbot, Qt.Key.Key_E, ALT)  # Edit… on the user's own template
    ed = wait_editor(qtbot, window)
    assert ed.draft.id == copy_id
    type_into(qtbot, ed.block_form.sets, "3")
    press(qtbot, Qt.Key.Key_B, ALT)  # the block list; Del removes the only block
    press(qtbot, Qt.Key.Key_Delete)
    assert ed.errors["blocks"].text() == "blocks: at least 1 block"
    assert not ed.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: ed.blocks.count() == 1)
    type_into(qtbot, ed.block_form.sets, "3")
    press(qtbot, Qt.Key.Key_S, CTRL)
    back_to(qtbot, window)
    assert ctx.services.programme.template(copy_id).blocks[0].dosage.sets == 3

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    press(qtbot, Qt.Key.Key_D, ALT)  # Delete
    qtbot.waitUntil(lambda: copy_id not in ctx.services.programme.current().templates)
    assert copy_id not in ctx.services.programme.current().templates
    assert all(
        page.list.item(i).data(Qt.ItemDataRole.UserRole) != copy_id
        for i in range(page.list.count())
    )


def test_duplicate_and_the_editor_is_keyboard_reachable_with_names(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.programme_page
    page.select("hsr-3x15")
    press(qtbot, Qt.Key.Key_U, ALT)  # Duplicate…
    ed = wait_editor(qtbot, window)
    assert ed.blocks.count() == 2
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QPushButton, QListWidget)
    controls = [
        w
        for w in ed.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.objectName().startswith("qt_")
    ]
    assert len(controls) > 15
    for w in controls:
        assert w.accessibleName(), w.metaObject().className()
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w.accessibleName()
    tab_to(qtbot, ed.save_button)
    press(qtbot, Qt.Key.Key_Escape)


def test_load_is_shown_and_checked_in_the_users_units(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.state.update_settings(units="lb")
    press(qtbot, Qt.Key.Key_N, ALT)
    ed = wait_editor(qtbot, window)
    form = ed.block_form
    assert form.load.suffix() == " lb"
    type_into(qtbot, form.load, "22")
    assert ed.draft.blocks[0].load_kg == pytest.approx(22 * KG_PER_LB, abs=1e-3)
    type_into(qtbot, form.load, "2000")  # over the model's 500 kg
    assert form.errors["load_kg"].text() == "block 1 · load (lb): a number from 0 to 1102"
    assert not ed.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)


def test_a_locked_prescription_is_edited_as_a_copy(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    """The clinician's plan stays as they wrote it: Edit offers a copy, as for a built-in."""
    from dataclasses import replace

    programme = ctx.services.programme
    plan = replace(
        programme.template("iso-5x15"),
        id="physio-plan",
        name="Physio plan",
        builtin=False,
        ladder_step=None,
        prescribed=True,
        author="Dr Cole",
    )
    programme.save_template(plan, new=True)
    window.state.announce(Changes.PROGRAMME)
    page = window.programme_page
    page.select("physio-plan")
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: page.edit.ask_copy is not None)
    box = page.edit.ask_copy
    assert box is not None and "prescribed by Dr Cole" in box.text()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    press(qtbot, Qt.Key.Key_Return)  # Yes: edit a copy
    ed = wait_editor(qtbot, window)
    assert ed.name.text() == "Physio plan (copy)"
    press(qtbot, Qt.Key.Key_S, CTRL)
    back_to(qtbot, window)
    copy = programme.template(ed.draft.resolved_id())
    assert not copy.prescribed and copy.id != "physio-plan"
    assert programme.template("physio-plan").prescribed  # the prescription itself unchanged
