from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from .._reading import (
    Field,
    Shape,
    accepts,
    read_field,
    read_model,
    read_nested,
    read_nested_list,
    write_fields,
    write_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_capability_config import AgentCapabilityConfig
    from ..models.b_tree_map import BTreeMap


@_attrs_define
class PreviewHarnessRequest:
    """
    Attributes:
        capabilities (list[AgentCapabilityConfig] | Unset):
        mcp_servers (BTreeMap | Unset):
        parent_harness_id (None | str | Unset):
        system_prompt (None | str | Unset):
    """

    capabilities: list[AgentCapabilityConfig] | Unset = UNSET
    mcp_servers: BTreeMap | Unset = UNSET
    parent_harness_id: None | str | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON object this model was read from (None when it was constructed): fields are
    # converted from it on first access, and to_dict writes back what was never read.
    _raw: Mapping[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _shape: ClassVar[Shape]

    def to_dict(self) -> dict[str, Any]:
        return write_fields(self, _SHAPE)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        """Read a JSON object. Its fields are converted when first read, and a field
        that is missing or not as described is logged, not raised; ``strict`` reads
        them all now and raises instead (for input about to be sent)."""
        return read_model(cls, src_dict, _SHAPE, strict=strict)

    @classmethod
    def _accepts(
        cls, data: object, *, strictly: bool = True, alone: bool = False
    ) -> bool:
        """Whether a union takes ``data`` as this model (see ``_reading.accepts``)."""
        return accepts(data, _SHAPE, strictly=strictly, alone=alone)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            return read_field(self, name, _SHAPE)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_capabilities(data: Any) -> list[AgentCapabilityConfig]:
    return read_nested_list(_models.AgentCapabilityConfig, data)


def _write_capabilities(value: Any) -> Any:
    return [write_model(item) for item in value]


def _read_mcp_servers(data: Any) -> BTreeMap:
    return read_nested(_models.BTreeMap, data)


_SHAPE = Shape(
    "PreviewHarnessRequest",
    {
        "capabilities": Field(
            "capabilities",
            _read_capabilities,
            _write_capabilities,
            False,
        ),
        "mcp_servers": Field(
            "mcpServers",
            _read_mcp_servers,
            write_model,
            False,
        ),
        "parent_harness_id": Field(
            "parent_harness_id",
            None,
            None,
            False,
        ),
        "system_prompt": Field(
            "system_prompt",
            None,
            None,
            False,
        ),
    },
    tags=(),
    extras=True,
)
PreviewHarnessRequest._shape = _SHAPE
