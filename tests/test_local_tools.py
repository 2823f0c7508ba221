"""Local functions as client-side tools: the JSON Schema read from a signature, the
declaration, and how a call is answered (an exception becomes the call's error)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, TypedDict

import pytest

from everruns import LocalTool, ValidationError, tool
from everruns._tool_schema import parameters_schema
from everruns_api.types import UNSET


class Address(TypedDict, total=False):
    street: str
    city: str


class Order(TypedDict):
    sku: str
    quantity: int
    address: Address


def test_scalars_with_defaults_are_optional_and_carry_the_default() -> None:
    def book(city: str, nights: int, budget: float = 120.5, breakfast: bool = False) -> None: ...

    assert parameters_schema(book) == {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "nights": {"type": "integer"},
            "budget": {"type": "number", "default": 120.5},
            "breakfast": {"type": "boolean", "default": False},
        },
        "required": ["city", "nights"],
        "additionalProperties": False,
    }


def test_unions_literals_and_annotations() -> None:
    def search(
        query: Annotated[str, "What to look for"],
        unit: Literal["C", "F"] = "C",
        limit: int | None = None,
        anything: Any = None,
        untyped=1,
    ) -> None: ...

    properties = parameters_schema(search)["properties"]
    assert properties["query"] == {"type": "string", "description": "What to look for"}
    assert properties["unit"] == {"enum": ["C", "F"], "default": "C"}
    assert properties["limit"] == {"type": ["integer", "null"], "default": None}
    assert properties["anything"] == {"default": None}
    assert properties["untyped"] == {"default": 1}


def test_containers_and_typed_dicts() -> None:
    def ship(
        orders: list[Order], tags: Sequence[str], weights: Mapping[str, float], pair: tuple[int, str], extra: dict
    ) -> None: ...

    properties = parameters_schema(ship)["properties"]
    assert properties["orders"]["items"] == {
        "type": "object",
        "properties": {
            "sku": {"type": "string"},
            "quantity": {"type": "integer"},
            "address": {
                "type": "object",
                "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
                "additionalProperties": False,
            },
        },
        "required": ["sku", "quantity", "address"],
        "additionalProperties": False,
    }
    assert properties["tags"] == {"type": "array", "items": {"type": "string"}}
    assert properties["weights"] == {"type": "object", "additionalProperties": {"type": "number"}}
    assert properties["pair"] == {
        "type": "array",
        "prefixItems": [{"type": "integer"}, {"type": "string"}],
        "items": False,
    }
    assert properties["extra"] == {"type": "object"}


def test_keyword_arguments_allow_further_properties() -> None:
    def note(text: str, **labels: str) -> None: ...

    assert parameters_schema(note)["additionalProperties"] is True


class Unknown:
    pass


@pytest.mark.parametrize(
    "function",
    [
        lambda *values: None,
        lambda first, /: None,
    ],
    ids=["*args", "positional-only"],
)
def test_parameters_that_cannot_be_named_are_refused(function: Any) -> None:
    with pytest.raises(ValidationError, match="cannot be passed by name"):
        parameters_schema(function)


def test_types_without_a_json_schema_are_refused() -> None:
    def uses_a_class(thing: Unknown) -> None: ...

    def uses_int_keys(table: dict[int, str]) -> None: ...

    for function in (uses_a_class, uses_int_keys):
        with pytest.raises(ValidationError, match="parameters="):
            parameters_schema(function)


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def test_a_tool_is_described_by_its_name_docstring_and_signature() -> None:
    described = LocalTool.from_function(add)
    assert (described.name, described.description) == ("add", "Add two integers.")
    assert described.definition.to_dict() == {
        "name": "add",
        "description": "Add two integers.",
        "parameters": parameters_schema(add),
        "type": "client_side",
    }
    assert described(2, 3) == 5


def test_name_description_and_parameters_can_be_given() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    described = LocalTool.from_function(add, name="sum-two", description="Sum.", parameters=schema)
    assert (described.name, described.description, described.parameters) == ("sum-two", "Sum.", schema)


def test_the_decorator_works_bare_and_with_options() -> None:
    @tool
    def shout(text: str) -> str:
        """Upper-case the text."""
        return text.upper()

    @tool(name="whisper", description="Lower-case the text.")
    def quiet(text: str) -> str:
        return text.lower()

    assert isinstance(shout, LocalTool)
    assert (shout.name, shout("hi"), quiet.name, quiet("HI")) == ("shout", "HI", "whisper", "hi")


def test_a_tool_needs_a_usable_name_and_a_description() -> None:
    def undocumented(x: int) -> int:
        return x

    with pytest.raises(ValidationError, match="docstring"):
        LocalTool.from_function(undocumented)
    with pytest.raises(ValidationError, match="name"):
        LocalTool.from_function(add, name="has spaces")
    with pytest.raises(ValidationError, match="name"):
        LocalTool.from_function(lambda x: x, description="A lambda has no usable name.")
    with pytest.raises(ValidationError, match="function"):
        LocalTool.from_function("add")  # type: ignore[arg-type]


def explode(reason: str) -> None:
    """Always fails."""
    raise RuntimeError(reason)


def make_set() -> set[int]:
    """Returns something JSON cannot hold."""
    return {1}


def test_an_answer_carries_the_result_or_the_error() -> None:
    assert LocalTool.from_function(add).answer("call_1", {"a": 2, "b": 40}).to_dict() == {
        "tool_call_id": "call_1",
        "result": 42,
    }
    failed = LocalTool.from_function(explode).answer("call_2", {"reason": "disk full"})
    assert failed.to_dict() == {"tool_call_id": "call_2", "error": "RuntimeError: disk full"}
    wrong_arguments = LocalTool.from_function(add).answer("call_3", {"a": 1})
    assert str(wrong_arguments.error).startswith("TypeError:")
    assert "not JSON" in str(LocalTool.from_function(make_set).answer("call_4", {}).error)
    assert "JSON object" in str(LocalTool.from_function(add).answer("call_5", [1, 2]).error)


def test_a_nan_or_infinite_result_is_an_error_result_not_a_crash() -> None:
    def ratio() -> float:
        """A ratio that came out undefined."""
        return float("nan")

    def overflow() -> list[float]:
        """Numbers too large for a float."""
        return [float("inf")]

    for function in (ratio, overflow):
        answer = LocalTool.from_function(function).answer("call_5", {})
        assert answer.result is UNSET
        assert "not JSON" in str(answer.error)
