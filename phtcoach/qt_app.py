"""The GUI process's setup, before any window: logging to stderr and the one QApplication.

`make_qapplication` names the application (organisation, display name, version, desktop
file), sets the Fusion style, the window icon and the theme; it returns the running
QApplication when there is one already, so a harness can build it first. PySide6 is
imported inside the function: the commands without a window never load Qt.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from phtcoach import APP_ID, APP_NAME, __version__, paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def configure_logging() -> None:
    level = os.environ.get("PHTCOACH_LOG", "warning").upper()
    logging.basicConfig(
        level=getattr(logging, level, logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def make_qapplication(argv: list[str]) -> QApplication:
    # Qt probes for PipeWire before falling back to PulseAudio and warns on hosts without it.
    rules = os.environ.get("QT_LOGGING_RULES", "")
    quiet = "qt.multimedia.symbolsresolver.warning=false"
    if quiet not in rules:
        os.environ["QT_LOGGING_RULES"] = f"{rules};{quiet}" if rules else quiet
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("phtcoach")
    QCoreApplication.setApplicationName("phtcoach")
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication([argv[0] if argv else "phtcoach"])
    app.setStyle("Fusion")
    icon = QIcon()
    for size in (16, 24, 32, 48, 128, 256):
        p = paths.asset("icons", f"phtcoach-{size}.png")
        if p.exists():
            icon.addFile(str(p))
    app.setWindowIcon(icon)
    from phtcoach.ui.theme import apply_theme

    apply_theme(app)
    return app
