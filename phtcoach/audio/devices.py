"""The sound outputs a user can choose (`Settings.output_device`), and when that list changes.

Apart from the player because the Settings page lists outputs whether or not a cue is
playing, and because its tests inject the list: asking QMediaDevices where there is no
sound server logs a warning (and the test suite fails on warnings).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

Outputs = list[tuple[str, str]]
"""(id, name) of each output, as `Settings.output_device` stores the id."""


class OutputList(QObject):
    """The outputs now; `changed` when one appears or disappears."""

    changed = Signal()

    def __init__(
        self, provider: Callable[[], Outputs] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._provider: Callable[[], Outputs] = provider or list

    def outputs(self) -> Outputs:
        return list(self._provider())


def system_outputs(parent: QObject | None = None) -> OutputList:
    """The system's outputs from QMediaDevices, followed live (call only where sound works)."""
    from PySide6.QtMultimedia import QMediaDevices

    from phtcoach.audio.qt_output import device_id

    def provider() -> Outputs:
        return [(device_id(d), d.description()) for d in QMediaDevices.audioOutputs()]

    outputs = OutputList(provider, parent)
    watch = QMediaDevices(outputs)
    watch.audioOutputsChanged.connect(outputs.changed)
    return outputs
