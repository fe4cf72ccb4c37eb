"""The sidebar as wide as its longest page name: never a horizontal scroll bar under it.

A fixed 180 px held the English names, but "Einstellungen" at the app's 11 pt (and any
name at a larger text size) was wider, and the list grew a scroll bar under the pages.
`fit_sidebar` turns that scroll bar off and sizes the list to its widest entry (at least
`MIN_WIDTH`), again whenever the font, the style sheet or the language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget

MIN_WIDTH = 180  # px: the width the sidebar always had, for the English names


def sidebar_width(nav: QListWidget) -> int:
    """The width that shows every entry whole: the widest entry, the frame, the margins."""
    widest = max(nav.sizeHintForColumn(0), 0)  # -1 while the list is empty
    margins = nav.contentsMargins()
    return max(MIN_WIDTH, widest + 2 * nav.frameWidth() + margins.left() + margins.right())


class _Refit(QObject):
    _EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)

    def __init__(self, nav: QListWidget) -> None:
        super().__init__(nav)
        self._nav = nav

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._nav and event.type() in self._EVENTS:
            fit(self._nav)
        return False


def fit(nav: QListWidget) -> None:
    width = sidebar_width(nav)
    if width != nav.width() or nav.minimumWidth() != nav.maximumWidth():
        nav.setFixedWidth(width)


def fit_sidebar(nav: QListWidget) -> None:
    """No horizontal scroll bar, and as wide as the longest name, now and after changes."""
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    fit(nav)
    nav.installEventFilter(_Refit(nav))
