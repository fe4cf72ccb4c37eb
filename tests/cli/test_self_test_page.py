"""`phtcoach --self-test --page NAME`: the page's first frame timed, a bad NAME refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phtcoach.cli import main
from phtcoach.ui.pages import PAGES
from tests.cli.lines import one_line
from tests.cli.runner import phtcoach

run = phtcoach  # the real command in a fresh interpreter


@pytest.mark.parametrize("page", ["progress", "programme"])
def test_a_page_is_opened_and_its_first_frame_timed(tmp_path: Path, page: str) -> None:
    proc = run("--self-test", "--page", page, "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.strip().splitlines()
    result = json.loads(line)
    assert result["ok"] is True
    assert result["page"] == page
    assert result["page_ms"] > 0
    assert result["startup_ms"] > 0
    # the self-test's other duties are still reported
    assert {"db", "schema", "version", "templates", "audio", "sound_check"} <= set(result)


def test_without_page_there_is_no_page_ms(tmp_path: Path) -> None:
    proc = run("--self-test", "--data-dir", str(tmp_path / "d"))
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert "page_ms" not in result and "page" not in result


def test_a_bad_page_name_is_one_line_naming_the_option_and_the_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--self-test", "--page", "charts", "--data-dir", str(tmp_path / "d")])
    assert exc.value.code == 2
    err = one_line(capsys.readouterr().err)
    assert "--page" in err and "charts" in err
    assert all(name in err for name in PAGES)
    assert "Traceback" not in err
    assert not (tmp_path / "d").exists()  # refused before anything was opened


def test_page_without_self_test_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--page", "diary", "--data-dir", str(tmp_path / "d")]) == 2
    err = one_line(capsys.readouterr().err)
    assert "--page" in err and "--self-test" in err
