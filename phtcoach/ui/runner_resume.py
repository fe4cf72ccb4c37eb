"""At start: an unfinished session (a crash, a power cut) is offered for resuming, or for
discarding, before anything else happens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from phtcoach.core.model import SessionRecord
from phtcoach.core.words import plural
from phtcoach.services.errors import StorageError
from phtcoach.services.runs import ResumeOffer
from phtcoach.ui.state import AppState
from phtcoach.ui.widgets.fmt import day_time_text


class ResumeDialog(QDialog):
    """At start: an unfinished session was found. Resume it, or discard it (ended early)."""

    RESUME = "resume"
    DISCARD = "discard"

    def __init__(
        self, offer: ResumeOffer, parent: QWidget | None = None, tz: tzinfo | None = None
    ) -> None:
        super().__init__(parent)
        self.offer = offer
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Unfinished session"))
        when = day_time_text(offer.record.started_at, tz)
        text = QLabel(self)
        text.setWordWrap(True)
        if offer.can_resume:
            text.setText(
                plural(
                    self.tr(
                        "“{0}” started {1} was not finished: %n set(s) of {2} saved.",
                        "",
                        offer.sets_done,
                    ),
                    offer.sets_done,
                ).format(offer.template_name, when, offer.sets_total)
            )
        else:
            text.setText(
                self.tr("A session started {0} was not finished and cannot be resumed: {1}").format(
                    when, offer.problem
                )
            )
        buttons = QDialogButtonBox(self)
        self.resume_button: QPushButton | None = None
        if offer.can_resume:
            label = (
                self.tr("Resume {0} from set {1}").format(offer.template_name, offer.next_set)
                if offer.next_set is not None
                else self.tr("Finish {0}").format(offer.template_name)
            )
            self.resume_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
            self.resume_button.setAccessibleName(label)
            self.resume_button.clicked.connect(lambda: self._choose(self.RESUME))
            self.resume_button.setDefault(True)
        self.discard_button = buttons.addButton(
            self.tr("Discard (keep its saved sets)"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished session"))
        self.discard_button.clicked.connect(lambda: self._choose(self.DISCARD))
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_resume(
    parent: QWidget | None,
    state: AppState,
    *,
    exec_dialog: Callable[[ResumeDialog], object] = ResumeDialog.exec,
) -> SessionRecord | None:
    """At app start: offer to resume an unfinished session. Returns the record to resume
    (open the runner with `RunnerWidget.resume`), or None. Discarding closes it as ended
    early (or deletes it when it holds no work); closing the dialog leaves it for the next
    start."""
    runs = state.services.runs
    offer = runs.offer()
    if offer is None:
        return None
    dialog = ResumeDialog(offer, parent, state.tz)
    exec_dialog(dialog)
    if dialog.choice == ResumeDialog.RESUME and offer.can_resume:
        return offer.record
    if dialog.choice == ResumeDialog.DISCARD:
        try:
            state.perform(runs.discard, offer.record)
        except StorageError as e:
            QMessageBox.warning(parent, QCoreApplication.translate("Runner", "Discard"), str(e))
    return None
