from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedAction")


@_attrs_define
class AllowedAction:
    """
    Attributes:
        rel (str):
        hint (None | str | Unset):
        href (None | str | Unset):
        method (None | str | Unset):
        operation_id (None | str | Unset):
        schema_ref (None | str | Unset):
    """

    rel: str
    hint: None | str | Unset = UNSET
    href: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    operation_id: None | str | Unset = UNSET
    schema_ref: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rel = self.rel

        hint: None | str | Unset
        if isinstance(self.hint, Unset):
            hint = UNSET
        else:
            hint = self.hint

        href: None | str | Unset
        if isinstance(self.href, Unset):
            href = UNSET
        else:
            href = self.href

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        schema_ref: None | str | Unset
        if isinstance(self.schema_ref, Unset):
            schema_ref = UNSET
        else:
            schema_ref = self.schema_ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rel": rel,
            }
        )
        if hint is not UNSET:
            field_dict["hint"] = hint
        if href is not UNSET:
            field_dict["href"] = href
        if method is not UNSET:
            field_dict["method"] = method
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if schema_ref is not UNSET:
            field_dict["schema_ref"] = schema_ref

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rel = d.pop("rel")

        def _parse_hint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hint = _parse_hint(d.pop("hint", UNSET))

        def _parse_href(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        href = _parse_href(d.pop("href", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        def _parse_schema_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_ref = _parse_schema_ref(d.pop("schema_ref", UNSET))

        allowed_action = cls(
            rel=rel,
            hint=hint,
            href=href,
            method=method,
            operation_id=operation_id,
            schema_ref=schema_ref,
        )

        allowed_action.additional_properties = d
        return allowed_action

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
