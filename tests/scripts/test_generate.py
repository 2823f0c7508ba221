"""scripts/generate.py: a complete, warning-free generation, and a check mode that catches drift."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import generate
import pytest

ROOT = Path(__file__).resolve().parents[2]
needs_generator = pytest.mark.skipif(
    importlib.util.find_spec("openapi_python_client") is None,
    reason="the pinned openapi-python-client 0.29.1 runs on Python 3.11+ only",
)
SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))


@pytest.mark.slow
@needs_generator
class TestCheckMode:
    def test_committed_generated_package_matches_a_fresh_generation(self) -> None:
        result = subprocess.run(
            [sys.executable, "scripts/generate.py", "--check"], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        assert "no warnings" in result.stdout

    def test_fails_and_names_the_file_when_generated_code_was_edited(self, tmp_path: Path) -> None:
        copy = tmp_path / "everruns_api"
        shutil.copytree(generate.TARGET, copy, ignore=shutil.ignore_patterns("__pycache__"))
        edited = copy / "api" / "agents" / "get_agent.py"
        edited.write_text(edited.read_text(encoding="utf-8") + "\n# a hand edit\n", encoding="utf-8")
        (copy / "stray.py").write_text("", encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "scripts/generate.py", "--check", "--target", str(copy)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 1
        assert "~ api/agents/get_agent.py" in result.stderr
        assert "- stray.py" in result.stderr


class TestCompleteness:
    def test_every_operation_has_an_endpoint_module_with_all_four_functions(self) -> None:
        assert generate.missing_operations(SPEC, generate.TARGET) == []
        described = sum(method in path_item for path_item in SPEC["paths"].values() for method in generate.HTTP_METHODS)
        assert len(generate.endpoint_modules(generate.TARGET)) == described

    @needs_generator
    def test_every_object_and_enum_schema_is_a_model(self) -> None:
        from openapi_python_client.strings import ClassName

        import everruns_api.models

        exported = set(everruns_api.models.__all__)
        expected = set()
        for name, schema in SPEC["components"]["schemas"].items():
            if "properties" in schema or "enum" in schema or schema.get("type") == "object":
                expected.add(str(ClassName(name, "field_")))
            for branch in schema.get("oneOf", []):
                if "$ref" in branch:
                    expected.add(str(ClassName(generate_ref_name(branch["$ref"]), "field_")))
        assert expected - exported == set()
        assert {"Agent", "Session", "Message", "CreateAgentRequest", "CreateSessionRequest", "InputMessage"} <= exported

    @needs_generator
    def test_no_model_silently_drops_a_property(self) -> None:
        """The generator warns about schemas it cannot read, but not about properties it
        loses on the way (deep allOf did): every property a schema declares, through
        any allOf, is a field its model reads."""
        import importlib

        from openapi_python_client.strings import ClassName

        import everruns_api.models

        schemas = SPEC["components"]["schemas"]

        def declared(schema: dict[str, object]) -> set[str]:
            names = set(schema.get("properties", {}))  # type: ignore[arg-type]
            for member in schema.get("allOf", []):  # type: ignore[attr-defined]
                target = schemas[generate_ref_name(member["$ref"])] if "$ref" in member else member
                names |= declared(target)
            return names

        lost = {}
        for name, schema in schemas.items():
            if "oneOf" in schema or "enum" in schema or not declared(schema):
                continue
            model = getattr(everruns_api.models, str(ClassName(name, "field_")), None)
            if model is None:
                continue
            read = importlib.import_module(model.__module__)._SHAPE.keys
            if declared(schema) - read:
                lost[name] = sorted(declared(schema) - read)
        assert lost == {}

    def test_the_package_is_marked_typed(self) -> None:
        assert (generate.TARGET / "py.typed").exists()


def generate_ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


class TestPostProcessing:
    def test_adds_sync_and_asyncio_to_a_module_that_has_only_detailed_functions(self) -> None:
        before = (
            "def sync_detailed(agent_id: str, *, client: Client) -> Response[Any]:\n"
            "    return _build_response(client=client, response=None)\n\n\n"
            "async def asyncio_detailed(agent_id: str, *, client: Client) -> Response[Any]:\n"
            "    return _build_response(client=client, response=None)\n"
        )
        after = generate.add_sync_wrappers(before)
        assert after.startswith(before.rstrip("\n"))
        assert "def sync(agent_id: str, *, client: Client) -> None:" in after
        assert "    sync_detailed(agent_id=agent_id, client=client)" in after
        assert "async def asyncio(agent_id: str, *, client: Client) -> None:" in after
        assert "    await asyncio_detailed(agent_id=agent_id, client=client)" in after
        compile(after, "module.py", "exec")

    def test_leaves_a_complete_module_alone(self) -> None:
        source = "def sync_detailed() -> None: ...\n\n\ndef sync() -> None: ...\n"
        assert generate.add_sync_wrappers(source) == source

    def test_moves_typing_self_behind_type_checking(self) -> None:
        before = "import ssl\nfrom typing import Any, Self\n\nimport httpx\n"
        after = generate.import_self_for_type_checkers(before)
        assert after == (
            "from __future__ import annotations\n\n"
            "import ssl\nfrom typing import TYPE_CHECKING, Any\n\n"
            "if TYPE_CHECKING:\n    from typing_extensions import Self\n\n\n"
            "import httpx\n"
        )

    def test_leaves_modules_without_self_alone(self) -> None:
        source = "from typing import Any, cast\n"
        assert generate.import_self_for_type_checkers(source) == source

    def test_forwards_exit_arguments_as_any(self) -> None:
        before = "    def __exit__(self, *args: object, **kwargs: Any) -> None:\n"
        assert (
            generate.forward_exit_arguments_as_any(before)
            == "    def __exit__(self, *args: Any, **kwargs: Any) -> None:\n"
        )

    def test_differences_lists_added_removed_and_changed_files(self, tmp_path: Path) -> None:
        fresh, current = tmp_path / "fresh", tmp_path / "current"
        for root in (fresh, current):
            root.mkdir()
            (root / "same.py").write_text("x = 1\n", encoding="utf-8")
        (fresh / "new.py").write_text("", encoding="utf-8")
        (current / "old.py").write_text("", encoding="utf-8")
        (fresh / "changed.py").write_text("a\n", encoding="utf-8")
        (current / "changed.py").write_text("b\n", encoding="utf-8")
        assert generate.differences(fresh, current) == ["+ new.py", "- old.py", "~ changed.py"]


class TestTimestamps:
    def test_models_read_timestamps_through_the_portable_parser(self) -> None:
        before = 'import datetime\n\n\ndef f(d):\n    return datetime.datetime.fromisoformat(d.pop("ts"))\n'
        after = generate.parse_datetimes_on_every_python(before, depth=2)
        assert after == (
            "import datetime\n\nfrom .._datetimes import parse_datetime\n"
            '\n\ndef f(d):\n    return parse_datetime(d.pop("ts"))\n'
        )

    def test_modules_without_timestamps_are_left_alone(self) -> None:
        source = "import datetime\n\nx = datetime.date.today()\n"
        assert generate.parse_datetimes_on_every_python(source, depth=2) == source

    def test_the_generated_models_read_the_z_form_on_this_python(self) -> None:
        import datetime

        from everruns_api._datetimes import parse_datetime

        expected = datetime.datetime(2026, 11, 23, 10, 15, 30, 123000, tzinfo=datetime.timezone.utc)
        assert parse_datetime("2026-11-23T10:15:30.123Z") == expected
        assert "fromisoformat(" not in (generate.TARGET / "models" / "agent.py").read_text(encoding="utf-8")


class TestModelTemplate:
    """scripts/templates/model.py.jinja: reading an answer costs what the caller reads."""

    def test_no_from_dict_imports_or_defines_functions_per_call(self) -> None:
        import ast

        costly = []
        for module in sorted((generate.TARGET / "models").glob("*.py")):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and node.name == "from_dict":
                    inner = [n for n in ast.walk(node) if isinstance(n, (ast.Import, ast.ImportFrom, ast.FunctionDef))]
                    if inner[1:]:  # the function itself comes first
                        costly.append(module.name)
        assert costly == []

    def test_every_model_reads_through_the_shared_helpers(self) -> None:
        import everruns_api.models

        for name in ("Agent", "Session", "Message", "Event", "ContentPartText", "BTreeMap"):
            model = getattr(everruns_api.models, name)
            assert model._shape.name == name
            assert "_raw" in model.__slots__


class TestPathParameters:
    MODULE = (
        "from urllib.parse import quote\n\n\ndef _get_kwargs(ws, path):\n"
        '    return {{"url": "{template}".format(ws=quote(str(ws), safe=""), path=quote(str(path), safe=""))}}\n'
    )

    def test_every_path_parameter_is_encoded_as_one_segment(self) -> None:
        before = self.MODULE.format(template="/v1/workspaces/{ws}/files/{path}/meta")
        after = generate.keep_path_parameters_in_their_segments(before, depth=3)
        assert after.startswith("from ..._paths import quote_segment\n")
        assert "ws=quote_segment(str(ws)), path=quote_segment(str(path))" in after
        assert "quote(" not in after

    def test_a_wildcard_path_keeps_its_slashes(self) -> None:
        before = self.MODULE.format(template="/v1/workspaces/{ws}/fs/{path}")
        after = generate.keep_path_parameters_in_their_segments(before, depth=3)
        assert after.startswith("from ..._paths import quote_path, quote_segment\n")
        assert "ws=quote_segment(str(ws)), path=quote_path(str(path))" in after

    def test_modules_without_path_parameters_are_left_alone(self) -> None:
        source = 'url = "/v1/agents"\n'
        assert generate.keep_path_parameters_in_their_segments(source, depth=3) == source

    def test_segments_and_paths_are_encoded_dot_segments_included(self) -> None:
        from everruns_api._paths import quote_path, quote_segment

        assert quote_segment("a/b?c#d") == "a%2Fb%3Fc%23d"
        assert (quote_segment(".."), quote_segment("."), quote_segment("...")) == ("%2E%2E", "%2E", "...")
        assert quote_path("docs/naïve café.md") == "docs/na%C3%AFve%20caf%C3%A9.md"
        assert quote_path("a?b#c/100%") == "a%3Fb%23c/100%25"
        assert quote_path("../../agents") == "%2E%2E/%2E%2E/agents"
