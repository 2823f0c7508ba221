from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.paginated_response_with_urls_session_data_item import (
        PaginatedResponseWithUrlsSessionDataItem,
    )


T = TypeVar("T", bound="PaginatedResponseWithUrlsSession")


@_attrs_define
class PaginatedResponseWithUrlsSession:
    """
    Attributes:
        data (list[PaginatedResponseWithUrlsSessionDataItem]):
        limit (int):
        offset (int):
        total (int):
        next_url (None | str | Unset):
        prev_url (None | str | Unset):
    """

    data: list[PaginatedResponseWithUrlsSessionDataItem]
    limit: int
    offset: int
    total: int
    next_url: None | str | Unset = UNSET
    prev_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        limit = self.limit

        offset = self.offset

        total = self.total

        next_url: None | str | Unset
        if isinstance(self.next_url, Unset):
            next_url = UNSET
        else:
            next_url = self.next_url

        prev_url: None | str | Unset
        if isinstance(self.prev_url, Unset):
            prev_url = UNSET
        else:
            prev_url = self.prev_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "limit": limit,
                "offset": offset,
                "total": total,
            }
        )
        if next_url is not UNSET:
            field_dict["next_url"] = next_url
        if prev_url is not UNSET:
            field_dict["prev_url"] = prev_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.paginated_response_with_urls_session_data_item import (
            PaginatedResponseWithUrlsSessionDataItem,
        )

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PaginatedResponseWithUrlsSessionDataItem.from_dict(
                data_item_data
            )

            data.append(data_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        total = d.pop("total")

        def _parse_next_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_url = _parse_next_url(d.pop("next_url", UNSET))

        def _parse_prev_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev_url = _parse_prev_url(d.pop("prev_url", UNSET))

        paginated_response_with_urls_session = cls(
            data=data,
            limit=limit,
            offset=offset,
            total=total,
            next_url=next_url,
            prev_url=prev_url,
        )

        paginated_response_with_urls_session.additional_properties = d
        return paginated_response_with_urls_session

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
