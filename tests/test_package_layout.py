"""How the package's modules depend on each other: no two import each other, at load time
or later inside a function (a cycle makes the import order matter and hides which layer
is below which). Imports for type checkers alone do not count."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "everruns"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_nodes(tree: ast.Module) -> list[ast.AST]:
    """Every node of ``tree`` but those under ``if TYPE_CHECKING:``."""
    found: list[ast.AST] = []
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        found.append(node)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            pending.extend(node.orelse)
            continue
        pending.extend(ast.iter_child_nodes(node))
    return found


def loaded_imports(path: Path) -> set[str]:
    """The SDK modules ``path`` imports when it runs: anywhere, but for type checkers."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            found |= {target} | {f"{target}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("everruns"):
            found.add(node.module or "")
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("everruns")}
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return found & modules - {name}


def cycles() -> list[tuple[str, str]]:
    graph = {module_name(path): loaded_imports(path) for path in PACKAGE.rglob("*.py")}
    return sorted((a, b) for a, targets in graph.items() for b in targets if a < b and a in graph.get(b, set()))


def test_no_two_modules_import_each_other_when_loaded() -> None:
    assert cycles() == []


@pytest.mark.parametrize(("below", "above"), [("everruns._streaming", "everruns._turns")])
def test_the_event_stream_is_below_the_turn(below: str, above: str) -> None:
    path = PACKAGE / (below.rsplit(".", maxsplit=1)[-1] + ".py")
    assert above not in loaded_imports(path)
    assert below in loaded_imports(PACKAGE / (above.rsplit(".", maxsplit=1)[-1] + ".py"))


# Modules whose tests sit with a larger subject, and where (every other module of the
# package has tests/test_<name>.py or a folder tests/<name>/, named after it).
TESTED_WITH = {
    "__init__": "tests/test_types.py (what the package exports)",
    "_api": "tests/client/test_derived.py (client.api and the clients derived from it)",
    "_base_client": "tests/client/ (what both clients share)",
    "_logging": "tests/test_config.py and tests/client/test_secrecy.py (EVERRUNS_LOG, no key in a log)",
    "_tool_schema": "tests/test_local_tools.py (the schema of a local tool)",
    "_version": "tests/test_packaging.py (the version the package reports)",
}


def test_each_module_of_the_package_has_its_tests_under_its_own_name() -> None:
    tests = PACKAGE.parent / "tests"
    missing = []
    for path in sorted(PACKAGE.glob("*.py")):
        name = path.stem
        own = name.strip("_")
        if name in TESTED_WITH or (tests / f"test_{own}.py").exists() or (tests / own).is_dir():
            continue
        missing.append(f"everruns/{path.name}: add tests/test_{own}.py (or name it in TESTED_WITH, saying where)")
    assert not missing, "\n".join(missing)


def test_the_modules_named_as_tested_elsewhere_still_exist() -> None:
    gone = [name for name in TESTED_WITH if not (PACKAGE / f"{name}.py").exists()]
    assert not gone, f"no longer in the package: {gone}"
