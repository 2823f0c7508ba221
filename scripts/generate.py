"""Regenerate ``generated/everruns_api`` from ``openapi.json`` with the pinned generator.

    python scripts/generate.py           write generated/everruns_api
    python scripts/generate.py --check   fail when generated/ differs from a fresh generation

A generation fails on any generator warning (a warning means a dropped schema or
endpoint), and when an operation of openapi.json has no endpoint module with
``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "everruns_api"
TARGET = ROOT / "generated" / PACKAGE
GENERATOR_VERSION = "0.29.1"
ENDPOINT_FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Lines of the generator's output that are not problems.
QUIET_LINES = re.compile(r"^(Generating .*|\s*)$")


class GenerationError(Exception):
    """The generator warned, failed, or left an operation out."""


def run_generator(output: Path) -> None:
    """Run the pinned openapi-python-client into ``output`` (a package directory)."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is pinned, {installed} is installed")
    env = dict(os.environ)
    # The generator's formatting hooks call ruff from PATH: use the one beside this interpreter.
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(SPEC),
        "--config",
        str(CONFIG),
        "--meta",
        "none",
        "--output-path",
        str(output),
        "--custom-template-path",
        str(TEMPLATES),
    ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    log = (result.stdout + result.stderr).splitlines()
    problems = [line for line in log if not QUIET_LINES.match(line)]
    if result.returncode != 0 or problems:
        raise GenerationError("the generator reported problems:\n" + "\n".join(log))


def add_sync_wrappers(source: str) -> str:
    """Give an endpoint module ``sync`` and ``asyncio`` when the generator left them out.

    The generator writes only the ``*_detailed`` functions for operations whose success
    answer has no body (a 204 delete, say). The wrappers take the same arguments, send
    the request and return ``None``, so every operation has all four functions.
    """
    tree = ast.parse(source)
    defined = {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}
    if "sync" in defined or "sync_detailed" not in defined:
        return source
    detailed = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed")
    signature = ast.unparse(detailed.args)
    call = ", ".join(f"{arg.arg}={arg.arg}" for arg in [*detailed.args.args, *detailed.args.kwonlyargs])
    doc = '"""Send the request. The operation answers without a body, so this returns None."""'
    return (
        source.rstrip("\n")
        + f"\n\n\ndef sync({signature}) -> None:\n    {doc}\n    sync_detailed({call})\n"
        + f"\n\nasync def asyncio({signature}) -> None:\n    {doc}\n    await asyncio_detailed({call})\n"
    )


TYPING_IMPORT = re.compile(r"^from typing import (.+)$", re.MULTILINE)


def import_self_for_type_checkers(source: str) -> str:
    """Make a module that imports ``typing.Self`` (Python 3.11+) load on Python 3.10.

    The generated code uses ``Self`` only in annotations. Under ``from __future__ import
    annotations`` those are never evaluated, so ``Self`` is imported for type checkers
    only, from ``typing_extensions``, which they always have.
    """
    match = TYPING_IMPORT.search(source)
    if match is None:
        return source
    names = [name.strip() for name in match.group(1).split(",")]
    if "Self" not in names:
        return source
    kept = [name for name in names if name != "Self"]
    if "TYPE_CHECKING" not in kept:
        kept.insert(0, "TYPE_CHECKING")
    replacement = f"from typing import {', '.join(kept)}\n\nif TYPE_CHECKING:\n    from typing_extensions import Self\n"
    source = source[: match.start()] + replacement + source[match.end() :]
    if "from __future__ import annotations" not in source:
        source = "from __future__ import annotations\n\n" + source
    return source


def forward_exit_arguments_as_any(source: str) -> str:
    """Annotate the client's ``__exit__``/``__aexit__`` pass-through arguments as ``Any``.

    The generator types them ``object`` and hands them on to httpx, whose parameters are
    narrower, so ``mypy --strict`` rejects the call. ``Any`` states what they are: whatever
    the ``with`` statement passed in.
    """
    return source.replace("exit__(self, *args: object, **kwargs: Any)", "exit__(self, *args: Any, **kwargs: Any)")


