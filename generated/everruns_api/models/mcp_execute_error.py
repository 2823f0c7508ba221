from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_error_category import McpErrorCategory
from ..models.mcp_error_code import McpErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="McpExecuteError")


@_attrs_define
class McpExecuteError:
    """
    Attributes:
        category (McpErrorCategory):
        code (McpErrorCode):
        message (str):
        retryable (bool):
        cause_chain (list[str] | Unset):
        hint (None | str | Unset):
        retry_after_seconds (int | None | Unset):
    """

    category: McpErrorCategory
    code: McpErrorCode
    message: str
    retryable: bool
    cause_chain: list[str] | Unset = UNSET
    hint: None | str | Unset = UNSET
    retry_after_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        code = self.code.value

        message = self.message

        retryable = self.retryable

        cause_chain: list[str] | Unset = UNSET
        if not isinstance(self.cause_chain, Unset):
            cause_chain = self.cause_chain

        hint: None | str | Unset
        if isinstance(self.hint, Unset):
            hint = UNSET
        else:
            hint = self.hint

        retry_after_seconds: int | None | Unset
        if isinstance(self.retry_after_seconds, Unset):
            retry_after_seconds = UNSET
        else:
            retry_after_seconds = self.retry_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "code": code,
                "message": message,
                "retryable": retryable,
            }
        )
        if cause_chain is not UNSET:
            field_dict["cause_chain"] = cause_chain
        if hint is not UNSET:
            field_dict["hint"] = hint
        if retry_after_seconds is not UNSET:
            field_dict["retry_after_seconds"] = retry_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        category = McpErrorCategory(d.pop("category"))

        code = McpErrorCode(d.pop("code"))

        message = d.pop("message")

        retryable = d.pop("retryable")

        cause_chain = cast(list[str], d.pop("cause_chain", UNSET))

        def _parse_hint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hint = _parse_hint(d.pop("hint", UNSET))

        def _parse_retry_after_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_after_seconds = _parse_retry_after_seconds(
            d.pop("retry_after_seconds", UNSET)
        )

        mcp_execute_error = cls(
            category=category,
            code=code,
            message=message,
            retryable=retryable,
            cause_chain=cause_chain,
            hint=hint,
            retry_after_seconds=retry_after_seconds,
        )

        mcp_execute_error.additional_properties = d
        return mcp_execute_error

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
