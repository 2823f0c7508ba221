"""everruns.testing stays self-contained: standard library only, and never loaded by ``import everruns``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import everruns.testing

PACKAGE = Path(everruns.testing.__file__).parent
PLUGIN = "pytest_plugin.py"


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("module", sorted(p.name for p in PACKAGE.glob("*.py") if p.name != PLUGIN))
def test_each_module_imports_only_the_standard_library(module):
    outside = _imported_roots(PACKAGE / module) - set(sys.stdlib_module_names) - {"__future__"}
    assert not outside, f"{module} imports {sorted(outside)}"


def test_the_pytest_plugin_adds_only_pytest_and_imports_the_sdk_lazily():
    assert _imported_roots(PACKAGE / PLUGIN) - set(sys.stdlib_module_names) - {"__future__"} == {"pytest"}


@pytest.mark.slow
def test_import_everruns_does_not_load_the_test_server():
    probe = "import sys, everruns; print(sorted(m for m in sys.modules if m.startswith('everruns.testing')))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "[]"
