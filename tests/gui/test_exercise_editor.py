"""The exercise editor by keyboard: a new exercise with its how-to, the problems named under
their fields with the allowed range, Save only when there are none; delete refused while a
template uses the exercise."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.storage.repository import Store
from phtcoach.ui.exercise_editor import ExerciseEditor
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE, focused, key, keys, show
from tests.gui.modal import when_modal as _when_modal
from tests.gui.state_helpers import make_state

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
pytestmark = QT_NOISE


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    def safely(w: QWidget) -> None:
        try:
            act(w)
        except BaseException:
            w.close()
            raise

    _when_modal(kind, safely)


@pytest.fixture
def editor(qtbot: QtBot, store: Store, clock: FakeClock) -> ExerciseEditor:
    e = ExerciseEditor(make_state(store, clock))
    show(qtbot, e)
    return e


def shown_problems(e: ExerciseEditor) -> dict[str, str]:
    return {f: label.text() for f, label in e.problems.items() if label.isVisible()}


def test_new_exercise_by_keyboard(qtbot: QtBot, editor: ExerciseEditor, store: Store) -> None:
    e = editor
    assert focused(e) is e.name
    assert shown_problems(e) == {}  # nothing typed yet: nothing wrong yet
    keys(qtbot, e, "B")
    key(qtbot, e, K.Key_Backspace)  # touched, and empty: now it says so
    assert "Name:" in shown_problems(e)["exercise.name"]
    assert "non-empty text" in shown_problems(e)["exercise.name"]
    assert not e.save_button.isEnabled()
    keys(qtbot, e, "Band Nordic")
    assert shown_problems(e) == {}
    assert e.save_button.isEnabled()
    assert e.slug.placeholderText() == "band-nordic"

    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.short_name  # the name for tables and chart legends
    keys(qtbot, e, "Nordic, band")
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.slug
    keys(qtbot, e, "Bad Id")
    problem = shown_problems(e)["exercise.slug"]
    assert problem.startswith("Id (for files):") and "1-64 lower-case letters" in problem
    assert not e.save_button.isEnabled()
    key(qtbot, e, K.Key_A, CTRL)
    key(qtbot, e, K.Key_Backspace)
    assert e.save_button.isEnabled()

    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.kind
    assert not e.lower_first.isEnabled()  # a hold has no "lower first"
    key(qtbot, e, K.Key_Down)
    key(qtbot, e, K.Key_Down)
    assert e.draft.kind is ExerciseKind.ECCENTRIC
    assert e.lower_first.isEnabled()
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.stage
    for _ in range(3):
        key(qtbot, e, K.Key_Down)
    assert e.draft.stage == 3
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.sides
    key(qtbot, e, K.Key_Down)
    assert e.draft.single_leg
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.lower_first
    key(qtbot, e, K.Key_Space)
    assert e.draft.lower_first
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.parts["setup"]
    for n in range(7):  # one step too many
        keys(qtbot, e, f"step {n}")
        key(qtbot, e, K.Key_Return)
    problem = shown_problems(e)["how_to.setup"]
    assert problem.startswith("Set-up:") and "at most 6" in problem
    assert not e.save_button.isEnabled()
    key(qtbot, e, K.Key_Backspace)  # the empty last line
    for _ in range(7):
        key(qtbot, e, K.Key_Backspace)  # "step 6" and its line
    assert shown_problems(e) == {}
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.parts["movement"]
    keys(qtbot, e, "Lower over 5 s")
    key(qtbot, e, K.Key_Tab)
    assert focused(e) is e.parts["feel"]
    keys(qtbot, e, "Back of the thigh")

    key(qtbot, e, "s", ALT)
    qtbot.waitUntil(lambda: bool(store.library.exercises()))
    (saved,) = store.library.exercises()
    assert (saved.slug, saved.name, saved.kind, saved.stage) == (
        "band-nordic",
        "Band Nordic",
        ExerciseKind.ECCENTRIC,
        3,
    )
    assert saved.single_leg and saved.lower_first
    assert saved.short_name == "Nordic, band" and saved.short == "Nordic, band"
    assert saved.how_to is not None
    assert saved.how_to.setup == tuple(f"step {n}" for n in range(6))
    assert saved.how_to.feel == "Back of the thigh"
    assert "Saved Band Nordic" in e.message.text()
    assert [e.list.item(i).text() for i in range(e.list.count())] == ["Band Nordic"]
    assert e.slug.isReadOnly()  # a saved id never changes


def test_a_fresh_form_shows_no_problem_until_save(
    qtbot: QtBot, editor: ExerciseEditor, store: Store
) -> None:
    e = editor
    assert e.draft.original is None  # a new, blank exercise
    assert shown_problems(e) == {}
    assert not e.message.is_error()
    visible = [w.text() for w in e.findChildren(QLabel) if w.isVisible()]
    assert not any("is not allowed" in t for t in visible), visible
    key(qtbot, e, K.Key_Tab)  # passing through a field is not editing it
    assert shown_problems(e) == {}
    e.save_button.click()  # Save: now what is missing is named, and nothing is saved
    assert "non-empty text" in shown_problems(e)["exercise.name"]
    assert focused(e) is e.name
    assert e.list.count() == 0  # nothing saved


def test_the_empty_list_says_why_and_the_form_fits(editor: ExerciseEditor) -> None:
    e = editor
    assert e.list.count() == 0  # only your own exercises are listed, and there are none
    assert e.empty_note.isVisible() and not e.list.isVisible()
    assert "built-in" in e.empty_note.text() and "New" in e.empty_note.text()
    hint = e.short_name.placeholderText()
    room = e.short_name.width() - 12
    assert e.short_name.fontMetrics().horizontalAdvance(hint) <= room, hint
    assert "files" in e.form.labelForField(e.slug.parentWidget()).text()


def test_every_control_has_an_accessible_name(editor: ExerciseEditor) -> None:
    e = editor
    controls = [e.list, e.new_button, e.delete_button, e.name, e.slug, e.kind, e.stage, e.sides]
    controls += [e.lower_first, *e.parts.values(), e.save_button, e.close_button]
    for w in controls:
        assert w.accessibleName(), w
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus, w


def test_delete_is_refused_naming_the_templates_then_done(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    state = make_state(store, clock)
    from phtcoach.services.exercise_draft import ExerciseDraft

    ex = ExerciseDraft(name="Band Nordic", kind=ExerciseKind.ECCENTRIC).build()
    state.services.exercises.save(ex, new=True)
    dosage = Dosage(ExerciseKind.ECCENTRIC, sets=3, reps=6, up_s=2, down_s=8)
    store.library.save_template(Template("my-nordics", "My nordics", (Block(ex, dosage),)))
    state.services.programme.reload()
    e = ExerciseEditor(state)
    show(qtbot, e)
    assert e.draft.original == "band-nordic"
    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, K.Key_Y)

    when_modal(QMessageBox, yes)
    key(qtbot, e, "d", ALT)
    qtbot.waitUntil(lambda: e.message.isVisible())
    assert "Band Nordic is used by My nordics" in e.message.text()
    assert store.library.exercises() == [ex]

    store.library.delete_template("my-nordics")
    state.services.programme.reload()
    e.activateWindow()
    qtbot.waitUntil(e.isActiveWindow)
    e.list.setFocus()
    when_modal(QMessageBox, yes)
    key(qtbot, e, "d", ALT)
    qtbot.waitUntil(lambda: not store.library.exercises())
    assert "Deleted Band Nordic" in e.message.text()
    assert e.list.count() == 0
    assert len(asked) == 2


def test_the_programme_page_opens_it(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    from phtcoach.ui.programme_page import ProgrammePage

    page = ProgrammePage(make_state(store, clock))
    show(qtbot, page)
    assert page.exercises_button.accessibleName()
    opened: list[QWidget] = []

    def close(w: QWidget) -> None:
        opened.append(w)
        qtbot.keyClick(w, K.Key_Escape)

    when_modal(ExerciseEditor, close)
    page.list.setFocus()
    key(qtbot, page, "r", ALT)  # Exe&rcises…
    qtbot.waitUntil(lambda: bool(opened))


def test_unsaved_changes_are_not_lost_without_asking(qtbot: QtBot, editor: ExerciseEditor) -> None:
    e = editor
    keys(qtbot, e, "Half-done")
    assert e.dirty
    asked: list[str] = []

    def no(box: QWidget) -> None:
        asked.append(box.text() if isinstance(box, QMessageBox) else "")
        qtbot.keyClick(box, K.Key_N)

    when_modal(QMessageBox, no)
    key(qtbot, e, K.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "Discard your changes to Half-done?" in asked[0]
    assert e.isVisible() and e.name.text() == "Half-done"
    asked.clear()

    def yes(box: QWidget) -> None:
        asked.append("yes")
        qtbot.keyClick(box, K.Key_Y)

    when_modal(QMessageBox, yes)
    e.activateWindow()  # back from the question
    qtbot.waitUntil(e.isActiveWindow)
    e.name.setFocus()
    key(qtbot, e, K.Key_Escape)
    qtbot.waitUntil(lambda: not e.isVisible())
    assert asked == ["yes"]


def test_saved_message_goes_when_another_exercise_is_shown(
    qtbot: QtBot, editor: ExerciseEditor, store: Store
) -> None:
    e = editor
    for name in ("Band Nordic", "Wall sit"):
        e.new()
        keys(qtbot, e, name)
        e.save()
    assert "Saved Wall sit" in e.message.text() and e.message.isVisible()
    other = next(i for i in range(e.list.count()) if e.list.item(i).text() == "Band Nordic")
    e.list.setCurrentRow(other)
    assert e.name.text() == "Band Nordic"
    assert not e.message.isVisible()  # "Saved Wall sit." is not about what is shown
