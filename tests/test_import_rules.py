"""The import direction of ARCHITECTURE.md, enforced: core is pure, storage has no Qt,
and only cli/app know everything."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "phtcoach"


def _modules(sub: str) -> list[str]:
    return sorted(
        "phtcoach." + ".".join(p.relative_to(PKG).with_suffix("").parts)
        for p in (PKG / sub).rglob("*.py")
        if p.name != "__init__.py"
    )


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_core_and_storage_load_no_qt_pyqtgraph_or_numpy() -> None:
    mods = _modules("core") + _modules("storage")
    code = (
        "import importlib, json, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'numpy'))))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(run.stdout) == []
    assert len(mods) >= 10  # the check really imported the layers


@pytest.mark.parametrize("path", sorted((PKG / "core").rglob("*.py")), ids=lambda p: p.name)
def test_core_imports_only_the_standard_library_and_core(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        if top == "phtcoach":
            assert name.startswith("phtcoach.core"), f"{path.name} imports {name}"
        else:
            assert top in sys.stdlib_module_names, f"{path.name} imports {name}"
        assert top != "sqlite3", f"{path.name} imports sqlite3"


@pytest.mark.parametrize("path", sorted((PKG / "storage").rglob("*.py")), ids=lambda p: p.name)
def test_storage_imports_no_gui(path: Path) -> None:
    for name in _imports(path):
        top = name.split(".")[0]
        assert top not in ("PySide6", "pyqtgraph", "numpy"), f"{path.name} imports {name}"
        assert not name.startswith(("phtcoach.ui", "phtcoach.app", "phtcoach.cli")), name


def test_nothing_imports_app_or_cli_but_the_entry_points() -> None:
    allowed = {PKG / "__main__.py", PKG / "cli.py"}
    for path in PKG.rglob("*.py"):
        if path in allowed:
            continue
        names = _imports(path)
        assert "phtcoach.cli" not in names, f"{path} imports phtcoach.cli"
        assert "phtcoach.app" not in names, f"{path} imports phtcoach.app"


def test_ui_never_opens_the_database_itself() -> None:
    for path in (PKG / "ui").rglob("*.py"):
        names = _imports(path)
        assert "sqlite3" not in names, f"{path.name} imports sqlite3"
        assert not any(n.startswith("phtcoach.storage.db") and "connect" in n for n in names)
        text = path.read_text(encoding="utf-8")
        assert "open_store(" not in text, f"{path.name} opens the store itself"


def test_cli_commands_without_a_window_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys, json\n"
        "from phtcoach.cli import main\n"
        f"main(['timeline', 'iso-5x5', '--json', '--data-dir', {str(tmp_path)!r}])\n"
        "print(json.dumps([m for m in sys.modules if m.startswith('PySide6')]), file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(run.stderr.strip().splitlines()[-1]) == []
