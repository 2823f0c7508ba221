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
