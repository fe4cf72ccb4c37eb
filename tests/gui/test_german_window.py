"""The window in German: every page and the runner show no English text.

The German translators are installed as the app does (`phtcoach.i18n.use_language`), the
window is built on a demo history, and every visible widget's text, title, tooltip,
accessible name and placeholder is compared with the English sources of the translation
file: a text that still equals its English source (and whose German differs) is a string that
reached the screen without tr(). A short list of words that read the same in both languages
is allowed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from phtcoach import i18n
from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.demo_data import make_demo_dir
from phtcoach.ui.main_window import MainWindow
from phtcoach.ui.state import AppState
from phtcoach.ui.window_menus import PAGES
from tests.fakes import FakeClock
from tests.gui.runner_helpers import QT_NOISE, make_rig

TS = Path(__file__).resolve().parents[2] / "assets" / "i18n" / "phtcoach_de.ts"

# Texts that are the same in German (or are names and units): never counted as English.
SAME_IN_GERMAN = frozenset(
    {"OK", "PHT Coach", "kg", "lb", "min", "km", "mi", "h", "s", "Info", "Esc", "Enter",
     "Start", "Name", "Tempo", "Format", "Import", "Export", "Check-in", "ID", "A4", "Letter",
     "Demo", "Δ", "XLSX", "Hip Thrust", "Nordic Curl", "Nordic Curls", "Split Squat", "PDF",
     "PAUSE", "Pause", "Phase", "Name:", "Details"}
)  # fmt: skip


def english_sources() -> set[str]:
    """Every English source whose German translation differs from it."""
    out: set[str] = set()
    for m in ET.parse(TS).getroot().iter("message"):
        source = m.findtext("source") or ""
        german = m.findtext("translation") or ""
        if source and german and source != german:
            out.add(source)
            out.add(source.replace("&", ""))
    return out - SAME_IN_GERMAN


@pytest.fixture
def german(qapp: object) -> Iterator[None]:
    assert i18n.use_language("de") == "de"
    yield
    i18n.remove_translators()


@pytest.fixture
def ctx(german: None, tmp_path: Path) -> Iterator[AppContext]:
    clock = FakeClock()
    make_demo_dir(tmp_path / "data", weeks=4, seed=7, clock=clock)
    c = open_context(tmp_path / "data", clock)
    yield c
    c.close()


def _size(model: QAbstractItemModel) -> tuple[int, int]:
    """(columns, rows); a list model's columnCount is private in Qt: one column."""
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:
        columns = 1
    return columns, model.rowCount(QModelIndex())


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a visible widget shows or says to a screen reader."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__} {w.objectName()}".strip()
        texts = [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            columns, rows = _size(model)
            for col in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(col, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        texts.append(value)
            for row in range(min(rows, 50)):
                for col in range(columns):
                    value = model.data(model.index(row, col))
                    if isinstance(value, str):
                        texts.append(value)
        for t in texts:
            if t:
                yield name, t


# Words that only English text has: a text using two of them was never translated (it need
# not be in the translation file at all, e.g. a literal that never went through tr()).
ENGLISH_WORDS = frozenset(
    [
        "the",
        "your",
        "you",
        "and",
        "with",
        "for",
        "this",
        "that",
        "from",
        "not",
        "are",
        "is",
        "of",
        "to",
        "at",
        "on",
        "by",
        "what",
        "when",
        "which",
        "save",
        "cancel",
        "close",
        "delete",
        "edit",
        "new",
        "back",
        "next",
        "today",
        "morning",
        "evening",
        "pain",
        "session",
        "sessions",
        "set",
        "sets",
        "rest",
        "hold",
        "left",
        "right",
        "week",
        "day",
        "days",
        "exercise",
        "template",
        "stage",
        "settings",
    ]
)


def looks_english(text: str) -> bool:
    prose = " ".join(w for w in text.replace("&", "").split() if "/" not in w)  # no paths
    words = re.findall(r"[A-Za-z]+", prose.lower())
    return sum(w in ENGLISH_WORDS for w in words) >= 2


def english_on(root: QWidget) -> list[str]:
    english = english_sources()
    found = []
    for where, text in shown_texts(root):
        plain = text.replace("&", "")
        if plain in SAME_IN_GERMAN:
            continue
        if text in english or plain in english or looks_english(plain):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    return w


def test_every_page_shows_no_english(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    leaks: list[str] = []
    for key in PAGES:
        w.show_page(key)
        QCoreApplication.processEvents()
        leaks += [f"{key}: {x}" for x in english_on(w)]
    menus = [a.text() for a in w.menuBar().actions()]
    menus += [a.text() for m in w.menuBar().findChildren(QWidget) for a in m.actions()]
    leaks += [f"menu: {t!r}" for t in menus if t and t.replace("&", "") in english_sources()]
    assert not sorted(set(leaks)), "\n".join(sorted(set(leaks)))


def test_the_runner_shows_no_english(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    assert w.open_runner("iso-5x5")
    QCoreApplication.processEvents()
    leaks = english_on(w)
    assert not leaks, "\n".join(leaks)


def test_the_built_in_programme_is_german(ctx: AppContext) -> None:
    programme = ctx.services.programme.current()
    assert programme.templates["iso-5x5"].name == "Brücke halten 5 × 5 s, 2 Sätze"
    ex = programme.exercises["fesl-bridge-hold"]
    assert ex.name == "Einbeinige Brücke mit erhöhtem Fuß halten"
    assert ex.how_to is not None and ex.how_to.cues == (
        "Ferse in die Stufe",
        "Hüfte gerade",
        "Mäßige Anstrengung",
    )
    assert programme.stage(1).name == "Isometrisch, Hüfte fast gestreckt"


@QT_NOISE
def test_the_runner_mid_session_and_its_rating_panel_show_no_english(
    qtbot: QtBot, german: None, data_dir: Path
) -> None:
    rig = make_rig(qtbot, data_dir)
    try:
        rig.runner.load("iso-5x5")
        rig.key(Qt.Key.Key_Space)
        rig.advance(7)  # into the first hold
        assert "HALTEN" in {t for _, t in shown_texts(rig.runner)}
        hold = english_on(rig.runner)
        rig.advance(43)  # the rest after set 1: the rating panel is open
        assert rig.runner.panel.is_open
        rating = english_on(rig.runner)
    finally:
        rig.runner.shutdown()
        rig.store.close()
    assert not hold + rating, "\n".join(hold + rating)


@QT_NOISE
def test_the_dialogs_show_no_english(qtbot: QtBot, ctx: AppContext) -> None:
    from phtcoach.ui.backups_dialog import BackupsDialog
    from phtcoach.ui.clinical_notes import ClinicalNotesDialog
    from phtcoach.ui.exchange_dialog import ExportDialog, ImportDialog
    from phtcoach.ui.exercise_editor import ExerciseEditor
    from phtcoach.ui.report_dialog import ReportDialog

    w = make_window(qtbot, ctx)
    state = w.state
    dialogs: list[QWidget] = [
        ExportDialog(state, w),
        ImportDialog(state, w),
        BackupsDialog(state, w),
        ReportDialog(state, w),
        ClinicalNotesDialog(w),
        ExerciseEditor(state, w),
        w.programme_page.edit.new(),
    ]
    leaks: list[str] = []
    for d in dialogs:
        d.show()
        QCoreApplication.processEvents()
        leaks += [f"{type(d).__name__}: {x}" for x in english_on(d)]
        d.close()
    assert not leaks, "\n".join(leaks)


def test_the_ranges_under_a_field_are_german_too(qtbot: QtBot, ctx: AppContext) -> None:
    """An out-of-range value is named in German too: the model's allowed ranges are
    translated where they are made (core/checks.py), not only the field's label."""
    from phtcoach.core.checks import check_float, check_int
    from phtcoach.core.errors import ValidationError

    with pytest.raises(ValidationError) as whole:
        check_int("dosage.sets", 0, 1, 20)
    assert whole.value.allowed == "eine ganze Zahl von 1 bis 20"
    with pytest.raises(ValidationError) as number:
        check_float("dosage.hold_s", 5000.0, 0.0, 3600.0)
    assert number.value.allowed == "eine Zahl von 0 bis 3600"


def test_settings_mnemonics_are_unique_in_german_too(qtbot: QtBot, ctx: AppContext) -> None:
    """The German labels choose their own Alt letters: none twice on the page, and none
    taken from the German menus (Datei, Gehe zu, Ansicht, Hilfe)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    w = make_window(qtbot, ctx)
    w.show_page("settings")
    page = w.settings_page
    texts = [lab.text() for lab in page.findChildren(QLabel)]
    texts += [b.text() for b in page.findChildren(QAbstractButton)]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts if "&" in t.replace("&&", "")]
    doubled = sorted({k for k in keys if keys.count(k) > 1})
    assert not doubled, [t for t in texts if QKeySequence.mnemonic(t).toString() in doubled]
    menus = {QKeySequence.mnemonic(a.text()).toString() for a in w.menuBar().actions()}
    assert not menus & set(keys), [t for t in texts if QKeySequence.mnemonic(t).toString() in menus]
