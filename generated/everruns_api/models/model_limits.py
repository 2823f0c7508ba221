from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelLimits")


@_attrs_define
class ModelLimits:
    """
    Attributes:
        context (int):
        output (int):
        input_ (int | None | Unset):
        max_media (int | None | Unset):
    """

    context: int
    output: int
    input_: int | None | Unset = UNSET
    max_media: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context

        output = self.output

        input_: int | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        else:
            input_ = self.input_

        max_media: int | None | Unset
        if isinstance(self.max_media, Unset):
            max_media = UNSET
        else:
            max_media = self.max_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "output": output,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if max_media is not UNSET:
            field_dict["max_media"] = max_media

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        context = d.pop("context")

        output = d.pop("output")

        def _parse_input_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_max_media(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_media = _parse_max_media(d.pop("max_media", UNSET))

        model_limits = cls(
            context=context,
            output=output,
            input_=input_,
            max_media=max_media,
        )

        model_limits.additional_properties = d
        return model_limits

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
