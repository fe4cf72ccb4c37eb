"""Row: no socket other than local ones during a whole session.

PHT Coach promises a local app: no account, no telemetry, no update check. The real app runs
a whole template (tests/reliability/session_app.py: the composition root on a fast clock),
then shows every page and quits, under `strace -f`, which sees every socket syscall of every
thread, Qt's and the libraries' included. Every socket must be local (AF_UNIX: the sound
server, D-Bus, the single-instance server; AF_NETLINK would be the kernel's own interface
list); no connect, bind, sendto or sendmsg may name an internet address. An audit hook
inside the same process is a second, independent guard on what Python itself does: no
socket of another family, and no name looked up. The full run does it with sound (a private
PulseAudio null sink) on the longest stage-1 template.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.audio.recording import NullSink, missing_tools
from tests.e2e.runner_app import run_app
from tests.reliability.figures import Row

LOCAL = {"AF_UNIX", "AF_LOCAL", "AF_NETLINK"}
SYSCALLS = "socket,connect,bind,sendto,sendmsg"
CALL = re.compile(r"^\d+\s+(?:<\.\.\. )?(\w+)\((.*)")
FAMILY = re.compile(r"\bAF_[A-Z0-9]+")
EXITED = re.compile(r"exit status (\d+)")
PAGE = re.compile(r"page shown: (\w+)")
SET_SAVED = re.compile(r"set saved id=\d+")
PROBE = {"event": "socket.__new__", "family": "AF_UNIX", "address": ""}  # session_app's own


@contextlib.contextmanager
def sound(with_server: bool) -> Iterator[dict[str, str]]:
    """The environment for the app: a private PulseAudio null sink, or none at all."""
    if not with_server:
        yield {}
        return
    state = Path(tempfile.mkdtemp(prefix="pht-pulse-"))  # short: a socket path < 108 bytes
    try:
        with NullSink.started(state) as sink:
            yield sink.env
    finally:
        shutil.rmtree(state, ignore_errors=True)


def socket_calls(trace: Path) -> tuple[Counter[tuple[str, str]], list[str]]:
    """(syscall, address family) counts from an strace log, and the lines that were not
    local. A call on a connected socket names no address ("none")."""
    seen: Counter[tuple[str, str]] = Counter()
    foreign: list[str] = []
    for line in trace.read_text(errors="replace").splitlines():
        if "resumed>" in line:
            continue  # the second half of a call whose first half was counted
        m = CALL.match(line)
        if m is None:
            continue
        name, rest = m.groups()
        if name == "socket":
            families = [rest.split(",", 1)[0].strip()]
        else:
            families = FAMILY.findall(rest) or ["none"]
        for family in families:
            seen[(name, family)] += 1
            if family not in LOCAL and family != "none":
                foreign.append(line)
    return seen, foreign


@pytest.mark.e2e
def test_a_whole_session_opens_no_network_socket(
    tmp_path: Path, full: bool, row: Callable[..., Row]
) -> None:
    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("needs strace to watch the app's socket calls (apt-get install strace)")
    with_sound = full and not missing_tools()
    template, scale = ("iso-circuit", 60.0) if full else ("iso-5x5", 50.0)
    trace, audit = tmp_path / "strace.txt", tmp_path / "audit.jsonl"
    prefix = [strace, "-f", "-qq", "-e", f"trace={SYSCALLS}", "-o", str(trace)]
    with (
        sound(with_sound) as env,
        run_app(
            tmp_path / "data",
            "--start", template, "--scale", str(scale), "--pages", "--audit", str(audit),
            env=env,
            module="tests.reliability.session_app",
            prefix=prefix,
        ) as app,
    ):  # fmt: skip
        app.wait_for(EXITED, timeout=120)
        assert app.proc.wait(timeout=20) == 0, app.text()[-3000:]
        text = app.text()
    assert "session finished" in text, text[-3000:]
    pages = PAGE.findall(text)
    assert len(pages) == 6, text[-3000:]

    seen, foreign = socket_calls(trace)
    raw = trace.read_text(errors="replace")
    assert not foreign, "non-local socket calls:\n" + "\n".join(foreign[:20])
    assert "AF_INET" not in raw, "an internet address in the trace"
    assert seen, "strace saw no socket call at all: the trace proves nothing"
    assert seen[("bind", "AF_UNIX")] >= 1, "the single-instance server's socket was not seen"

    events = [json.loads(line) for line in audit.read_text().splitlines()]
    assert events[:1] == [PROBE], "the audit hook did not see its own probe socket"
    events = events[1:]
    lookups = [e for e in events if "socket.get" in e["event"]]
    py_foreign = [e for e in events if e["family"] not in LOCAL | {""}]
    assert not lookups, f"Python looked up names: {lookups[:5]}"
    assert not py_foreign, f"Python used non-local sockets: {py_foreign[:5]}"

    r = row(
        "network",
        "Network: no socket other than local ones during a full session",
        "no socket other than local ones",
    )
    sets = len(SET_SAVED.findall(text))
    r.add(
        f"the app under `strace -f` for a whole {template} session at {scale:g}x ({sets} sets "
        f"saved), then all {len(pages)} pages, then Quit (exit 0), "
        + ("playing into a PulseAudio null sink" if with_sound else "with no sound server")
    )
    r.add(
        "socket syscalls by address family: "
        + ", ".join(f"{name} {family} x{n}" for (name, family), n in sorted(seen.items()))
        + "; none AF_INET or AF_INET6"
    )
    by_family = Counter(e["family"] or "lookup" for e in events)
    r.add(
        "Python audit hook (socket.__new__/connect/bind/sendto/sendmsg, name lookups), "
        "live from the start (it saw its own probe socket): "
        + (
            ", ".join(f"{f} x{n}" for f, n in sorted(by_family.items()))
            or "no other event: Python itself opened no socket and looked up no name"
        )
    )


def test_the_trace_reader_catches_an_internet_socket(tmp_path: Path) -> None:
    """The parser itself, on lines as strace writes them: a row that could not fail would
    prove nothing."""
    trace = tmp_path / "t.txt"
    trace.write_text(
        "11 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 13\n"
        '11 connect(13, {sa_family=AF_UNIX, sun_path="/tmp/x"}, 110 <unfinished ...>\n'
        "12 <... connect resumed>) = 0\n"
        '11 sendto(11, "W", 1, MSG_NOSIGNAL, NULL, 0) = 1\n'
        "11 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 14\n"
        '11 connect(14, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}'
        ", 16) = 0\n"
        "11 +++ exited with 0 +++\n"
    )
    seen, foreign = socket_calls(trace)
    assert seen == Counter(
        {
            ("socket", "AF_UNIX"): 1,
            ("connect", "AF_UNIX"): 1,
            ("sendto", "none"): 1,
            ("socket", "AF_INET6"): 1,
            ("connect", "AF_INET"): 1,
        }
    )
    assert [line.split()[1][:7] for line in foreign] == ["socket(", "connect"]
