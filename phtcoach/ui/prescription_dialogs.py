"""The two questions about a clinician's prescription: who prescribed it (and their note),
and, when a template file is imported, whether it is a prescription at all.

A prescribed template keeps the app's step-up advice within it until the user unlocks it
(`core.progression.prescribed`); these dialogs only collect the answer, the Programme page
passes it to the programme service.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import MAX_AUTHOR_CHARS, Template


def _author_edit(parent: QWidget, text: str) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setMaxLength(MAX_AUTHOR_CHARS)  # the model's limit: the field cannot hold more
    edit.setAccessibleName(QCoreApplication.translate("PrescribeDialog", "Prescribed by"))
    edit.setPlaceholderText(QCoreApplication.translate("PrescribeDialog", "e.g. the physio's name"))
    return edit


class PrescribeDialog(QDialog):
    """ "Mark as prescribed": the prescriber's name and their note."""

    def __init__(self, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark as prescribed"))
        self.setAccessibleName(self.tr("Mark as prescribed"))
        root = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "While %1 is prescribed, the advice proposes no step up from it: stepping up "
                "is for the person who prescribed it to decide. Easing off for pain still "
                "applies. You can unlock it at any time."
            ).replace("%1", template.name)
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        form = QFormLayout()
        self.author = _author_edit(self, template.author)
        self.note = QPlainTextEdit(template.note)
        self.note.setAccessibleName(self.tr("Their note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 6)
        form.addRow(self.tr("&Prescribed by:"), self.author)
        form.addRow(self.tr("&Note:"), self.note)
        root.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.author.setFocus()

    def values(self) -> tuple[str, str]:
        """(author, note) as typed, trimmed."""
        return self.author.text().strip(), self.note.toPlainText().strip()


class ImportPrescriptionDialog(QDialog):
    """Before an import: the file's templates, and "prescribed by ..." (on when the file
    names an author)."""

    def __init__(self, templates: Sequence[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import templates"))
        self.setAccessibleName(self.tr("Import templates"))
        root = QVBoxLayout(self)
        names = "".join(f"<li>{t.name}</li>" for t in templates)
        listing = QLabel(self.tr("This file holds:") + f"<ul>{names}</ul>")
        listing.setWordWrap(True)
        root.addWidget(listing)
        author = next((t.author for t in templates if t.author), "")
        self.prescribed = QCheckBox(self.tr("&Prescribed by a clinician"))
        self.prescribed.setAccessibleName(self.tr("Prescribed by a clinician"))
        self.prescribed.setChecked(bool(author) or any(t.prescribed for t in templates))
        root.addWidget(self.prescribed)
        hint = QLabel(
            self.tr(
                "A prescribed plan shows its author and note on the Programme page, and the "
                "advice proposes no step up from it until you unlock it."
            )
        )
        hint.setWordWrap(True)
        root.addWidget(hint)
        form = QFormLayout()
        self.author = _author_edit(self, author)
        form.addRow(self.tr("&By:"), self.author)
        root.addLayout(form)
        self.prescribed.toggled.connect(self.author.setEnabled)
        self.author.setEnabled(self.prescribed.isChecked())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setAccessibleName(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.prescribed.setFocus()

    def choice(self) -> tuple[bool, str | None]:
        """(prescribed, author): the author only when prescribed (else the file's stays)."""
        if not self.prescribed.isChecked():
            return False, None
        return True, self.author.text().strip()


def ask_import(parent: QWidget, templates: Sequence[Template]) -> tuple[bool, str | None] | None:
    """Ask whether the file's templates are prescribed (and by whom); None: cancelled."""
    dialog = ImportPrescriptionDialog(templates, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()
