"""The chosen output (Settings.output_device): the player opens it, falls back to the system's
default while it is missing, and reopens the stream when the choice changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QApplication

from phtcoach.audio import qt_output
from phtcoach.audio.cues import NullCuePlayer
from phtcoach.audio.mixer import Mixer
from phtcoach.audio.qt_player import QtCuePlayer
from phtcoach.paths import assets_dir
from tests.audio.test_qt_player import FakeOutput, Rig


class _Id:
    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def data(self) -> bytes:
        return self._raw


class FakeDevice:
    def __init__(self, ident: str, name: str) -> None:
        self._id, self._name = ident, name

    def id(self) -> _Id:
        return _Id(self._id.encode())

    def description(self) -> str:
        return self._name


class FakeDevices:
    """Stands in for QMediaDevices' two static calls."""

    outputs: ClassVar[list[FakeDevice]] = []
    default: ClassVar[FakeDevice] = FakeDevice("builtin", "Built-in speakers")

    @classmethod
    def audioOutputs(cls) -> list[FakeDevice]:
        return list(cls.outputs)

    @classmethod
    def defaultAudioOutput(cls) -> FakeDevice:
        return cls.default


@pytest.fixture
def devices(monkeypatch: pytest.MonkeyPatch) -> type[FakeDevices]:
    FakeDevices.outputs = [FakeDevices.default, FakeDevice("usb-1", "USB headset")]
    monkeypatch.setattr(qt_output, "QMediaDevices", FakeDevices)
    return FakeDevices


def test_the_chosen_output_is_found_and_a_missing_one_falls_back(
    devices: type[FakeDevices],
) -> None:
    assert qt_output.output_name("usb-1") == "USB headset"
    assert qt_output.device_id(qt_output.find_output("usb-1")) == "usb-1"  # type: ignore[arg-type]
    assert qt_output.output_name("") == "Built-in speakers"
    devices.outputs = [devices.default]  # unplugged
    assert qt_output.output_name("usb-1") == "Built-in speakers"
    devices.outputs = []
    assert qt_output.output_name("usb-1") is None  # no output at all: visual-only


def test_set_device_reopens_an_awake_stream_on_the_new_choice(qapp: QApplication) -> None:
    rig = Rig(assets_dir())
    names = {"": "Built-in speakers", "usb-1": "USB headset"}
    chosen: list[str] = [""]
    made: list[str] = []

    def factory(mixer: Mixer, on_error: Callable[[], None]) -> FakeOutput:
        made.append(chosen[0])
        return rig.output_factory(mixer, on_error)

    player = QtCuePlayer(
        assets_dir(),
        output_factory=factory,
        device_probe=lambda: names.get(chosen[0], names[""]),
        mixer=Mixer(),
    )
    player.preload()
    player.keep_awake(True)
    player.set_device("")  # the same choice: nothing to do
    assert len(rig.outputs) == 1
    chosen[0] = "usb-1"
    player.set_device("usb-1")
    assert rig.outputs[0].closed
    assert rig.out.running
    assert player.device == "USB headset"
    assert made == ["", "usb-1"]
    player.close()


def test_the_null_player_remembers_the_choice() -> None:
    p = NullCuePlayer()
    p.set_device("usb-1")
    assert p.device == "usb-1"
    assert ("set_device", ("usb-1",)) in p.calls
