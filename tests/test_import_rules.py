"""The import direction of ARCHITECTURE.md, enforced on the real tree by a checker that is
first shown to catch each kind of violation in a small tree of deliberately bad modules.

A check that cannot fail guards nothing: the fake tree is clean except for the one bad line
each case writes into it, and the case asserts that exactly that line is reported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.import_rules import RULES, check_imports

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "phtcoach"

# A minimal package with every layer, importing only what the rules allow, in the forms the
# real code uses (absolute, relative, lazy, `from package import module`).
FAKE_TREE = {
    "__init__.py": 'APP_NAME = "Fake"\n',
    "__main__.py": "from phtcoach.cli import main\n",
    "cli.py": "from phtcoach import APP_NAME, paths\n\ndef main():\n    from phtcoach import app\n",
    "app.py": (
        "from phtcoach.core.model import Settings\n"
        "from phtcoach.services import sessions\n"
        "from phtcoach.storage.db import connect\n"
        "from phtcoach.ui import page\n"
    ),
    "paths.py": "import platformdirs\n",
    "core/__init__.py": "",
    "core/model.py": (
        "from __future__ import annotations\n\nimport datetime\nfrom typing import Any\n"
    ),
    "core/engine.py": (
        "from . import model\nfrom .model import Any\nfrom phtcoach.core import model\n"
    ),
    "storage/__init__.py": "",
    "storage/db.py": (
        "import sqlite3\n\nfrom phtcoach import APP_NAME, paths\nfrom ..core import model\n\n"
        "def connect():\n    pass\n"
    ),
    "services/__init__.py": "",
    "services/sessions.py": (
        "from phtcoach.core.model import Any\nfrom phtcoach.storage.db import connect\n"
        "from . import changes\n"
    ),
    "services/changes.py": "from dataclasses import dataclass\n",
    "ui/__init__.py": "",
    "ui/page.py": (
        "from PySide6.QtWidgets import QWidget\n\nfrom phtcoach.services import sessions\n"
    ),
    "charts/__init__.py": "",
    "charts/plot.py": "import numpy\nimport pyqtgraph\n\nfrom ..core import model\n",
    "audio/__init__.py": "",
    "audio/player.py": "from PySide6.QtMultimedia import QSoundEffect\n",
    "report/__init__.py": "",
    "report/pdf.py": "from phtcoach.services.sessions import Any\n",
}

BAD = [
    # (module written into the fake tree, the bad source, rule, resolved name reported)
    ("core/bad.py", "from PySide6.QtCore import QObject\n", "core-is-pure", "PySide6.QtCore"),
    ("core/bad.py", "import sqlite3\n", "core-is-pure", "sqlite3"),
    ("core/bad.py", "import numpy as np\n", "core-is-pure", "numpy"),
    ("core/bad.py", "from phtcoach.storage import db\n", "core-is-pure", "phtcoach.storage.db"),
    ("core/bad.py", "from ..storage.db import connect\n", "core-is-pure", "phtcoach.storage.db"),
    ("core/bad.py", "from phtcoach import paths\n", "core-is-pure", "phtcoach.paths"),
    ("core/bad.py", "from phtcoach import APP_NAME\n", "core-is-pure", "phtcoach"),
    ("storage/bad.py", "from PySide6 import QtCore\n", "storage-sits-on-core", "PySide6"),
    ("storage/bad.py", "import platformdirs\n", "storage-sits-on-core", "platformdirs"),
    (
        "storage/bad.py",
        "from phtcoach.services import sessions\n",
        "storage-sits-on-core",
        "phtcoach.services.sessions",
    ),
    ("storage/bad.py", "import phtcoach.ui.page\n", "storage-sits-on-core", "phtcoach.ui.page"),
    (
        "storage/bad.py",
        "def later():\n    from ..ui import page\n",  # a lazy import is an import too
        "storage-sits-on-core",
        "phtcoach.ui.page",
    ),
    (
        "services/bad.py",
        "from PySide6.QtCore import Signal\n",
        "services-sit-on-storage",
        "PySide6.QtCore",
    ),
    ("services/bad.py", "import sqlite3\n", "services-sit-on-storage", "sqlite3"),
    ("services/bad.py", "from ..ui import page\n", "services-sit-on-storage", "phtcoach.ui.page"),
    ("services/bad.py", "import phtcoach.charts\n", "services-sit-on-storage", "phtcoach.charts"),
    (
        "ui/bad.py",
        "from phtcoach.storage.db import connect\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    (
        "ui/bad.py",
        "import phtcoach.storage.db\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    (
        "ui/bad.py",
        "from phtcoach import storage\n",
        "screens-never-touch-storage",
        "phtcoach.storage",
    ),
    ("ui/bad.py", "from .. import storage\n", "screens-never-touch-storage", "phtcoach.storage"),
    ("ui/bad.py", "import sqlite3\n", "screens-never-touch-storage", "sqlite3"),
    (
        "ui/bad.py",
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n    from phtcoach.storage.db import connect\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    (
        "charts/bad.py",
        "from ..storage.db import connect\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    (
        "audio/bad.py",
        "from phtcoach.storage import db\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    (
        "report/bad.py",
        "from ..storage import db\n",
        "screens-never-touch-storage",
        "phtcoach.storage.db",
    ),
    ("ui/bad.py", "from phtcoach import app\n", "only-entry-points-know-app", "phtcoach.app"),
    ("charts/bad.py", "import phtcoach.cli\n", "only-entry-points-know-app", "phtcoach.cli"),
    ("paths.py", "from . import app\n", "only-entry-points-know-app", "phtcoach.app"),
]


@pytest.fixture
def fake_root(tmp_path: Path) -> Path:
    for rel, source in FAKE_TREE.items():
        path = tmp_path / "phtcoach" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return tmp_path


def test_the_fake_tree_is_clean(fake_root: Path) -> None:
    """Every allowed form passes: relative imports, `from phtcoach import paths` in
    storage, platformdirs in paths, the entry points importing everything."""
    assert [str(v) for v in check_imports(fake_root)] == []


def test_every_rule_has_a_case_that_breaks_it() -> None:
    assert {rule for _, _, rule, _ in BAD} == {r.name for r in RULES}


@pytest.mark.parametrize(
    ("module", "source", "rule", "imported"),
    BAD,
    ids=[f"{m}:{s.strip().splitlines()[-1].strip()}" for m, s, _, _ in BAD],
)
def test_a_bad_import_is_caught(
    fake_root: Path, module: str, source: str, rule: str, imported: str
) -> None:
    path = fake_root / "phtcoach" / module
    clean = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(clean + source, encoding="utf-8")
    bad_line = len(clean.splitlines()) + len(source.rstrip("\n").splitlines())
    found = [(v.rule, v.imported, str(v.path), v.line) for v in check_imports(fake_root)]
    assert found == [(rule, imported, str(Path("phtcoach", module)), bad_line)]


@pytest.mark.parametrize("rule", [r.name for r in RULES])
def test_the_real_tree_keeps_the_rule(rule: str) -> None:
    broken = [str(v) for v in check_imports(ROOT) if v.rule == rule]
    says = next(r.says for r in RULES if r.name == rule)
    assert broken == [], f"{says}:\n" + "\n".join(broken)


def test_the_real_tree_has_the_layers_the_rules_name() -> None:
    """A renamed layer would leave its rule checking nothing."""
    for layer in ("core", "storage", "services", "ui", "charts", "audio", "report"):
        assert (PKG / layer / "__init__.py").is_file(), layer


def _loaded_by(subpackages: list[str], watched: tuple[str, ...]) -> list[str]:
    """Import every module of `subpackages` in a fresh interpreter; the watched top-level
    packages it then holds in sys.modules (what a static read cannot see: transitive loads)."""
    mods = sorted(
        "phtcoach." + ".".join(p.relative_to(PKG).with_suffix("").parts)
        for sub in subpackages
        for p in (PKG / sub).rglob("*.py")
        if p.name != "__init__.py"
    )
    assert len(mods) >= 5, "the check must really import the layers"
    code = (
        "import importlib, json, sys\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in "
        f"{watched!r})))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded: list[str] = json.loads(run.stdout)
    return loaded


def test_core_loads_neither_qt_nor_sqlite() -> None:
    assert _loaded_by(["core"], ("PySide6", "shiboken6", "pyqtgraph", "numpy", "sqlite3")) == []


def test_core_storage_and_services_load_no_qt_pyqtgraph_or_numpy() -> None:
    layers = ["core", "storage", "services"]
    assert _loaded_by(layers, ("PySide6", "shiboken6", "pyqtgraph", "numpy")) == []


def test_ui_never_opens_the_store_itself() -> None:
    for path in (PKG / "ui").rglob("*.py"):
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
