from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finding_category import FindingCategory
from ..models.finding_severity import FindingSeverity
from ..models.finding_source import FindingSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.finding_location import FindingLocation


T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """
    Attributes:
        category (FindingCategory):
        message (str):
        rule_id (str):
        severity (FindingSeverity):
        source (FindingSource):
        fix (None | str | Unset):
        location (FindingLocation | None | Unset):
    """

    category: FindingCategory
    message: str
    rule_id: str
    severity: FindingSeverity
    source: FindingSource
    fix: None | str | Unset = UNSET
    location: FindingLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_location import FindingLocation

        category = self.category.value

        message = self.message

        rule_id = self.rule_id

        severity = self.severity.value

        source = self.source.value

        fix: None | str | Unset
        if isinstance(self.fix, Unset):
            fix = UNSET
        else:
            fix = self.fix

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, FindingLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "message": message,
                "rule_id": rule_id,
                "severity": severity,
                "source": source,
            }
        )
        if fix is not UNSET:
            field_dict["fix"] = fix
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.finding_location import FindingLocation

        d = dict(src_dict)
        category = FindingCategory(d.pop("category"))

        message = d.pop("message")

        rule_id = d.pop("rule_id")

        severity = FindingSeverity(d.pop("severity"))

        source = FindingSource(d.pop("source"))

        def _parse_fix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fix = _parse_fix(d.pop("fix", UNSET))

        def _parse_location(data: object) -> FindingLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_1 = FindingLocation.from_dict(data)

                return location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FindingLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        finding = cls(
            category=category,
            message=message,
            rule_id=rule_id,
            severity=severity,
            source=source,
            fix=fix,
            location=location,
        )

        finding.additional_properties = d
        return finding

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
