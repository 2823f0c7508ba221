from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guardrails_dry_run_hit import GuardrailsDryRunHit


T = TypeVar("T", bound="GuardrailsDryRunResponse")


@_attrs_define
class GuardrailsDryRunResponse:
    """
    Attributes:
        blocked (bool):
        hits (list[GuardrailsDryRunHit]):
    """

    blocked: bool
    hits: list[GuardrailsDryRunHit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blocked = self.blocked

        hits = []
        for hits_item_data in self.hits:
            hits_item = hits_item_data.to_dict()
            hits.append(hits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "blocked": blocked,
                "hits": hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.guardrails_dry_run_hit import GuardrailsDryRunHit

        d = dict(src_dict)
        blocked = d.pop("blocked")

        hits = []
        _hits = d.pop("hits")
        for hits_item_data in _hits:
            hits_item = GuardrailsDryRunHit.from_dict(hits_item_data)

            hits.append(hits_item)

        guardrails_dry_run_response = cls(
            blocked=blocked,
            hits=hits,
        )

        guardrails_dry_run_response.additional_properties = d
        return guardrails_dry_run_response

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
