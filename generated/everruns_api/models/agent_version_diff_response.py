from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentVersionDiffResponse")


@_attrs_define
class AgentVersionDiffResponse:
    """
    Attributes:
        authored_diff (Any):
        from_version_id (str):
        resolved_diff (Any):
        to_version_id (str):
    """

    authored_diff: Any
    from_version_id: str
    resolved_diff: Any
    to_version_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authored_diff = self.authored_diff

        from_version_id = self.from_version_id

        resolved_diff = self.resolved_diff

        to_version_id = self.to_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authored_diff": authored_diff,
                "from_version_id": from_version_id,
                "resolved_diff": resolved_diff,
                "to_version_id": to_version_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        authored_diff = d.pop("authored_diff")

        from_version_id = d.pop("from_version_id")

        resolved_diff = d.pop("resolved_diff")

        to_version_id = d.pop("to_version_id")

        agent_version_diff_response = cls(
            authored_diff=authored_diff,
            from_version_id=from_version_id,
            resolved_diff=resolved_diff,
            to_version_id=to_version_id,
        )

        agent_version_diff_response.additional_properties = d
        return agent_version_diff_response

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
