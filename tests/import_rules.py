"""The import direction of ARCHITECTURE.md as data, and a checker that reads source, not names.

Every module under `<root>/phtcoach` is parsed with `ast`; every import in it (at the top,
inside a function, under `if TYPE_CHECKING:`) is resolved to the module it names, with
relative imports resolved against the importing module's package and `from pkg import x`
read as the submodule `pkg.x` when such a module exists. A rule then says which importers
it governs and which resolved names they must not reach.

The checker takes the root as an argument so the tests can run it on a small tree of
deliberately bad modules first: a rule that never fires there proves nothing on the real one.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "phtcoach"
STDLIB = frozenset(sys.stdlib_module_names)
SCREENS = ("phtcoach.ui", "phtcoach.charts", "phtcoach.audio", "phtcoach.report")
ENTRY_POINTS = ("phtcoach.__main__", "phtcoach.cli")


def within(name: str, *prefixes: str) -> bool:
    """`name` is one of `prefixes` or a module inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _top(name: str) -> str:
    return name.split(".")[0]


def _third_party(target: str) -> bool:
    return _top(target) not in STDLIB and _top(target) != PACKAGE


def _core_forbids(target: str) -> bool:
    if _top(target) == PACKAGE:
        return not within(target, "phtcoach.core")
    return _third_party(target) or _top(target) == "sqlite3"


def _storage_forbids(target: str) -> bool:
    if _top(target) == PACKAGE:
        allowed = ("phtcoach.core", "phtcoach.storage", "phtcoach.paths")
        return target != PACKAGE and not within(target, *allowed)
    return _third_party(target)


def _services_forbids(target: str) -> bool:
    if _top(target) == PACKAGE:
        allowed = ("phtcoach.core", "phtcoach.storage", "phtcoach.services", "phtcoach.paths")
        return target != PACKAGE and not within(target, *allowed)
    return _third_party(target) or _top(target) == "sqlite3"


def _screens_forbid(target: str) -> bool:
    return within(target, "phtcoach.storage") or _top(target) == "sqlite3"


def _entry_points_forbid(target: str) -> bool:
    return within(target, "phtcoach.app", "phtcoach.cli")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    says: str
    importers: tuple[str, ...]  # the packages (or modules) the rule governs
    forbids: Callable[[str], bool]  # given a resolved imported name
    exempt: tuple[str, ...] = ()


RULES = (
    Rule(
        "core-is-pure",
        "core imports only the standard library and core (no sqlite3)",
        ("phtcoach.core",),
        _core_forbids,
    ),
    Rule(
        "storage-sits-on-core",
        "storage imports only the standard library, core, storage and paths",
        ("phtcoach.storage",),
        _storage_forbids,
    ),
    Rule(
        "services-sit-on-storage",
        "services import only the standard library, core, storage, services and paths",
        ("phtcoach.services",),
        _services_forbids,
    ),
    Rule(
        "screens-never-touch-storage",
        "ui, charts, audio and report never import storage or sqlite3",
        SCREENS,
        _screens_forbid,
    ),
    Rule(
        "only-entry-points-know-app",
        "nothing but __main__ and cli imports app or cli",
        (PACKAGE,),
        _entry_points_forbid,
        exempt=ENTRY_POINTS,
    ),
)


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    path: Path  # relative to the root
    line: int
    importer: str
    imported: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported} ({self.rule})"


def module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _is_module(root: Path, name: str) -> bool:
    base = root.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports_of(root: Path, path: Path) -> Iterator[tuple[int, str]]:
    """(line, resolved module name) for every import statement in the file at `path`."""
    importer = module_name(root, path)
    is_package = path.name == "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = importer.split(".")
                if not is_package:
                    package = package[:-1]
                up = node.level - 1
                if up >= len(package):
                    raise ValueError(f"{path}:{node.lineno}: relative import beyond the root")
                package = package[: len(package) - up]
                base = ".".join([*package, node.module] if node.module else package)
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if alias.name != "*" and _is_module(root, candidate):
                    yield node.lineno, candidate  # `from pkg import submodule`
                else:
                    yield node.lineno, base  # `from module import attribute`


def check_imports(root: Path) -> list[Violation]:
    """Every import under `root`/phtcoach that breaks one of RULES, in file order."""
    found: list[Violation] = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        importer = module_name(root, path)
        for line, target in imports_of(root, path):
            for rule in RULES:
                if (
                    within(importer, *rule.importers)
                    and not within(importer, *rule.exempt)
                    and rule.forbids(target)
                ):
                    found.append(
                        Violation(rule.name, path.relative_to(root), line, importer, target)
                    )
    return found
