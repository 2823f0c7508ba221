from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exported_organization import ExportedOrganization
    from ..models.exported_personal_access_token import ExportedPersonalAccessToken
    from ..models.exported_user_profile import ExportedUserProfile


T = TypeVar("T", bound="ExportUserDataResponse")


@_attrs_define
class ExportUserDataResponse:
    """
    Attributes:
        exported_at (datetime.datetime):
        organizations (list[ExportedOrganization]):
        personal_access_tokens (list[ExportedPersonalAccessToken]):
        user (ExportedUserProfile):
    """

    exported_at: datetime.datetime
    organizations: list[ExportedOrganization]
    personal_access_tokens: list[ExportedPersonalAccessToken]
    user: ExportedUserProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exported_at = self.exported_at.isoformat()

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        personal_access_tokens = []
        for personal_access_tokens_item_data in self.personal_access_tokens:
            personal_access_tokens_item = personal_access_tokens_item_data.to_dict()
            personal_access_tokens.append(personal_access_tokens_item)

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exported_at": exported_at,
                "organizations": organizations,
                "personal_access_tokens": personal_access_tokens,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.exported_organization import ExportedOrganization
        from ..models.exported_personal_access_token import ExportedPersonalAccessToken
        from ..models.exported_user_profile import ExportedUserProfile

        d = dict(src_dict)
        exported_at = parse_datetime(d.pop("exported_at"))

        organizations = []
        _organizations = d.pop("organizations")
        for organizations_item_data in _organizations:
            organizations_item = ExportedOrganization.from_dict(organizations_item_data)

            organizations.append(organizations_item)

        personal_access_tokens = []
        _personal_access_tokens = d.pop("personal_access_tokens")
        for personal_access_tokens_item_data in _personal_access_tokens:
            personal_access_tokens_item = ExportedPersonalAccessToken.from_dict(
                personal_access_tokens_item_data
            )

            personal_access_tokens.append(personal_access_tokens_item)

        user = ExportedUserProfile.from_dict(d.pop("user"))

        export_user_data_response = cls(
            exported_at=exported_at,
            organizations=organizations,
            personal_access_tokens=personal_access_tokens,
            user=user,
        )

        export_user_data_response.additional_properties = d
        return export_user_data_response

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
