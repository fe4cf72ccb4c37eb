"""The real app on a data dir holding an unfinished session: answers the start's resume offer
with Discard (as a person would click it), then quits. What the offer said goes to stderr.

    python -m tests.e2e.discard_app DATA_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from phtcoach import app
from phtcoach.qt_app import make_qapplication
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.runner_resume import ResumeDialog


def main(argv: list[str]) -> int:
    qapp = make_qapplication(sys.argv)

    def click_discard() -> None:
        dialog = qapp.activeModalWidget() or QApplication.activeWindow()
        if isinstance(dialog, ResumeDialog):
            label = dialog.findChild(QLabel)
            print(f"resume offer: {label.text() if label else ''}", file=sys.stderr)
            dialog.discard_button.click()
            return
        QTimer.singleShot(50, click_discard)

    QTimer.singleShot(50, click_discard)

    def quit_soon(window: MainWindow) -> None:
        QTimer.singleShot(100, window.quit_app)

    return app.run_gui(Path(argv[0]), argv=sys.argv, on_window=quit_soon)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
