"""German: every string translated, the .ts current, the .qm loadable, and no English on screen.

The pipeline is `make i18n` (assets/i18n/i18n_tool.py update); `i18n_tool.py unfinished` lists
what is left. These tests fail on a new tr() string without a translation (shown below by
adding one to a copy of the sources), a broken placeholder, a .qm Qt cannot load, and an
English text the German window still shows.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "assets" / "i18n"
TS = I18N / "phtcoach_de.ts"
PLACEHOLDER = re.compile(r"%\d|%n|\{[^{}]*\}")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", I18N / "i18n_tool.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    yield from tool.messages(ts)


def sources(ts: Path) -> set[tuple[str, str]]:
    return {(ctx, m.findtext("source") or "") for ctx, m in messages(ts)}


def translation(m: ET.Element) -> str:
    tr = m.find("translation")
    assert tr is not None
    forms = tr.findall("numerusform")
    return "\n".join(f.text or "" for f in forms) if forms else tr.text or ""


# --------------------------------------------------------------------------- the files


def test_every_message_is_translated() -> None:
    left = [f"[{ctx}] {m.findtext('source')!r}" for ctx, m in messages(TS) if tool.is_unfinished(m)]
    assert not left, f"{len(left)} untranslated (make i18n, then translate):\n" + "\n".join(left)


def test_no_message_is_kept_as_obsolete_or_vanished() -> None:
    text = TS.read_text("utf-8")
    assert 'type="obsolete"' not in text and 'type="vanished"' not in text


def test_placeholders_markup_and_mnemonics_survive() -> None:
    for ctx, m in messages(TS):
        source = m.findtext("source") or ""
        # A plural message has one German text per form (singular, plural): each keeps them.
        for german in translation(m).split("\n") if m.get("numerus") == "yes" else [translation(m)]:
            where = f"[{ctx}] {source!r} -> {german!r}"
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(german)), where
            assert re.findall(r"</?\w+>", source) == re.findall(r"</?\w+>", german), where
            if re.search(r"&[^&\s]", source):
                assert re.search(r"&[^&\s]", german), where


def _lupdate_into(tmp: Path, src: Path) -> Path:
    """lupdate `src` (a copy of phtcoach/) into a copy of the .ts, as `make i18n` does."""
    ts = tmp / TS.name
    shutil.copy(TS, ts)
    generated = tmp / "protocol_strings.py"
    tool.extract(generated)
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [str(bin_dir / "pyside6-lupdate"), *tool.LUPDATE_ARGS, "-target-language", "de",
         str(src), str(generated), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return ts


@pytest.mark.skipif(
    not (Path(sys.executable).parent / "pyside6-lupdate").exists(), reason="no pyside6-lupdate"
)
def test_the_ts_file_is_current_and_a_new_string_is_caught(tmp_path: Path) -> None:
    fresh = _lupdate_into(tmp_path, REPO / "phtcoach")
    new = sources(fresh) - sources(TS)
    assert not new, f"strings not in {TS.name} yet (run make i18n and translate): {sorted(new)}"

    # The same check on a copy of the code with one new tr() string: it must be caught.
    code = tmp_path / "code"
    shutil.copytree(REPO / "phtcoach", code / "phtcoach")
    (code / "phtcoach" / "ui" / "new_screen.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class NewScreen(QWidget):\n"
        "    def title(self) -> str:\n"
        '        return self.tr("A brand-new untranslated title")\n',
        encoding="utf-8",
    )
    second = tmp_path / "second"
    second.mkdir()
    caught = _lupdate_into(second, code)
    unfinished = [
        (ctx, m.findtext("source")) for ctx, m in messages(caught) if tool.is_unfinished(m)
    ]
    assert unfinished == [("NewScreen", "A brand-new untranslated title")]


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """lupdate cannot read a tr() call inside an f-string's braces: its text is never extracted."""
    hidden = re.compile(r"\{(?:self\.|\w+\.)?(?:tr|_tr|_t|translate)\(")
    found = [
        f"{path.relative_to(REPO)}:{n}"
        for path in sorted((REPO / "phtcoach").rglob("*.py"))
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert not found, found


def test_every_qm_file_loads() -> None:
    from PySide6.QtCore import QTranslator

    files = sorted(I18N.glob("*.qm"))
    assert files
    for qm in files:
        t = QTranslator()
        assert t.load(str(qm)), qm
        assert not t.isEmpty(), qm


# --------------------------------------------------------------------------- the voice


def test_every_english_voice_clip_has_a_german_one() -> None:
    voice = REPO / "assets" / "sounds" / "voice"
    english = {p.name for p in voice.glob("*.wav")}
    german = {p.name for p in (voice / "de").glob("*.wav")}
    assert english and not english - german, sorted(english - german)


def test_german_clips_have_the_english_format_and_fit_their_slots() -> None:
    import wave

    from phtcoach.core.cues import PHRASES, clip_name
    from phtcoach.core.timeline import PHASE_SAYS, SINGLE_LEG_ECCENTRIC_SAYS, TEMPO_KINDS

    def fmt(path: Path) -> tuple[int, int, int]:
        with wave.open(str(path)) as w:
            return w.getframerate(), w.getnchannels(), w.getsampwidth()

    english = fmt(REPO / "assets/sounds/voice/hold.wav")
    assert english == (24_000, 1, 2)

    def seconds(phrase: str) -> float:
        path = REPO / "assets/sounds/voice/de" / f"{clip_name(phrase)}.wav"
        assert fmt(path) == english, phrase
        with wave.open(str(path)) as w:
            return w.getnframes() / w.getframerate()

    for phrase in PHRASES:
        assert 0.15 <= seconds(phrase) <= 1.2, phrase
    for kind in TEMPO_KINDS:  # counted aloud from 1 s in: the word must be over by then
        for word in {PHASE_SAYS[kind], SINGLE_LEG_ECCENTRIC_SAYS.get(kind, PHASE_SAYS[kind])}:
            assert seconds(word) < 1.0, word


def test_the_voice_follows_the_language_and_falls_back_per_clip(tmp_path: Path) -> None:
    from phtcoach.audio.cues import voice_path

    (tmp_path / "sounds" / "voice" / "de").mkdir(parents=True)
    (tmp_path / "sounds" / "voice" / "de" / "hold.wav").write_bytes(b"")
    assert voice_path(tmp_path, "hold", "de") == tmp_path / "sounds/voice/de/hold.wav"
    assert voice_path(tmp_path, "rest", "de") == tmp_path / "sounds/voice/rest.wav"
    assert voice_path(tmp_path, "hold", "en") == tmp_path / "sounds/voice/hold.wav"


# --------------------------------------------------------------------------- choosing


def test_language_precedence_is_flag_then_setting_then_system() -> None:
    from phtcoach import i18n

    german_desktop = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose(None, "system", german_desktop) == "de"
    assert i18n.choose(None, "en", german_desktop) == "en"
    assert i18n.choose("de", "en", {"LANG": "C"}) == "de"
    assert i18n.choose(None, "system", {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.choose(None, None, {"LANGUAGE": "de:en", "LANG": "en_GB.UTF-8"}) == "de"
    with pytest.raises(ValueError, match="allowed: en, de"):
        i18n.choose("xx", None, {})


def _cli(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PHTCOACH_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "phtcoach", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )


def test_cli_timeline_in_german(tmp_path: Path) -> None:
    before = _cli("--lang", "de", "timeline", "iso-5x5", data=tmp_path)
    after = _cli("timeline", "iso-5x5", "--lang", "de", data=tmp_path)
    assert before.returncode == 0, before.stderr
    assert before.stdout == after.stdout
    out = before.stdout
    assert "Brücke halten 5 × 5 s, 2 Sätze" in out
    assert "ABSCHNITT" in out and "betroffene Seite links" in out
    assert "Einbeinige Brücke mit erhöhtem Fuß" in out and "Halten" in out
    for english in ("Bridge holds", "PHASE", "affected side", "hold,", "rest,"):
        assert english not in out
    assert not before.stderr


def test_cli_unknown_language_is_one_line_and_exit_2(tmp_path: Path) -> None:
    r = _cli("--lang", "xx", "timeline", "iso-5x5", data=tmp_path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.splitlines() == ["phtcoach: --lang: unknown language 'xx' (allowed: en, de)"]


def test_cli_json_stays_english_and_an_english_run_loads_no_qt(tmp_path: Path) -> None:
    import json

    doc = json.loads(_cli("--lang", "de", "timeline", "iso-5x5", "--json", data=tmp_path).stdout)
    assert {p["kind"] for p in doc["phases"]} >= {"hold", "rest"}  # enum values, not words
    code = (
        "import sys, phtcoach.cli as c; c.main(['timeline', 'iso-5x5']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NO-QT')"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PHTCOACH_DATA_DIR": str(tmp_path)},
        cwd=REPO,
        check=True,
    )
    assert r.stdout.splitlines()[-1] == "NO-QT"


def test_cli_follows_the_system_unless_the_setting_or_the_flag_says_otherwise(
    tmp_path: Path,
) -> None:
    from phtcoach.core.settings import Language, Settings
    from phtcoach.storage.repository import open_store
    from tests.fakes import FakeClock

    def heading(data: Path, *flags: str) -> str:
        env = {"PATH": "/usr/bin:/bin", "LANG": "de_DE.UTF-8", "PHTCOACH_DATA_DIR": str(data)}
        r = subprocess.run(
            [sys.executable, "-m", "phtcoach", *flags, "timeline", "iso-5x5"],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        )
        return r.stdout.splitlines()[0]

    assert heading(tmp_path / "none") == "iso-5x5: Brücke halten 5 × 5 s, 2 Sätze"
    english = tmp_path / "english"
    store = open_store(english, FakeClock(), auto_backup=False)
    store.settings.save(Settings(language=Language.EN))
    store.close()
    assert heading(english) == "iso-5x5: Bridge holds 5 x 5 s, 2 sets"
    assert heading(english, "--lang", "de") == "iso-5x5: Brücke halten 5 × 5 s, 2 Sätze"
