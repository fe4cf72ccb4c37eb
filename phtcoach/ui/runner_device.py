"""The computer around a session: sound set from the settings, the audio device kept awake
while a session is loaded, the screen saver paused while it runs, and a notice on the floor
when the platform refuses either (the visual cues go on regardless).

Apart from the runner because none of it is the session itself: it is what the machine
must do so a person two metres away hears the first cue and never sees the screen go dark.
Its sentences are translated in the runner's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from phtcoach.audio.cues import CuePlayer
from phtcoach.core.model import Settings
from phtcoach.ui.inhibit import ScreenInhibitor
from phtcoach.ui.runner_display import RunnerDisplay


class RunnerDevice:
    """The player and the screen-saver inhibitor of one runner; notices go to `display`."""

    def __init__(
        self, player: CuePlayer, inhibitor: ScreenInhibitor, display: RunnerDisplay
    ) -> None:
        self._player = player
        self._inhibitor = inhibitor
        self._display = display
        self._awake = False
        self._audio_status(player.available, player.status_message)
        player.set_status_listener(self._audio_status)

    def configure(self, settings: Settings) -> None:
        """Volume, voice, ticks and the output from `settings` (at once, even mid-session)."""
        self._player.set_device(settings.output_device)
        self._player.set_volume(settings.volume)
        self._player.set_voice(settings.voice)
        self._player.set_ticks(settings.ticks)

    def activate(self) -> None:
        """Screen saver off while the session runs (where the platform lets us)."""
        reason = self._inhibitor.inhibit()
        if reason:
            text = QCoreApplication.translate(
                "RunnerWidget", "Screen saver could not be paused: {0}"
            ).format(reason)
            self._display.set_notice("inhibit", text)
        else:
            self._display.clear_notice("inhibit")
        self.keep_awake(True)

    def release_screen(self) -> None:
        """Let the screen saver back (the session stopped, or never started)."""
        self._inhibitor.release()

    def keep_awake(self, on: bool) -> None:
        if on != self._awake:
            self._awake = on
            self._player.keep_awake(on)

    def stand_down(self) -> None:
        """No session running any more: screen saver back, audio device may sleep."""
        self._inhibitor.release()
        self.keep_awake(False)

    def _audio_status(self, available: bool, message: str) -> None:
        """The player lost or found its device: say so on the floor (visual cues go on)."""
        if message and not available:
            self._display.set_notice("audio", QCoreApplication.translate("CuePlayer", message))
        else:
            self._display.clear_notice("audio")
