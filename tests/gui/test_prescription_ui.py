"""A physio's file imported as a prescription, shown with its author and note, unlocked
and marked again: all by keyboard on the Programme page."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.core.model import Block, Dosage, ExerciseKind, Template
from phtcoach.core.serialize import templates_file_to_dict
from phtcoach.storage.repository import Store
from phtcoach.ui.prescription_dialogs import ImportPrescriptionDialog, PrescribeDialog
from phtcoach.ui.programme_page import ProgrammePage
from tests.fakes import FakeClock
from tests.gui.diary_helpers import QT_NOISE, focused, key, keys, show
from tests.gui.modal import when_modal as _when_modal
from tests.gui.state_helpers import make_state

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
pytestmark = QT_NOISE


@pytest.fixture
def page(qtbot: QtBot, store: Store, clock: FakeClock) -> ProgrammePage:
    p = ProgrammePage(make_state(store, clock))
    p.resize(1200, 800)
    show(qtbot, p)
    return p


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """As the backups tests', but a failing check closes the dialog instead of hanging."""

    def safely(w: QWidget) -> None:
        try:
            act(w)
        except BaseException:
            w.close()
            raise

    _when_modal(kind, safely)


def physio_file(tmp_path: Path, page: ProgrammePage, author: str) -> Path:
    hold = page._state.services.programme.builtin_exercises()["fesl-bridge-hold"]
    t = Template(
        "physio-plan",
        "Physio plan",
        (Block(hold, Dosage(ExerciseKind.ISOMETRIC, sets=2, reps=5, hold_s=15)),),
        author=author,
        note="Twice a day, no stretching.",
    )
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(templates_file_to_dict([t])), encoding="utf-8")
    return path


def import_by_keyboard(
    qtbot: QtBot, page: ProgrammePage, path: Path, monkeypatch: pytest.MonkeyPatch, act: object
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    when_modal(ImportPrescriptionDialog, act)  # type: ignore[arg-type]
    page.import_button.setFocus()
    key(qtbot, page, K.Key_Space)
    back(qtbot, page)


def back(qtbot: QtBot, page: ProgrammePage) -> None:
    """The page's window active again after a dialog, focus on the template list."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.list.setFocus()


def test_import_as_prescribed_shows_author_and_note_then_unlock(
    qtbot: QtBot, page: ProgrammePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}

    def confirm(w: QWidget) -> None:
        assert isinstance(w, ImportPrescriptionDialog)
        seen["checked"] = w.prescribed.isChecked()  # on: the file names an author
        seen["author"] = w.author.text()
        assert focused(w) is w.prescribed
        qtbot.keyClick(w, K.Key_Return)

    import_by_keyboard(
        qtbot, page, physio_file(tmp_path, page, "Dr Ana Silva"), monkeypatch, confirm
    )
    assert seen == {"checked": True, "author": "Dr Ana Silva"}
    t = page.selected_template()
    assert t is not None and t.id == "physio-plan" and t.prescribed
    panel = page.prescription
    assert panel.isVisible()
    assert "Prescribed by <b>Dr Ana Silva</b>" in panel.title.text()
    assert panel.note.text() == "Twice a day, no stretching."
    assert panel.unlock_button.isVisible() and not panel.mark_button.isVisible()
    for w in (panel, panel.title, panel.note, panel.unlock_button, panel.mark_button):
        assert w.accessibleName()

    asked: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(box, K.Key_Y)

    when_modal(QMessageBox, yes)
    key(qtbot, page, "k", ALT)  # Unloc&k…
    qtbot.waitUntil(lambda: not page._state.services.programme.template("physio-plan").prescribed)
    assert asked and "may propose steps beyond it" in asked[0]
    assert "Dr Ana Silva" in asked[0]
    t = page._state.services.programme.template("physio-plan")
    assert not t.prescribed and t.author == "Dr Ana Silva"
    assert panel.mark_button.isVisible() and not panel.unlock_button.isVisible()
    assert "unlocked" in panel.message.text()


def test_unlock_can_be_cancelled(
    qtbot: QtBot, page: ProgrammePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_by_keyboard(
        qtbot,
        page,
        physio_file(tmp_path, page, "Dr B"),
        monkeypatch,
        lambda w: qtbot.keyClick(w, K.Key_Return),
    )
    asked: list[str] = []

    def escape(box: QWidget) -> None:
        asked.append("asked")
        qtbot.keyClick(box, K.Key_Escape)

    when_modal(QMessageBox, escape)
    key(qtbot, page, "k", ALT)
    qtbot.waitUntil(lambda: bool(asked))
    assert page._state.services.programme.template("physio-plan").prescribed


def test_import_unticked_and_mark_as_prescribed_later(
    qtbot: QtBot, page: ProgrammePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def untick(w: QWidget) -> None:
        assert isinstance(w, ImportPrescriptionDialog)
        # The file names no author: off by default, and the name field with it.
        assert not w.prescribed.isChecked() and not w.author.isEnabled()
        qtbot.keyClick(w.prescribed, K.Key_Space)
        assert w.author.isEnabled()
        qtbot.keyClick(w.prescribed, K.Key_Space)
        assert not w.author.isEnabled()
        qtbot.keyClick(w, K.Key_Return)

    import_by_keyboard(qtbot, page, physio_file(tmp_path, page, ""), monkeypatch, untick)
    services = page._state.services
    assert not services.programme.template("physio-plan").prescribed

    def fill(w: QWidget) -> None:
        assert isinstance(w, PrescribeDialog)
        assert focused(w) is w.author
        keys(qtbot, w, "Dr Cole")
        qtbot.keyClick(w, K.Key_Tab)
        assert focused(w) is w.note
        assert w.note.toPlainText() == "Twice a day, no stretching."  # the file's note
        key(qtbot, w, K.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(qtbot, w, "Hold 15 s")
        qtbot.keyClick(w.buttons.button(w.buttons.StandardButton.Ok), K.Key_Space)

    when_modal(PrescribeDialog, fill)
    key(qtbot, page, "m", ALT)  # &Mark as prescribed…
    qtbot.waitUntil(lambda: services.programme.template("physio-plan").prescribed)
    t = services.programme.template("physio-plan")
    assert (t.prescribed, t.author, t.note) == (True, "Dr Cole", "Hold 15 s")
    assert "Dr Cole" in page.prescription.title.text()


def test_builtins_show_no_panel(page: ProgrammePage) -> None:
    page.select("iso-5x5")
    assert not page.prescription.isVisible()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('{"format": "phtcoach-templates", "version": ' + "9" * 5000 + "}", "number"),
        ("[" * 100_000 + "]" * 100_000, "nested"),
        (" " * (3 * 1024 * 1024), "2 MB"),
    ],
)
def test_a_hostile_file_is_a_message_in_the_window(
    page: ProgrammePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, named: str
) -> None:
    path = tmp_path / "hostile.json"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    before = page._state.programme.user_templates()
    page.import_dialog()
    assert len(shown) == 1
    assert shown[0].startswith("Nothing was imported.")
    assert named in shown[0]
    assert page._state.programme.user_templates() == before


def test_a_lone_surrogate_is_a_message_in_the_window(
    page: ProgrammePage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = physio_file(tmp_path, page, "Dr Ana Silva")
    path.write_text(path.read_text().replace("Physio plan", "Physio \\ud800"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    # Were the file read as valid, the import question would come next: answer it at once.
    monkeypatch.setattr("phtcoach.ui.programme_page.ask_import", lambda *_a: (False, None))
    page.import_dialog()
    assert len(shown) == 1
    assert "template.name" in shown[0]
    assert "physio-plan" not in page._state.programme.templates
