from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReasonItemData")


@_attrs_define
class ReasonItemData:
    """
    Attributes:
        item_id (str):
        provider (str):
        turn_id (str):
        encrypted_content (None | str | Unset):
        model (None | str | Unset):
        summary (list[str] | Unset):
        token_count (int | None | Unset):
    """

    item_id: str
    provider: str
    turn_id: str
    encrypted_content: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    summary: list[str] | Unset = UNSET
    token_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        provider = self.provider

        turn_id = self.turn_id

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        summary: list[str] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary

        token_count: int | None | Unset
        if isinstance(self.token_count, Unset):
            token_count = UNSET
        else:
            token_count = self.token_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "provider": provider,
                "turn_id": turn_id,
            }
        )
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if model is not UNSET:
            field_dict["model"] = model
        if summary is not UNSET:
            field_dict["summary"] = summary
        if token_count is not UNSET:
            field_dict["token_count"] = token_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_id = d.pop("item_id")

        provider = d.pop("provider")

        turn_id = d.pop("turn_id")

        def _parse_encrypted_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        summary = cast(list[str], d.pop("summary", UNSET))

        def _parse_token_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        token_count = _parse_token_count(d.pop("token_count", UNSET))

        reason_item_data = cls(
            item_id=item_id,
            provider=provider,
            turn_id=turn_id,
            encrypted_content=encrypted_content,
            model=model,
            summary=summary,
            token_count=token_count,
        )

        reason_item_data.additional_properties = d
        return reason_item_data

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