DATETIME_HELPER = TEMPLATES / "_datetimes.py"
PATH_HELPER = TEMPLATES / "_paths.py"
READING_HELPER = TEMPLATES / "_reading.py"  # what every model (scripts/templates/model.py.jinja) reads with


def parse_datetimes_on_every_python(source: str, depth: int) -> str:
    """Read timestamps with ``_datetimes.parse_datetime`` instead of
    ``datetime.datetime.fromisoformat``, which on Python 3.10 refuses the API's
    ``...Z`` form. ``depth`` is how many packages down the module sits."""
    if "datetime.datetime.fromisoformat(" not in source:
        return source
    source = source.replace("datetime.datetime.fromisoformat(", "parse_datetime(")
    return source.replace(
        "import datetime\n", f"import datetime\n\nfrom {'.' * depth}_datetimes import parse_datetime\n", 1
    )


PATH_PARAMETER = re.compile(r'(\w+)=quote\(str\((\w+)\), safe=""\)')


def keep_path_parameters_in_their_segments(source: str, depth: int) -> str:
    """Encode path parameters with ``_paths``: each value stays in its own segment.

    The generator's ``quote(value, safe="")`` leaves ``.`` and ``..`` as they are, and
    httpx then resolves them (``/v1/agents/..`` becomes ``/v1/``), so a value could
    reach another route; ``quote_segment`` encodes them too. A wildcard route's
    ``{path}`` (``.../fs/{path}``) is a file path whose nested segments the API takes
    as literal ``/``-separated segments, so ``quote_path`` keeps its slashes and
    encodes each segment (proxies may also refuse an encoded slash).
    """
    if not PATH_PARAMETER.search(source):
        return source
    wildcard = '/{path}"' in source

    def encoder(match: re.Match[str]) -> str:
        function = "quote_path" if wildcard and match.group(1) == "path" else "quote_segment"
        return f"{match.group(1)}={function}(str({match.group(2)}))"

    source = PATH_PARAMETER.sub(encoder, source)
    used = [name for name in ("quote_path", "quote_segment") if f"{name}(" in source]
    return source.replace("from urllib.parse import quote\n", f"from {'.' * depth}_paths import {', '.join(used)}\n", 1)


