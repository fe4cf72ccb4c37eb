"""The Diary screen's keys, in one place: a user's cheat sheet and the code agree.

Alt+Left / Alt+Right or PageUp / PageDown change the day, Alt+Home goes to today; on the
day's list F2 edits the selected entry and Delete deletes it (Ctrl+Z is the undo bar's).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QWidget

DAY_KEYS = (("Alt+Left", -1), ("Alt+Right", 1), ("PgUp", -1), ("PgDown", 1))


def install_day_keys(
    screen: QWidget,
    entry_list: QListWidget,
    *,
    step_day: Callable[[int], None],
    go_today: Callable[[], None],
    edit: Callable[[], None],
    delete: Callable[[], None],
) -> None:
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for keys, step in DAY_KEYS:
        sc = QShortcut(QKeySequence(keys), screen)
        sc.setContext(ctx)
        sc.activated.connect(lambda s=step: step_day(s))
    home = QShortcut(QKeySequence("Alt+Home"), screen)
    home.setContext(ctx)
    home.activated.connect(go_today)
    delete_action = QAction(QCoreApplication.translate("DiaryScreen", "Delete entry"), entry_list)
    delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_action.triggered.connect(delete)
    entry_list.addAction(delete_action)
    edit_action = QAction(QCoreApplication.translate("DiaryScreen", "Edit entry"), entry_list)
    edit_action.setShortcut(QKeySequence("F2"))
    edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    edit_action.triggered.connect(edit)
    entry_list.addAction(edit_action)
