from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelRequest")


@_attrs_define
class CreateModelRequest:
    """
    Attributes:
        display_name (str):
        model_id (str):
        capabilities (list[str] | Unset):
        enabled (bool | Unset):
        is_favorite (bool | Unset):
    """

    display_name: str
    model_id: str
    capabilities: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        model_id = self.model_id

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        enabled = self.enabled

        is_favorite = self.is_favorite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "model_id": model_id,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if is_favorite is not UNSET:
            field_dict["is_favorite"] = is_favorite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("display_name")

        model_id = d.pop("model_id")

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        enabled = d.pop("enabled", UNSET)

        is_favorite = d.pop("is_favorite", UNSET)

        create_model_request = cls(
            display_name=display_name,
            model_id=model_id,
            capabilities=capabilities,
            enabled=enabled,
            is_favorite=is_favorite,
        )

        create_model_request.additional_properties = d
        return create_model_request

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