def post_process(package: Path) -> None:
    """Everything the templates cannot do: the sync wrappers, Python 3.10 support
    (typing.Self, timestamps), path parameters that cannot leave their segment,
    mypy-clean context managers, the helper modules the generated code imports
    (timestamps, path segments, how models read), formatting, the PEP 561 marker."""
    for module in sorted(package.rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        depth = len(module.relative_to(package).parts)
        rewritten = forward_exit_arguments_as_any(import_self_for_type_checkers(add_sync_wrappers(source)))
        rewritten = parse_datetimes_on_every_python(rewritten, depth)
        rewritten = keep_path_parameters_in_their_segments(rewritten, depth)
        if rewritten != source:
            module.write_text(rewritten, encoding="utf-8")
    for helper in (DATETIME_HELPER, PATH_HELPER, READING_HELPER):  # after the rewrites: they are their targets
        shutil.copyfile(helper, package / helper.name)
    ruff = [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", "--quiet", str(package)]
    subprocess.run(ruff, check=True)
    (package / "py.typed").write_text("", encoding="utf-8")


EVENT_PAYLOADS_MODULE = '''"""The generated model of each event type's payload, from openapi.json's ``EventData``.

Written by scripts/generate.py. A payload model is named for its event type
(``output.message.delta``: ``OutputMessageDeltaData``; ``tool.call_requested``:
``ToolCallRequestedData``), except for the types listed in ``SHARED``, which share one
(a key ending in a dot stands for every type it begins).
"""

from __future__ import annotations

PAYLOAD_MODELS: frozenset[str] = frozenset(
    {{
{models}
    }}
)
SHARED: dict[str, str] = {{
{shared}
}}


def payload_model_name(event_type: str) -> str | None:
    """The name of the model in ``everruns_api.models`` for ``event_type``'s payload, or
    ``None`` for a type this description does not know."""
    shared = SHARED.get(event_type)
    if shared is not None:
        return shared
    for prefix, model in SHARED.items():
        if prefix.endswith(".") and event_type.startswith(prefix):
            return model
    name = "".join(word[:1].upper() + word[1:] for word in event_type.replace("_", ".").split(".")) + "Data"
    return name if name in PAYLOAD_MODELS else None
'''


def write_event_payloads(spec: dict[str, Any], package: Path) -> None:
    """``event_payloads.py``: the payload models of ``EventData`` (but the open branch for
    types newer than the description) and the types that share one."""
    event_data = spec["components"]["schemas"].get("EventData", {})
    branches = event_data.get("anyOf") or event_data.get("oneOf") or []
    models = sorted({branch["$ref"].rsplit("/", 1)[-1] for branch in branches if "$ref" in branch} - {"OtherEventData"})
    shared = event_data.get("x-event-payloads", {})
    source = EVENT_PAYLOADS_MODULE.format(
        models="\n".join(f"        {json.dumps(name)}," for name in models),
        shared="\n".join(f"    {json.dumps(event_type)}: {json.dumps(model)}," for event_type, model in shared.items()),
    )
    (package / "event_payloads.py").write_text(source, encoding="utf-8")


def endpoint_modules(package: Path) -> dict[tuple[str, str], Path]:
    """Map ``(method, path template)`` to the module that serves it."""
    found: dict[tuple[str, str], Path] = {}
    pattern = re.compile(r'"method": "(\w+)",\s*"url": "([^"]+)"')
    for module in (package / "api").rglob("*.py"):
        match = pattern.search(module.read_text(encoding="utf-8"))
        if match:
            found[(match.group(1), match.group(2))] = module
    return found


def missing_operations(spec: dict[str, object], package: Path) -> list[str]:
    """Operations of ``spec`` without a complete endpoint module in ``package``."""
    modules = endpoint_modules(package)
    missing = []
    for path, path_item in spec["paths"].items():  # type: ignore[attr-defined]
        for method in HTTP_METHODS:
            if method not in path_item:
                continue
            module = modules.get((method, path))
            if module is None:
                missing.append(f"{method.upper()} {path}: no endpoint module")
                continue
            text = module.read_text(encoding="utf-8")
            for function in ENDPOINT_FUNCTIONS:
                if not re.search(rf"^(async )?def {function}\(", text, re.MULTILINE):
                    missing.append(f"{method.upper()} {path}: no {function}() in {module.name}")
    return missing


def generate(output: Path) -> None:
    """A complete, checked generation into ``output``."""
    run_generator(output)
    write_event_payloads(json.loads(SPEC.read_text(encoding="utf-8")), output)
    post_process(output)
    missing = missing_operations(json.loads(SPEC.read_text(encoding="utf-8")), output)
    if missing:
        raise GenerationError("operations without a complete endpoint module:\n" + "\n".join(missing))


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed files)."""

    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    left, right = files(expected), files(actual)
    changed = [name for name in left & right if not filecmp.cmp(expected / name, actual / name, shallow=False)]
    return sorted([*(f"+ {n}" for n in left - right), *(f"- {n}" for n in right - left), *(f"~ {n}" for n in changed)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with a fresh generation instead of writing")
    parser.add_argument("--target", type=Path, default=TARGET, help="the package directory (default: %(default)s)")
    args = parser.parse_args(argv)
    target: Path = args.target.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        try:
            generate(fresh)
        except GenerationError as error:
            print(f"generation failed: {error}", file=sys.stderr)
            return 1
        modules = len(endpoint_modules(fresh))
        models = len(list((fresh / "models").glob("*.py"))) - 1
        if args.check:
            diff = differences(fresh, target)
            if diff:
                print("generated/ differs from a fresh generation (run `nox -s generate`):", file=sys.stderr)
                print("\n".join(f"  {line}" for line in diff), file=sys.stderr)
                return 1
            print(f"generated/ is up to date: {modules} endpoint modules, {models} model modules, no warnings")
            return 0
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, target)
    print(f"generated {target}: {modules} endpoint modules, {models} model modules, no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
