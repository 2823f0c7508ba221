from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_status import SkillStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSkillRequest")


@_attrs_define
class UpdateSkillRequest:
    """
    Attributes:
        skill_md (None | str | Unset):
        status (None | SkillStatus | Unset):
    """

    skill_md: None | str | Unset = UNSET
    status: None | SkillStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skill_md: None | str | Unset
        if isinstance(self.skill_md, Unset):
            skill_md = UNSET
        else:
            skill_md = self.skill_md

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SkillStatus):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skill_md is not UNSET:
            field_dict["skill_md"] = skill_md
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_skill_md(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        skill_md = _parse_skill_md(d.pop("skill_md", UNSET))

        def _parse_status(data: object) -> None | SkillStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = SkillStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        update_skill_request = cls(
            skill_md=skill_md,
            status=status,
        )

        update_skill_request.additional_properties = d
        return update_skill_request

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
