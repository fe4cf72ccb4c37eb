"""The one primary button of a screen: a bold action line and a detail line (the template
with its length), wrapped rather than clipped however long the template's name is."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from phtcoach.ui.design import Space, TextStyle, card_layout, set_text_style


class StartButton(QPushButton):
    """The one primary button: a bold action line and the template with its length,
    wrapped rather than clipped however long the template's name is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startButton")
        self.setAutoDefault(True)
        self.setDefault(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay = QVBoxLayout(self)
        card_layout(lay)
        lay.setSpacing(Space.XS // 2)
        self.title_label = QLabel(self)
        set_text_style(self.title_label, TextStyle.HEADING)
        self.detail_label = QLabel(self)
        set_text_style(self.detail_label, TextStyle.LEAD)
        self.detail_label.setWordWrap(True)
        for lab in (self.title_label, self.detail_label):
            lab.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lay.addWidget(lab)
        self.setStyleSheet(
            "QPushButton#startButton { background: palette(highlight); border-radius: 8px;"
            " border: 3px solid palette(highlight); }"
            " QPushButton#startButton:focus { border: 3px solid palette(text); }"
            " QPushButton#startButton:disabled { background: palette(mid);"
            " border-color: palette(mid); }"
            " QPushButton#startButton QLabel { color: palette(highlighted-text);"
            " background: transparent; }"
            # Disabled (its template is missing): the words say why, so they must read.
            " QPushButton#startButton QLabel:disabled { color: palette(text); }"
            # Done for today: a calm card in the page's own colours, readable, not greyed out.
            ' QPushButton#startButton[done="true"] { background: palette(base);'
            " border: 2px solid #2e7d32; }"
            ' QPushButton#startButton[done="true"] QLabel { color: palette(text); }'
        )
        self.setProperty("done", False)

    def set_done(self, done: bool) -> None:
        """The session is done for today: the button becomes a statement, not an action."""
        if self.property("done") == done:
            return
        self.setProperty("done", done)
        self.setEnabled(not done)
        for w in (self, self.title_label, self.detail_label):
            w.style().unpolish(w)
            w.style().polish(w)

    def set_texts(self, title: str, detail: str) -> None:
        self.title_label.setText(title)
        self.detail_label.setText(detail)
        self.setAccessibleName(f"{title}: {detail}".replace("\u00a0", " "))

    def full_text(self) -> str:
        return f"{self.title_label.text()}\n{self.detail_label.text()}"

    def sizeHint(self) -> QSize:
        lay = self.layout()
        return lay.sizeHint() if lay is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        lay = self.layout()
        if lay is None:
            return super().minimumSizeHint()
        return QSize(160, lay.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lay = self.layout()
        return lay.totalHeightForWidth(width) if lay is not None else super().heightForWidth(width)
