from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_usage_kind import CapabilityUsageKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CapabilityUsageRecord")


@_attrs_define
class CapabilityUsageRecord:
    """
    Attributes:
        capability_id (str):
        usage_kind (CapabilityUsageKind):
        capability_name (None | str | Unset):
        duration_ms (int | None | Unset):
        tool_name (None | str | Unset):
        usage_count (int | None | Unset):
    """

    capability_id: str
    usage_kind: CapabilityUsageKind
    capability_name: None | str | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    tool_name: None | str | Unset = UNSET
    usage_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capability_id = self.capability_id

        usage_kind = self.usage_kind.value

        capability_name: None | str | Unset
        if isinstance(self.capability_name, Unset):
            capability_name = UNSET
        else:
            capability_name = self.capability_name

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        tool_name: None | str | Unset
        if isinstance(self.tool_name, Unset):
            tool_name = UNSET
        else:
            tool_name = self.tool_name

        usage_count: int | None | Unset
        if isinstance(self.usage_count, Unset):
            usage_count = UNSET
        else:
            usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capability_id": capability_id,
                "usage_kind": usage_kind,
            }
        )
        if capability_name is not UNSET:
            field_dict["capability_name"] = capability_name
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if tool_name is not UNSET:
            field_dict["tool_name"] = tool_name
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        capability_id = d.pop("capability_id")

        usage_kind = CapabilityUsageKind(d.pop("usage_kind"))

        def _parse_capability_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capability_name = _parse_capability_name(d.pop("capability_name", UNSET))

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_name = _parse_tool_name(d.pop("tool_name", UNSET))

        def _parse_usage_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        usage_count = _parse_usage_count(d.pop("usage_count", UNSET))

        capability_usage_record = cls(
            capability_id=capability_id,
            usage_kind=usage_kind,
            capability_name=capability_name,
            duration_ms=duration_ms,
            tool_name=tool_name,
            usage_count=usage_count,
        )

        capability_usage_record.additional_properties = d
        return capability_usage_record

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
