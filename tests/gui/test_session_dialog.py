"""A logged session opened from the Diary: a number typed out of its range is named with
its range and kept on screen, never turned into another number, and nothing is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from phtcoach.core.model import SessionStatus
from phtcoach.storage.repository import Store
from phtcoach.ui.session_dialog import SessionDialog
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state
from tests.storage.samples import session, set_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def logged(store: Store) -> int:
    rec = store.sessions.start(session(status=SessionStatus.COMPLETED, pain_after=2))
    assert rec.id is not None
    store.sessions.add_set(set_record(rec.id, pain_during=3, rpe=6, load_kg=5.0))
    return rec.id


def typed(qtbot: QtBot, box: object, text: str) -> None:
    from PySide6.QtWidgets import QAbstractSpinBox

    assert isinstance(box, QAbstractSpinBox)
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_eleven_on_a_pain_scale_is_named_not_made_one(
    qtbot: QtBot, store: Store, clock: FakeClock
) -> None:
    sid = logged(store)
    dialog = SessionDialog(make_state(store, clock), sid)
    qtbot.addWidget(dialog)
    dialog.show()
    _st, load, pain, _rpe, _notes = dialog._rows[0]
    typed(qtbot, pain, "11")
    assert pain.lineEdit().text() == "11"  # not "1"
    assert dialog.message.is_error()
    assert "11" in dialog.message.text() and "0 to 10" in dialog.message.text()
    dialog.save()
    assert dialog.result() != SessionDialog.DialogCode.Accepted
    assert store.sessions.get(sid).pain_after == 2
    typed(qtbot, load, "2000")
    assert load.lineEdit().text() == "2000"  # not "200"
    typed(qtbot, pain, "4")
    assert "0 to 500" in dialog.message.text()  # the load still stands
    typed(qtbot, load, "7.5")
    assert not dialog.message.is_error()
    dialog.save()
    assert dialog.result() == SessionDialog.DialogCode.Accepted
    _rec, sets = store.sessions.get(sid), store.sessions.sets(sid)
    assert (sets[0].pain_during, sets[0].load_kg) == (4, 7.5)
