"""The main window: navigation by keyboard, About, remembered geometry, settings, programme."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.context import AppContext
from phtcoach.core.model import Settings
from phtcoach.storage.migrations import SCHEMA_VERSION
from phtcoach.ui.main_window import PAGES, MainWindow
from phtcoach.ui.state import AppState
from tests.fakes import FakeClock


def make_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    # Shortcuts need the active window; offscreen activation arrives a moment later.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def test_ctrl_digits_switch_pages(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    assert w.current_page() == "today"
    for i, key in enumerate(PAGES, start=1):
        qtbot.keyClick(w, getattr(Qt.Key, f"Key_{i}"), Qt.KeyboardModifier.ControlModifier)
        assert w.current_page() == key
        assert w.stack.currentWidget() is w.pages[key]


def test_every_page_and_the_navigation_have_accessible_names(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    assert w.nav.accessibleName()
    assert all(not w.nav.item(i).icon().isNull() for i in range(w.nav.count()))
    for key, page in w.pages.items():
        assert page.accessibleName(), key


def test_about_names_version_data_path_and_schema(qtbot: QtBot, ctx: AppContext) -> None:
    from phtcoach import __version__

    text = make_window(qtbot, ctx).menus.about_text()
    assert __version__ in text
    assert str(ctx.store.path) in text
    assert f"schema version {SCHEMA_VERSION}" in text


def test_geometry_is_remembered_and_the_app_opens_on_today(qtbot: QtBot, data_dir: Path) -> None:
    """Bug: the app reopened on whatever page was last shown (e.g. Progress), not Today."""
    ctx = open_context(data_dir, FakeClock())
    w = make_window(qtbot, ctx)
    # The offscreen screen is 800 x 800, so keep the size where the screen allows it.
    w.setGeometry(QRect(40, 50, 1024, 660))
    w.show_page("diary")
    w.close()
    ctx.close()
    ctx2 = open_context(data_dir, FakeClock())
    try:
        w2 = make_window(qtbot, ctx2)
        assert (w2.width(), w2.height()) == (1024, 660)
        assert w2.current_page() == "today"
    finally:
        ctx2.close()


def test_settings_page_rejects_a_bad_ceiling_and_saves_a_good_one(
    qtbot: QtBot, ctx: AppContext
) -> None:
    w = make_window(qtbot, ctx)
    page = w.settings_page
    values = page.values()
    values["acceptable_ceiling"] = 6
    assert page.save(values) is None
    assert "settings.acceptable_ceiling" in page.message.text()
    assert "3 to 5" in page.message.text()
    assert ctx.store.settings.load().acceptable_ceiling == 3  # nothing written
    page.ceiling.setValue(4)
    page.volume.setValue(55)
    with qtbot.waitSignal(w.state.changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = ctx.store.settings.load()
    assert (stored.acceptable_ceiling, stored.volume) == (4, 55)
    assert w.state.settings == stored


def test_programme_page_marks_the_current_step_and_changes_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    w = make_window(qtbot, ctx)
    page = w.programme_page
    assert "step 1 of the seed ladder" in page.ladder_label.text()
    page.select("iso-5x15")
    assert page.selected_template() is not None
    assert page.preview.rowCount() > 10
    page.current_button.click()
    assert ctx.store.settings.load().current_template == "iso-5x15"
    assert "step 2 of the seed ladder" in page.ladder_label.text()
    assert "Bridge holds 5 x 15 s" in w.session.chooser_label.text()


def test_template_export_then_import_as_a_user_template(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    w = make_window(qtbot, ctx)
    page = w.programme_page
    template = ctx.services.programme.current().template("iso-5x15")
    path = tmp_path / "mine.json"
    page.export_to(path, template)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["templates"][0]["id"] = "physio-holds"
    data["templates"][0]["name"] = "Holds from my physio"
    path.write_text(json.dumps(data), encoding="utf-8")
    added = page.import_from(path)
    assert [t.id for t in added] == ["physio-holds"]
    assert "physio-holds" in w.state.programme.templates
    assert [
        t.id for t in ctx.store.library.templates(ctx.services.programme.current().exercises)
    ] == ["physio-holds"]


def test_a_bad_template_file_imports_nothing(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    from phtcoach.core.errors import DataFormatError

    page = make_window(qtbot, ctx).programme_page
    page.export_to(tmp_path / "t.json", ctx.services.programme.current().template("iso-5x5"))
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    good = dict(data["templates"][0], id="good-one")
    bad = json.loads(json.dumps(good))
    bad["id"] = "bad-one"
    bad["blocks"][0]["dosage"]["sets"] = 0
    data["templates"] = [good, bad]
    (tmp_path / "t.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataFormatError, match=r"templates\[1\].*sets"):
        page.import_from(tmp_path / "t.json")
    assert ctx.store.library.templates(ctx.services.programme.current().exercises) == []


def test_open_runner_today_loads_the_current_template(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    assert w.open_runner("today")
    assert w.current_page() == "session"
    assert w.runner.run is not None
    assert w.runner.run.template.id == Settings().current_template


def test_clinical_notes_name_the_red_flags_and_the_evidence(qtbot: QtBot) -> None:
    from phtcoach.ui.clinical_notes import ClinicalNotesDialog

    dialog = ClinicalNotesDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "not diagnosis" in text
    assert "No randomised trial" in text
    for flag in ("night or rest pain", "tingling", "pop", "worse despite reduced load"):
        assert flag in text
    assert "Goom TSH et al. JOSPT 2016" in text


# --------------------------------------------------------------------------- lazy pages


def test_only_today_is_built_until_a_page_is_needed(qtbot: QtBot, ctx: AppContext) -> None:
    """Start-up builds Today alone; a page is built on its first visit or when asked for,
    once, and takes its place in the stack."""
    w = make_window(qtbot, ctx)
    assert [k for k in PAGES if w.is_built(k)] == ["today"]
    diary = w.diary  # asked for by attribute: built now
    assert w.is_built("diary") and w.diary is diary
    assert w.stack.widget(PAGES.index("diary")) is diary
    w.show_page("programme")  # a visit builds it before it is shown
    assert w.is_built("programme")
    assert w.stack.currentWidget() is w.programme_page
    assert w.current_page() == "programme"
    assert not w.is_built("settings") and not w.is_built("progress")


def test_pages_are_built_after_the_first_paint_one_per_turn(qtbot: QtBot, ctx: AppContext) -> None:
    w = make_window(qtbot, ctx)
    w.build_pages_when_idle()
    assert [k for k in PAGES if w.is_built(k)] == ["today"]  # nothing before the loop turns
    qtbot.waitUntil(lambda: all(w.is_built(k) for k in PAGES))
    assert w.current_page() == "today"
    assert all(w.stack.widget(i) is w.pages[k] for i, k in enumerate(PAGES))


def test_no_page_is_built_in_the_background_while_a_session_is_loaded(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Building a page holds the event loop; a loaded session's cues must not wait."""
    w = make_window(qtbot, ctx)
    assert w.open_runner("iso-5x5")
    built = [k for k in PAGES if w.is_built(k)]
    w.build_pages_when_idle()
    for _ in range(10):  # event-loop turns (no waiting): none of them builds a page
        QApplication.processEvents()
    assert [k for k in PAGES if w.is_built(k)] == built
    assert not w.session_running()  # loaded, waiting for Space


