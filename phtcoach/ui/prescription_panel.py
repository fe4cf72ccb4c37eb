"""The Programme page's "Prescribed by ..." panel for the selected template.

A prescribed template shows who prescribed it and their note, with Unlock (after saying
what unlocking means); one of the user's templates that is not prescribed offers "Mark as
prescribed". Built-in templates are the app's own ladder: no panel.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import Template
from phtcoach.services.errors import StorageError, ValidationError
from phtcoach.ui.prescription_dialogs import PrescribeDialog
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.feedback import MessageLabel


class PrescriptionPanel(QFrame):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._template: Template | None = None
        self.setObjectName("prescriptionPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Prescription"))
        root = QVBoxLayout(self)
        root.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Prescribed by"))
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setAccessibleName(self.tr("Prescriber's note"))
        row = QHBoxLayout()
        self.unlock_button = QPushButton(self.tr("Unloc&k…"))
        self.unlock_button.setAccessibleName(
            self.tr("Unlock the prescription: let the advice propose steps beyond it")
        )
        self.mark_button = QPushButton(self.tr("&Mark as prescribed…"))
        self.mark_button.setAccessibleName(self.tr("Mark the selected template as prescribed"))
        row.addWidget(self.unlock_button)
        row.addWidget(self.mark_button)
        row.addStretch(1)
        self.message = MessageLabel()
        root.addWidget(self.title)
        root.addWidget(self.note)
        root.addLayout(row)
        root.addWidget(self.message)
        self.unlock_button.clicked.connect(self.unlock)
        self.mark_button.clicked.connect(self.mark)
        self.show_template(None)

    def show_template(self, template: Template | None) -> None:
        self._template = template
        self.message.clear_message()
        if template is None or template.builtin:
            self.hide()
            return
        locked = template.prescribed
        who = escape(template.author) or self.tr("your clinician")
        if locked:
            title = self.tr("Prescribed by %1").replace("%1", f"<b>{who}</b>")
            title += (
                "<br><span>"
                + self.tr(
                    "The advice proposes no step up from this plan: that is for them to decide."
                )
                + "</span>"
            )
        elif template.author:
            title = self.tr("Written by %1 (unlocked: the advice may propose steps beyond it)")
            title = title.replace("%1", f"<b>{who}</b>")
        else:
            title = self.tr("Your own template.")
        self.title.setText(title)
        self.note.setText(template.note)
        self.note.setVisible(bool(template.note))
        self.unlock_button.setVisible(locked)
        self.mark_button.setVisible(not locked)
        self.show()

    def unlock(self) -> None:
        t = self._template
        if t is None or not t.prescribed:
            return
        who = t.author or self.tr("your clinician")
        answer = QMessageBox.question(
            self,
            self.tr("Unlock prescription"),
            self.tr(
                "Unlock %1?\n\n%2 prescribed this plan. Once it is unlocked, the app's advice may "
                "propose steps beyond it (a step up, or the next stage) when your sessions are "
                "cleared. Check with %2 before taking them."
            )
            .replace("%1", t.name)
            .replace("%2", who),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set(t, False)

    def mark(self) -> None:
        t = self._template
        if t is None or t.builtin:
            return
        dialog = PrescribeDialog(t, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        author, note = dialog.values()
        self._set(t, True, author=author, note=note)

    def _set(self, t: Template, prescribed: bool, **who: str) -> None:
        try:
            self._state.perform(
                self._state.services.programme.set_prescribed, t.id, prescribed, **who
            )
        except (ValidationError, StorageError) as exc:
            self.message.show_error(str(exc))
            return
        done = (
            self.tr("%1 is prescribed: the advice stays within it.")
            if prescribed
            else self.tr("%1 is unlocked: the advice may propose steps beyond it.")
        )
        self.message.show_info(done.replace("%1", t.name))
