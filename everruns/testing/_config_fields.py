"""Checks for the configuration lists agents, harnesses and sessions share."""

from __future__ import annotations

from ._problems import invalid
from ._validation import JsonObject, check_items

TOOL_TYPES = ("builtin", "client_side")


def check_config_lists(document: JsonObject) -> None:
    """``capabilities``, ``initial_files`` and ``tools`` entries carry what responses will echo."""
    check_items(document, "capabilities", {"ref": "string!", "config": "any"})
    check_items(
        document,
        "initial_files",
        {"path": "string!", "content": "string!", "encoding": "string", "is_readonly": "boolean"},
    )
    check_items(
        document, "tools", {"name": "string!", "description": "string!", "parameters": "any!", "type": "string!"}
    )
    for index, tool in enumerate(document.get("tools") or []):
        if tool["type"] not in TOOL_TYPES:
            raise invalid(f"tools[{index}].type must be one of {', '.join(TOOL_TYPES)}, got {tool['type']!r}")
