"""Today's "What tends to flare you": yesterday's factors the tolerance model calls likely
worse, with the numbers behind each. Information only: it never holds the programme back.

It lives apart from the Today screen because the model reads a year of records: the screen
fills the card once its first frame is painted and, after that, a zero-delay timer after each
change, so Today shows at once and the finding follows; it stays hidden when there is
nothing to say.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from phtcoach.services.errors import DataFormatError, StorageError, ValidationError
from phtcoach.ui.design import Card, TextStyle, card_layout, set_text_style
from phtcoach.ui.state import AppState
from phtcoach.ui.text.tolerance import effect_line, effect_name
from phtcoach.ui.widgets.state_widget import StateWidget


class FlareCard(StateWidget):
    """Hidden unless something done yesterday is likely to make mornings worse."""

    def __init__(self, state: AppState, *, parent: QWidget | None = None) -> None:
        super().__init__(state, parent=parent)
        self.setObjectName("flareCard")
        self.card = Card("flareFrame", self, tone="amber")
        box = card_layout(QVBoxLayout(self.card))
        self.title = QLabel(self.tr("What tends to flare you"), self.card)
        set_text_style(self.title, TextStyle.HEADING)
        box.addWidget(self.title)
        self.body = QLabel(self.card)
        self.body.setObjectName("flareBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAccessibleName(self.tr("What tends to flare you"))
        box.addWidget(self.body)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.card)
        self.hide()
        self._pending = False
        self.filled = False  # refreshed at least once (the screen's first paint does it)

    def refresh_soon(self) -> None:
        """Fill the card once the event loop is free (after the screen's first paint)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._pending = False
        if not self.window().isVisible() or not self._services.is_open:
            return  # closed before the deferred call came
        self.filled = True
        try:
            tolerance = self._services.tolerance.for_day(self._today())
            settings = self._state.settings
            programme = self._state.programme
        except (StorageError, ValidationError, DataFormatError):
            self.hide()  # Today says what is wrong with the data; this card is a bonus
            return
        flaring = tolerance.flaring()
        if not flaring:
            self.body.clear()
            self.hide()
            return
        exercises = {k: e.name for k, e in programme.exercises.items()}
        templates = {k: t.name for k, t in programme.templates.items()}
        lines = []
        for e in flaring:
            name = effect_name(e, exercises, templates, settings.acceptable_ceiling)
            lines.append(f"<b>{escape(name)}</b>: {escape(effect_line(e))}")
        intro = self.tr(
            "Yesterday you did what has tended to make your next morning worse. Information "
            "only: go by this morning's test."
        )
        self.body.setText(f"{escape(intro)}<br>" + "<br>".join(lines))
        self.show()
