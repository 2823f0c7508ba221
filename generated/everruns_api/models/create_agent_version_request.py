from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_version_change_kind import AgentVersionChangeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAgentVersionRequest")


@_attrs_define
class CreateAgentVersionRequest:
    """
    Attributes:
        change_kind (AgentVersionChangeKind | None | Unset):
        summary (None | str | Unset):
    """

    change_kind: AgentVersionChangeKind | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        change_kind: None | str | Unset
        if isinstance(self.change_kind, Unset):
            change_kind = UNSET
        elif isinstance(self.change_kind, AgentVersionChangeKind):
            change_kind = self.change_kind.value
        else:
            change_kind = self.change_kind

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if change_kind is not UNSET:
            field_dict["change_kind"] = change_kind
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_change_kind(data: object) -> AgentVersionChangeKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                change_kind_type_1 = AgentVersionChangeKind(data)

                return change_kind_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentVersionChangeKind | None | Unset, data)

        change_kind = _parse_change_kind(d.pop("change_kind", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        create_agent_version_request = cls(
            change_kind=change_kind,
            summary=summary,
        )

        create_agent_version_request.additional_properties = d
        return create_agent_version_request

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
