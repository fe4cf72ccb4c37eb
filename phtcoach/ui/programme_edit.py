"""The Programme page's New…, Duplicate… and Edit… buttons and the editor they open.

A built-in template is the app's own (the seed ladder the advice talks about), so Edit on
one offers to edit a copy instead. The editor saves through the app state; once saved, the
page selects the new or changed template.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMessageBox, QPushButton, QWidget

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.model import Template
from phtcoach.services.template_draft import NEW_BLOCK_EXERCISE, BlockDraft, TemplateDraft
from phtcoach.ui.state import AppState
from phtcoach.ui.template_editor import TemplateEditor


class TemplatePage(Protocol):
    """What the actions need of the Programme page (which imports this module)."""

    list: QListWidget

    def selected_template(self) -> Template | None: ...

    def select(self, template_id: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgrammePage", text)


class TemplateActions:
    """Owns the three buttons (added to `row`) and the editor they open (`editor`)."""

    def __init__(self, page: QWidget, state: AppState, player: CuePlayer, row: QHBoxLayout) -> None:
        self._page = page
        self._view = cast(TemplatePage, page)  # the Programme page, which imports this module
        self._state = state
        self._player = player
        self._selected = self._view.selected_template
        self._select = self._view.select
        self.editor: TemplateEditor | None = None
        self.ask_copy: QMessageBox | None = None
        self.new_button = QPushButton(_tr("&New…"))
        self.new_button.setAccessibleName(_tr("Make a new template"))
        self.duplicate_button = QPushButton(_tr("D&uplicate…"))
        self.duplicate_button.setAccessibleName(_tr("Make a copy of the selected template"))
        self.edit_button = QPushButton(_tr("&Edit…"))
        self.edit_button.setAccessibleName(_tr("Edit the selected template"))
        for b in (self.new_button, self.duplicate_button, self.edit_button):
            row.addWidget(b)
        self.new_button.clicked.connect(self.new)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.edit_button.clicked.connect(self.edit)

    def sync(self, template: Template | None) -> None:
        """Enable what makes sense for the selected template."""
        self.duplicate_button.setEnabled(template is not None)
        self.edit_button.setEnabled(template is not None)

    # ------------------------------------------------------------------ actions

    def new(self) -> TemplateEditor:
        exercises = self._state.programme.exercises
        ex = exercises.get(NEW_BLOCK_EXERCISE) or next(iter(exercises.values()))
        draft = TemplateDraft(name=_tr("My session"), blocks=[BlockDraft.new(ex)])
        return self._open(draft, new=True)

    def duplicate(self) -> TemplateEditor | None:
        t = self._selected()
        if t is None:
            return None
        templates = self._state.programme.templates
        draft = TemplateDraft.from_template(t).duplicate(
            templates, [x.name for x in templates.values()]
        )
        return self._open(draft, new=True)

    def edit(self) -> TemplateEditor | None:
        """The editor for one of the user's templates; for a built-in, or a prescription still
        locked (it stays as the clinician wrote it), the offer to edit a copy."""
        t = self._selected()
        if t is None:
            return None
        if not t.builtin and not t.prescribed:
            return self._open(TemplateDraft.from_template(t), new=False)
        if t.builtin:
            question = _tr("%1 is built in and cannot be changed. Edit a copy of it instead?")
        else:
            question = _tr(
                "%1 was prescribed by %2 and stays as they wrote it. Edit a copy of it instead? "
                "(To change the prescription itself, unlock it first.)"
            ).replace("%2", t.author or _tr("your clinician"))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Edit template"),
            question.replace("%1", t.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._page,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _r: self._copy_answer(box))
        self.ask_copy = box
        box.open()
        return None

    def _copy_answer(self, box: QMessageBox) -> None:
        self.ask_copy = None
        box.deleteLater()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
            self.duplicate()

    def _open(self, draft: TemplateDraft, *, new: bool) -> TemplateEditor:
        if self.editor is not None:
            self.editor.close()
        editor = TemplateEditor(self._state, draft, new=new, player=self._player, parent=self._page)
        editor.saved.connect(self._select)
        editor.finished.connect(lambda _r: self._closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def _closed(self, editor: TemplateEditor) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        self._page.window().activateWindow()  # back where the user was: the template list
        self._view.list.setFocus()
