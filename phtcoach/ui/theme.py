"""Light and dark (chosen, or following the system live) on the Fusion style with the design's
focus rings (`ui.design`); the system's font scaled as the settings say, with no text below
11 pt, and every widget on the type scale following it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from phtcoach.services.changes import Changes
from phtcoach.ui.app_style import install_style
from phtcoach.ui.design import MIN_POINT_SIZE, refresh_text_styles, refresh_theme

if TYPE_CHECKING:
    from phtcoach.ui.state import AppState


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    base, alt, text = QColor("#1e2126"), QColor("#262a30"), QColor("#e8eaed")
    p.setColor(QPalette.ColorRole.Window, QColor("#202328"))
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, alt)
    p.setColor(QPalette.ColorRole.ToolTipBase, alt)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#2c3036"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Link, QColor("#7cb7ff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3d7bd9"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    # The bevel greys, which Fusion and `palette(mid)` use: QPalette's defaults are light ones.
    for role, grey in (
        (QPalette.ColorRole.Light, "#4a4f57"),
        (QPalette.ColorRole.Midlight, "#3a3f46"),
        (QPalette.ColorRole.Mid, "#5b6168"),
        (QPalette.ColorRole.Dark, "#17191c"),
        (QPalette.ColorRole.Shadow, "#0d0e10"),
    ):
        p.setColor(role, QColor(grey))
    disabled = QColor("#7d838a")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_theme(app: QApplication, theme: str = "system", font_scale_pct: int = 100) -> None:
    """Fusion in the chosen colours ("system" follows the desktop's light/dark switch live);
    the system's font scaled by `font_scale_pct`, never below 11 pt."""
    AppLook.of(app).apply(theme, font_scale_pct, start=True)


class AppLook(QObject):
    """The application's palette and font as the settings ask, over what the system gave.

    One per application (a child of it): it remembers the system's own palette and font
    from before it changed them, so "system" and 100 % can always go back to them, and it
    follows the desktop's colour scheme while the theme is "system".
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("phtcoachAppLook")
        self._app = app
        self._system_palette = QPalette(app.palette())
        self._system_font = QFont(app.font())
        self.theme = "system"
        self.font_scale_pct = 100
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._follow_scheme)

    @staticmethod
    def of(app: QApplication) -> AppLook:
        found = app.findChild(AppLook, "phtcoachAppLook")
        return found if isinstance(found, AppLook) else AppLook(app)

    def dark(self) -> bool:
        """Whether the colours in force are the dark ones."""
        if self.theme == "dark":
            return True
        if self.theme == "light":
            return False
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        return self._system_palette.color(QPalette.ColorRole.Window).lightness() < 128

    def apply(self, theme: str, font_scale_pct: int, *, start: bool = False) -> None:
        """Colours and text size as asked; nothing happens unless they change (or at `start`,
        where the system's font is also raised to 11 pt if it is smaller)."""
        if not start and (theme, font_scale_pct) == (self.theme, self.font_scale_pct):
            return
        if start:
            install_style(self._app)
        if start and self._system_font.pointSizeF() < MIN_POINT_SIZE:
            self._system_font.setPointSizeF(MIN_POINT_SIZE)
        self.theme, self.font_scale_pct = theme, font_scale_pct
        self._apply_palette()
        font = QFont(self._system_font)
        if font_scale_pct != 100:
            size = self._system_font.pointSizeF() * font_scale_pct / 100
            font.setPointSizeF(max(MIN_POINT_SIZE, size))
        if font != self._app.font():
            self._app.setFont(font)
            refresh_text_styles(self._app)

    def _apply_palette(self) -> None:
        started_dark = self._system_palette.color(QPalette.ColorRole.Window).lightness() < 128
        if self.dark():
            palette = dark_palette()
        elif self.theme == "light" or started_dark:
            palette = self._app.style().standardPalette()
        else:
            palette = self._system_palette  # the desktop's own light colours
        if palette != self._app.palette():
            self._app.setPalette(palette)
            refresh_theme(self._app)

    def _follow_scheme(self, *_args: object) -> None:
        if self.theme == "system":
            self._apply_palette()


def follow_settings(state: AppState, app: QApplication | None = None) -> None:
    """Apply the theme and font scale of `state.settings` now and whenever they change."""
    target = app or QApplication.instance()
    if not isinstance(target, QApplication):
        return

    def apply(changes: object = Changes.SETTINGS) -> None:
        if isinstance(changes, Changes) and changes.touches(Changes.SETTINGS):
            s = state.settings
            AppLook.of(target).apply(s.theme.value, s.font_scale_pct)

    apply()
    state.changed.connect(apply)