def test_the_session_chooser_is_a_centred_card_with_buttons_at_their_own_width(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """At 1920 the chooser is one card of reading width in the middle of the page, the
    session's name its heading, and neither button stretches across the window."""
    from phtcoach.ui.design import READING_WIDTH

    w = make_window(qtbot, ctx)
    w.resize(1920, 1080)
    w.show_page("session")
    QApplication.processEvents()
    page = w.session
    chooser = page.stack.currentWidget()
    assert chooser is page.chooser
    for button in (page.load_button, page.other_button):
        assert button.isVisible()
        assert button.width() <= button.sizeHint().width() + 8, button.text()
        assert button.width() < chooser.width() / 2, button.text()
    card = page.load_button.parentWidget()
    assert card is not chooser and card.width() <= READING_WIDTH
    middle = card.mapTo(chooser, card.rect().center()).x()
    assert abs(middle - chooser.width() / 2) <= 2
    assert page.chooser_label.text() == w.state.services.advice.plan().template.name


def _icon_lightness(w: MainWindow, row: int) -> int:
    """The lightness of the darkest drawn pixel of a sidebar icon (its stroke colour)."""
    image = w.nav.item(row).icon().pixmap(22, 22).toImage()
    seen = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert seen
    return min(c.lightness() for c in seen)


def test_sidebar_icons_follow_a_live_switch_to_dark(
    qtbot: QtBot, ctx: AppContext, qapp: QApplication
) -> None:
    """The icons were drawn once, in the light theme's black: on a dark sidebar the pages
    not selected showed black icons on near-black."""
    from phtcoach.ui.theme import AppLook

    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    look.apply("light", 100)
    try:
        w = make_window(qtbot, ctx)
        diary = PAGES.index("diary")
        assert _icon_lightness(w, diary) < 60
        look.apply("dark", 100)
        assert _icon_lightness(w, diary) > 180
    finally:
        look.apply(*before)


def test_a_window_built_while_the_look_changes_does_not_crash(
    qtbot: QtBot, ctx: AppContext, qapp: QApplication
) -> None:
    """The saved look is applied while the window is being built: the sidebar's icon
    refresh ran before the sidebar existed (AttributeError: no 'nav')."""
    from phtcoach.ui.theme import AppLook

    look = AppLook.of(qapp)
    before = (look.theme, look.font_scale_pct)
    look.apply("light", 100)
    ctx.services.settings.update(theme="dark")
    try:
        w = make_window(qtbot, ctx)
        assert w.nav.count() == len(PAGES)
        assert _icon_lightness(w, PAGES.index("diary")) > 180
    finally:
        look.apply(*before)
