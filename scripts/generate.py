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
sys.path.insert(0, str(ROOT / "scripts"))  # facade_options, beside this script
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


def run_generator(output: Path, spec: Path = SPEC) -> None:
    """Run the pinned openapi-python-client on ``spec`` into ``output`` (a package directory)."""
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
        str(spec),
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


OPTIONS_HEADER = '''"""The keyword options of the facade's methods, one ``TypedDict`` per request model the
facade builds: every field of the model but those the method takes in its own way.

Written by scripts/generate.py from openapi.json and scripts/facade_options.py, so a
field the API description adds is an option after regenerating. A nested model may be
given as the model or as its JSON-shaped dict, an enum as the model or its string;
``None`` leaves a field out.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict
from uuid import UUID

if TYPE_CHECKING:
{imports}
'''


class ModelIndex:
    """What the generated models package says about its classes: where each lives, and
    whether it is a model (an attrs class) or an enum."""

    def __init__(self, package: Path) -> None:
        self.package = package
        init = ast.parse((package / "models" / "__init__.py").read_text(encoding="utf-8"))
        (table,) = [
            node.value
            for node in init.body
            if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_MODULE_OF" for t in node.targets)
        ]
        self.modules: dict[str, str] = ast.literal_eval(table)
        self._kinds: dict[str, str] = {}

    def class_node(self, name: str) -> ast.ClassDef:
        source = (self.package / "models" / (self.modules[name].lstrip(".") + ".py")).read_text(encoding="utf-8")
        (node,) = [n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == name]
        return node

    def kind(self, name: str) -> str:
        """``model``, ``enum`` or ``other`` (a name that is not a generated class)."""
        if name not in self._kinds:
            if name not in self.modules:
                self._kinds[name] = "other"
            else:
                bases = [ast.unparse(base) for base in self.class_node(name).bases]
                self._kinds[name] = "enum" if any("Enum" in base for base in bases) else "model"
        return self._kinds[name]


def option_type(annotation: ast.expr, models: ModelIndex, used: set[str]) -> str:
    """A model field's annotation as an option's: without ``Unset``, lists as any
    sequence, a nested model also as its dict, an enum also as its string."""
    parts: list[ast.expr] = []

    def flatten(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            flatten(node.left)
            flatten(node.right)
        else:
            parts.append(node)

    flatten(annotation)
    written: list[str] = []
    also: list[str] = []  # the plain forms a nested model or enum may be given as
    for part in parts:
        text = ast.unparse(part)
        if text in ("Unset", "None"):
            also += ["None"] if text == "None" else []
        elif isinstance(part, ast.Subscript) and ast.unparse(part.value) == "list":
            written.append(f"Sequence[{option_type(part.slice, models, used)}]")
        elif isinstance(part, ast.Name) and models.kind(part.id) != "other":
            used.add(part.id)
            written.append(part.id)
            also.insert(0, "Mapping[str, Any]" if models.kind(part.id) == "model" else "str")
        else:
            written.append(text)
    return " | ".join(dict.fromkeys(written + sorted(also, key=lambda text: text == "None")))


def write_options(package: Path) -> None:
    """``options.py``: the facade's keyword options (see ``scripts/facade_options.py``)."""
    from facade_options import FACADE_FILTERS, FACADE_OPTIONS

    models = ModelIndex(package)
    used: set[str] = set()
    classes = []
    for model, (options, apart) in FACADE_OPTIONS.items():
        if model not in models.modules:
            raise GenerationError(f"{model} is gone from the description: FACADE_OPTIONS names it for {options}")
        fields = {
            node.target.id: node.annotation
            for node in models.class_node(model).body
            if isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and not node.target.id.startswith("_")
            and node.target.id != "additional_properties"
        }
        doc = f"The keyword options made of the fields of a ``{model}``."
        classes.append(options_class(options, doc, fields, apart, models, used, f"{model} (FACADE_OPTIONS)"))
    for (tag, operation), (filters, apart) in FACADE_FILTERS.items():
        module = package / "api" / tag / f"{operation}.py"
        if not module.exists():
            raise GenerationError(
                f"{tag}.{operation} is gone from the description: FACADE_FILTERS names it for {filters}"
            )
        (kwargs,) = [
            n for n in ast.parse(module.read_text(encoding="utf-8")).body if getattr(n, "name", "") == "_get_kwargs"
        ]
        fields = {arg.arg: arg.annotation for arg in kwargs.args.kwonlyargs if arg.annotation and arg.arg != "body"}
        doc = f"The keyword filters made of the query parameters of ``{operation}``."
        classes.append(options_class(filters, doc, fields, apart, models, used, f"{operation} (FACADE_FILTERS)"))
    imports = "\n".join(f"    from .models import {name}" for name in sorted(used)) or "    pass"
    source = OPTIONS_HEADER.format(imports=imports) + "".join(classes) + "\n"
    (package / "options.py").write_text(source, encoding="utf-8")


def options_class(
    name: str,
    doc: str,
    fields: dict[str, ast.expr],
    apart: tuple[str, ...],
    models: ModelIndex,
    used: set[str],
    where: str,
) -> str:
    """A ``TypedDict`` of ``fields`` but those ``apart``, each with its note."""
    from facade_options import FIELD_NOTES

    missing = sorted(set(apart) - set(fields))
    if missing:
        raise GenerationError(f"{where} no longer has {missing}, which {name} takes apart")
    lines = ["", "", f"class {name}(TypedDict, total=False):", f'    """{doc}"""']
    for field, annotation in fields.items():
        if field not in apart:
            note = FIELD_NOTES.get(f"{name}.{field}") or FIELD_NOTES.get(field, f"Sent as the request's ``{field}``.")
            lines += ["", f"    {field}: {option_type(annotation, models, used)}", f'    """{note}"""']
    return "\n".join(lines)


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


def generate(output: Path, spec: Path = SPEC) -> None:
    """A complete, checked generation of ``spec`` into ``output``."""
    run_generator(output, spec)
    described = json.loads(spec.read_text(encoding="utf-8"))
    write_event_payloads(described, output)
    write_options(output)
    post_process(output)
    missing = missing_operations(described, output)
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
    parser.add_argument("--spec", type=Path, default=SPEC, help="the description (default: %(default)s)")
    args = parser.parse_args(argv)
    target: Path = args.target.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / PACKAGE
        try:
            generate(fresh, args.spec.resolve())
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
