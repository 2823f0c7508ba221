from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_endpoint_auth_requirements_claims import (
        AppEndpointAuthRequirementsClaims,
    )


T = TypeVar("T", bound="AppEndpointAuthRequirements")


@_attrs_define
class AppEndpointAuthRequirements:
    """
    Attributes:
        audiences (list[str] | Unset):
        claims (AppEndpointAuthRequirementsClaims | Unset):
        domains (list[str] | Unset):
        groups (list[str] | Unset):
        scopes (list[str] | Unset):
        subjects (list[str] | Unset):
    """

    audiences: list[str] | Unset = UNSET
    claims: AppEndpointAuthRequirementsClaims | Unset = UNSET
    domains: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audiences: list[str] | Unset = UNSET
        if not isinstance(self.audiences, Unset):
            audiences = self.audiences

        claims: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = self.claims.to_dict()

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audiences is not UNSET:
            field_dict["audiences"] = audiences
        if claims is not UNSET:
            field_dict["claims"] = claims
        if domains is not UNSET:
            field_dict["domains"] = domains
        if groups is not UNSET:
            field_dict["groups"] = groups
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_endpoint_auth_requirements_claims import (
            AppEndpointAuthRequirementsClaims,
        )

        d = dict(src_dict)
        audiences = cast(list[str], d.pop("audiences", UNSET))

        _claims = d.pop("claims", UNSET)
        claims: AppEndpointAuthRequirementsClaims | Unset
        if isinstance(_claims, Unset):
            claims = UNSET
        else:
            claims = AppEndpointAuthRequirementsClaims.from_dict(_claims)

        domains = cast(list[str], d.pop("domains", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        scopes = cast(list[str], d.pop("scopes", UNSET))

        subjects = cast(list[str], d.pop("subjects", UNSET))

        app_endpoint_auth_requirements = cls(
            audiences=audiences,
            claims=claims,
            domains=domains,
            groups=groups,
            scopes=scopes,
            subjects=subjects,
        )

        app_endpoint_auth_requirements.additional_properties = d
        return app_endpoint_auth_requirements

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
