"""The Settings page's Sound section: volume, voice, ticks, flash, the output, and a sound check.

"Test sound" plays a tone and a word through the app's own cue player (never a
QSoundEffect: two started close together freeze the app on PulseAudio, and all sound goes
through the player's one stream) on the output and at the volume shown on the page, before
they are saved. The player goes back to the saved settings a moment later, once the test
has been heard.

The output list comes from an `OutputList` (the system's outputs; tests inject theirs).
When the chosen output disappears the player falls back to the default by itself; this
section says so where the user looks for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from phtcoach.audio.cues import CuePlayer
from phtcoach.audio.devices import OutputList
from phtcoach.core.cues import Sound
from phtcoach.core.model import Settings
from phtcoach.ui.settings_sections import Section
from phtcoach.ui.widgets.feedback import MessageLabel

TEST_SOUND = Sound.START
TEST_WORD = "hold"
RESTORE_MS = 2500
"""After a sound check, the player returns to the saved settings (the word has been heard)."""


class SoundSection(Section):
    def __init__(
        self,
        player: CuePlayer,
        outputs: OutputList,
        saved: Any,  # () -> Settings: what the player goes back to after a test
    ) -> None:
        super().__init__(self.tr("Sound"))
        t = self.tr
        self._player = player
        self._outputs = outputs
        self._saved = saved
        self._names: dict[str, str] = {}  # every output seen: a vanished one keeps its name
        self.volume = self.spin("volume", t("Volum&e:"), 0, 100, " %")
        self.voice = self.check("voice", t("Spoken cues"))
        self.ticks = self.check("ticks", t("Tempo ticks"))
        self.flash = self.check("flash", t("Flash the screen on each cue"))
        self.device = QComboBox()
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.row("output_device", t("&Output:"), self.device)
        self.warning = MessageLabel()
        self.warning.setAccessibleName(t("Output warning"))
        self.form.addRow("", self.warning)
        self.test_button = QPushButton(t("Test sou&nd"))
        self.test_button.setAccessibleName(t("Test sound: a tone and a word"))
        self.test_button.setToolTip(
            t("Plays a tone and a word through the output and at the volume shown here.")
        )
        self.test_message = MessageLabel()
        self.test_message.setAccessibleName(t("Sound test result"))
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.test_button)
        lay.addWidget(self.test_message, 1)
        self.form.addRow("", row)
        self._restore = QTimer(self)
        self._restore.setSingleShot(True)
        self._restore.setInterval(RESTORE_MS)
        self._restore.timeout.connect(self.restore_player)
        self._restore.timeout.connect(self._test_played)
        # What the test said was about this volume and output: another one, and it goes.
        self.volume.valueChanged.connect(self._test_outdated)
        self.device.currentIndexChanged.connect(self._test_outdated)
        self.test_button.clicked.connect(self.test_sound)
        self.device.currentIndexChanged.connect(lambda _i: self._check_chosen())
        outputs.changed.connect(self.refresh_outputs)

    # ------------------------------------------------------------------ the output list

    def _fill(self, chosen: str) -> None:
        """System default first, then every output now; a chosen one that is missing stays
        listed (as not connected) so the choice is not lost while it is unplugged."""
        present = self._outputs.outputs()
        self._names.update(dict(present))
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(self.tr("System default"), "")
        for ident, name in present:
            self.device.addItem(name or ident, ident)
        if chosen and chosen not in dict(present):
            name = self._names.get(chosen, chosen)
            self.device.addItem(self.tr("%1 (not connected)").replace("%1", name), chosen)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)))
        self.device.blockSignals(False)
        self._check_chosen()

    def refresh_outputs(self) -> None:
        """An output appeared or went: relist, keeping the choice, and warn if it is gone."""
        self._fill(str(self.device.currentData() or ""))

    def connected(self, ident: str) -> bool:
        return not ident or ident in dict(self._outputs.outputs())

    def _check_chosen(self) -> None:
        ident = str(self.device.currentData() or "")
        if self.connected(ident):
            self.warning.clear_message()
            return
        name = self._names.get(ident, ident)
        self.warning.show_error(
            self.tr(
                "The output “%1” is not connected: sound plays through the system default "
                "until it is back."
            ).replace("%1", name)
        )

    # ------------------------------------------------------------------ values

    def load(self, s: Settings) -> None:
        super().load(s)
        self._fill(s.output_device)

    def values(self) -> dict[str, Any]:
        out = super().values()
        out["output_device"] = str(self.device.currentData() or "")
        return out

    # ------------------------------------------------------------------ sound check

    def test_sound(self) -> None:
        """A tone and a word through the output and at the volume on the page, unsaved."""
        p = self._player
        p.set_device(str(self.device.currentData() or ""))
        p.set_volume(self.volume.value())
        p.set_voice(True)
        p.play(TEST_SOUND, TEST_WORD)
        self._restore.start()
        if not p.available:
            why = QCoreApplication.translate("CuePlayer", p.status_message) or self.tr(
                "No sound output is working."
            )
            self.test_message.show_error(why)
        elif self.volume.value() == 0:
            self.test_message.show_error(self.tr("The volume is 0: nothing can be heard."))
        else:
            self.test_message.show_info(self.tr("Playing a tone and a word."))

    def _test_outdated(self, *_: object) -> None:
        """Another volume or output: the test's words were about the old ones (a player
        that cannot play at all stays said)."""
        if self._player.available:
            self.test_message.clear_message()

    def _test_played(self) -> None:
        """The tone has played: "Playing ..." is no longer true (a problem stays)."""
        if not self.test_message.is_error():
            self.test_message.clear_message()

    def restore_player(self) -> None:
        """The player back on the saved settings (a session must not run on unsaved ones)."""
        self._restore.stop()
        s: Settings = self._saved()
        self._player.set_device(s.output_device)
        self._player.set_volume(s.volume)
        self._player.set_voice(s.voice)
