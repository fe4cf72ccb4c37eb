"""The Settings page: every field has a control, Save writes only edits, leaving asks, the
theme and text size apply live, outputs are listed and watched, Test sound, Open folder."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from phtcoach.app import open_context
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.audio.devices import OutputList
from phtcoach.core.model import Settings, Side
from phtcoach.storage.repository import Store
from phtcoach.ui.main_window import PAGES, MainWindow
from phtcoach.ui.settings_page import SettingsPage
from phtcoach.ui.state import AppState
from phtcoach.ui.theme import AppLook, follow_settings
from tests.fakes import FakeClock
from tests.gui.state_helpers import make_state

# Showing a top-level widget on the offscreen platform; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

Button = QMessageBox.StandardButton
NOT_ON_THIS_PAGE = {"current_template"}  # the Programme page owns it


class Outputs:
    """A device list a test can unplug from."""

    def __init__(self) -> None:
        self.now = [("usb-1", "USB headset"), ("hdmi-2", "Monitor speakers")]
        self.list = OutputList(lambda: self.now)


@pytest.fixture
def state(store: Store, clock: FakeClock) -> AppState:
    return make_state(store, clock)


@pytest.fixture
def outputs() -> Outputs:
    return Outputs()


@pytest.fixture
def player() -> NullCuePlayer:
    return NullCuePlayer()


@pytest.fixture
def page(qtbot: QtBot, state: AppState, player: NullCuePlayer, outputs: Outputs) -> SettingsPage:
    p = SettingsPage(state, player, outputs=outputs.list, opener=lambda _url: True)
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def restore_look() -> Iterator[None]:
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    AppLook.of(app).apply("system", 100)


def test_every_setting_has_a_named_control_with_a_label(page: SettingsPage) -> None:
    controls = page.controls()
    for f in fields(Settings):
        if f.name in NOT_ON_THIS_PAGE:
            continue
        assert f.name in controls, f"no control for Settings.{f.name}"
        box = controls[f.name]
        assert box.accessibleName(), f.name
        focus = box.focusProxy() or box  # a time with its "Off" box takes focus in the time
        assert focus.focusPolicy() != Qt.FocusPolicy.NoFocus, f.name
        if not isinstance(box, QCheckBox):
            buddies = [lab for lab in page.findChildren(QLabel) if lab.buddy() is box]
            assert buddies, f"Settings.{f.name} has no label buddy"
    assert set(page.values()) == {f.name for f in fields(Settings)} - NOT_ON_THIS_PAGE


def test_the_page_shows_the_stored_settings(store: Store, qtbot: QtBot, clock: FakeClock) -> None:
    from dataclasses import replace

    s = replace(
        Settings(),
        affected_side=Side.RIGHT,
        affected_first=False,
        rest_extra_s=20,
        theme="dark",
        remind_morning="",
        remind_isometrics=("10:00", "16:30"),
        output_device="usb-1",
    )
    store.settings.save(s)
    page = SettingsPage(make_state(store, clock), NullCuePlayer(), outputs=Outputs().list)
    qtbot.addWidget(page)
    values = page.values()
    assert values["affected_side"] == "right" and values["affected_first"] is False
    assert (values["rest_extra_s"], values["theme"], values["remind_morning"]) == (20, "dark", "")
    assert values["remind_isometrics"] == ("10:00", "16:30")
    assert values["output_device"] == "usb-1"
    assert page.edited() == {}


def test_save_writes_only_the_fields_changed_here(page: SettingsPage, state: AppState) -> None:
    page.sessions.rest_extra.setValue(15)
    page.reminders.morning.off.setChecked(True)
    state.update_settings(affected_side=Side.RIGHT)  # changed elsewhere meanwhile
    assert set(page.edited()) == {"rest_extra_s", "remind_morning"}
    assert page.save() is not None
    stored = state.services.settings.load()
    assert (stored.rest_extra_s, stored.remind_morning, stored.affected_side) == (
        15,
        "",
        Side.RIGHT,
    )
    assert page.message.text().endswith("Saved.")
    assert page.message.isVisibleTo(page)


def test_save_button_and_message_stay_outside_the_scroll_area(page: SettingsPage) -> None:
    from PySide6.QtWidgets import QScrollArea

    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    assert not scroll.widget().isAncestorOf(page.save_button)
    assert not scroll.widget().isAncestorOf(page.message)


def test_a_typed_value_out_of_range_is_named_not_clamped(page: SettingsPage, qtbot: QtBot) -> None:
    box = page.sessions.lead_in
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "90")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    text = page.message.text()
    assert "Get-ready lead-in" in text and "90" in text and "0 to 60" in text
    assert page.message.is_error()
    assert box.value() == Settings().lead_in_s  # what it was, not 60


def test_a_number_out_of_range_stays_typed_and_nothing_is_saved(
    page: SettingsPage, qtbot: QtBot, state: AppState
) -> None:
    page.volume.setValue(40)  # an edit that would be saved
    box = page.sessions.rest_extra
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "500")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.lineEdit().text() == "500 s"  # what was typed, not "50 s" nor "120 s"
    assert "0 to 120" in page.message.text() and page.message.is_error()
    assert page.save() is None
    assert state.services.settings.load().volume == Settings().volume  # nothing written
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "20")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert not page.message.is_error()  # the message goes once the number fits
    assert page.save() is not None
    assert state.services.settings.load().rest_extra_s == 20


def test_the_trend_step_unit_follows_the_number(page: SettingsPage) -> None:
    for box in (page.rules.trend_step, page.rules.red_margin):  # both count pain points
        box.setValue(1)
        assert box.text() == "1 point"
        box.setValue(3)
        assert box.text() == "3 points"


def test_leaving_with_changes_asks_and_cancel_keeps_them(page: SettingsPage) -> None:
    asked: list[QWidget] = []
    page.ask = lambda parent: asked.append(parent) or Button.Cancel
    assert page.confirm_leave()  # nothing edited: no question
    assert asked == []
    page.volume.setValue(33)
    assert not page.confirm_leave()
    assert asked == [page]
    assert page.volume.value() == 33
    page.ask = lambda _p: Button.Discard
    assert page.confirm_leave()
    assert page.volume.value() == Settings().volume
    page.volume.setValue(44)
    page.ask = lambda _p: Button.Save
    assert page.confirm_leave()
    assert page.settings.volume == 44


def test_a_save_refused_keeps_the_page(page: SettingsPage) -> None:
    page.rules.baseline_days.setValue(3)
    page.rules.baseline_min.setValue(5)  # more mornings than the baseline has days
    page.ask = lambda _p: Button.Save
    assert not page.confirm_leave()
    assert "settings.baseline_min_mornings" in page.message.text()


@pytest.mark.usefixtures("restore_look")
def test_theme_applies_live_and_back(qtbot: QtBot, page: SettingsPage, state: AppState) -> None:
    follow_settings(state)
    page.appearance.theme.setCurrentIndex(page.appearance.theme.findData("dark"))
    page.save()
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 80
    page.appearance.theme.setCurrentIndex(page.appearance.theme.findData("light"))
    page.save()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 160


@pytest.mark.usefixtures("restore_look")
def test_font_scale_changes_the_app_font(page: SettingsPage, state: AppState) -> None:
    follow_settings(state)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = app.font().pointSizeF()
    page.appearance.font_scale.setValue(150)
    page.save()
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    page.appearance.font_scale.setValue(80)
    page.save()
    assert app.font().pointSizeF() >= 11.0  # never below 11 pt


def test_outputs_list_system_default_first_then_the_devices(page: SettingsPage) -> None:
    combo = page.sound.device
    items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert items == [
        ("System default", ""),
        ("USB headset", "usb-1"),
        ("Monitor speakers", "hdmi-2"),
    ]
    assert page.sound.warning.isHidden()


def test_a_vanished_output_is_kept_and_warned_about(page: SettingsPage, outputs: Outputs) -> None:
    combo = page.sound.device
    combo.setCurrentIndex(combo.findData("usb-1"))
    page.save()
    outputs.now = [("hdmi-2", "Monitor speakers")]
    outputs.list.changed.emit()
    assert combo.currentData() == "usb-1"  # the choice survives the unplugging
    assert "not connected" in combo.currentText()
    assert not page.sound.warning.isHidden()
    assert "USB headset" in page.sound.warning.text()
    assert "system default" in page.sound.warning.text()
    assert page.edited() == {}
    outputs.now = [("usb-1", "USB headset"), ("hdmi-2", "Monitor speakers")]
    outputs.list.changed.emit()
    assert page.sound.warning.isHidden()


def test_test_sound_plays_a_tone_and_a_word_on_the_page_values(
    page: SettingsPage, player: NullCuePlayer
) -> None:
    page.volume.setValue(40)
    page.sound.device.setCurrentIndex(page.sound.device.findData("hdmi-2"))
    page.sound.voice.setChecked(False)
    page.sound.test_button.click()
    assert player.heard == [("start", "hold")]
    assert ("set_device", ("hdmi-2",)) in player.calls
    assert ("set_volume", (40,)) in player.calls
    assert page.settings.volume == Settings().volume  # nothing saved
    assert not page.sound.test_message.isHidden()  # the null player says there is no sound
    page.sound.restore_player()
    assert (player.device, player.volume, player.voice) == ("", Settings().volume, True)


def test_open_folder_failure_shows_the_path_and_copy_works(
    qtbot: QtBot, state: AppState, outputs: Outputs
) -> None:
    opened: list[QUrl] = []

    def refuse(url: QUrl) -> bool:
        opened.append(url)
        return False

    page = SettingsPage(state, NullCuePlayer(), outputs=outputs.list, opener=refuse)
    qtbot.addWidget(page)
    folder = state.services.database_path.parent
    assert not page.data.open_folder()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert str(folder) in page.data.message.text()
    assert not page.data.message.isHidden()
    page.data.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(folder)


def test_open_folder_success_says_nothing(page: SettingsPage) -> None:
    assert page.data.open_folder()
    assert page.data.message.isHidden()


def test_isometrics_times_are_each_once_and_at_most_six(page: SettingsPage) -> None:
    from PySide6.QtCore import QTime

    r = page.reminders
    assert r.times() == ["11:00", "15:00"]
    r.iso_time.setTime(QTime(11, 0))
    assert not r.add_time()
    assert "already" in page.message.text()
    for h in (7, 9, 13, 17):
        r.iso_time.setTime(QTime(h, 30))
        assert r.add_time()
    assert len(r.times()) == 6
    assert not r.add_button.isEnabled()
    r.iso_time.setTime(QTime(19, 0))
    assert not r.add_time()
    assert "At most 6" in page.message.text()
    r.iso_list.setCurrentRow(0)
    r.remove_time()
    assert r.times()[0] == "09:30"
    page.save()
    assert page.settings.remind_isometrics == tuple(r.times())


def test_language_says_it_applies_at_the_next_start(page: SettingsPage) -> None:
    combo = page.language.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "de"]
    assert "next time" in page.language.note.text()
    combo.setCurrentIndex(combo.findData("de"))
    page.save()
    assert page.settings.language.value == "de"


def test_default_page_on_a_null_player_lists_no_system_outputs(
    qtbot: QtBot, state: AppState, tmp_path: Path
) -> None:
    page = SettingsPage(state)  # no sound: QMediaDevices is never asked
    qtbot.addWidget(page)
    assert page.sound.device.count() == 1


# --------------------------------------------------------------------------- in the window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    ctx = open_context(data_dir, FakeClock())
    w = MainWindow(AppState(ctx.services), NullCuePlayer())
    qtbot.addWidget(w)
    w.show()
    yield w
    w.settings_page.ask = lambda _p: Button.Discard
    ctx.close()


def test_switching_pages_with_unsaved_changes_asks(window: MainWindow) -> None:
    window.show_page("settings")
    page = window.settings_page
    page.volume.setValue(21)
    asked: list[int] = []
    page.ask = lambda _p: asked.append(1) or Button.Cancel
    window.show_page("diary")  # the sidebar and Ctrl+3 both land here
    assert asked == [1]
    assert window.current_page() == "settings"
    assert window.nav.currentRow() == PAGES.index("settings")
    assert page.volume.value() == 21
    page.ask = lambda _p: Button.Save
    window.show_page("diary")
    assert window.current_page() == "diary"
    assert window.state.settings.volume == 21


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    window: MainWindow,
) -> None:
    window.show_page("settings")
    window.settings_page.sessions.switch_sides.setValue(20)
    window.settings_page.ask = lambda _p: Button.Cancel
    assert not window.close()
    assert window.isVisible()
    window.settings_page.ask = lambda _p: Button.Discard
    assert window.close()
    assert window.state.settings.switch_sides_s == Settings().switch_sides_s


@pytest.mark.usefixtures("restore_look")
def test_the_system_switch_is_followed_only_while_the_theme_is_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = AppLook.of(app)
    look.apply("light", 100)
    monkeypatch.setattr(AppLook, "dark", lambda self: self.theme != "light")
    look._follow_scheme()  # the desktop went dark: a chosen light theme stays light
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 160
    look.apply("system", 100)
    look._follow_scheme()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
