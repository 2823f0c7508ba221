from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_action import GuardrailAction
from ..models.guardrail_stage import GuardrailStage
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailsDryRunHit")


@_attrs_define
class GuardrailsDryRunHit:
    """
    Attributes:
        action (GuardrailAction):
        check_id (str):
        check_index (int):
        reason_code (str):
        rule_type (str):
        stage (GuardrailStage):
        matched (None | str | Unset):
        replacement (None | str | Unset):
    """

    action: GuardrailAction
    check_id: str
    check_index: int
    reason_code: str
    rule_type: str
    stage: GuardrailStage
    matched: None | str | Unset = UNSET
    replacement: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        check_id = self.check_id

        check_index = self.check_index

        reason_code = self.reason_code

        rule_type = self.rule_type

        stage = self.stage.value

        matched: None | str | Unset
        if isinstance(self.matched, Unset):
            matched = UNSET
        else:
            matched = self.matched

        replacement: None | str | Unset
        if isinstance(self.replacement, Unset):
            replacement = UNSET
        else:
            replacement = self.replacement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "check_id": check_id,
                "check_index": check_index,
                "reason_code": reason_code,
                "rule_type": rule_type,
                "stage": stage,
            }
        )
        if matched is not UNSET:
            field_dict["matched"] = matched
        if replacement is not UNSET:
            field_dict["replacement"] = replacement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        action = GuardrailAction(d.pop("action"))

        check_id = d.pop("check_id")

        check_index = d.pop("check_index")

        reason_code = d.pop("reason_code")

        rule_type = d.pop("rule_type")

        stage = GuardrailStage(d.pop("stage"))

        def _parse_matched(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matched = _parse_matched(d.pop("matched", UNSET))

        def _parse_replacement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replacement = _parse_replacement(d.pop("replacement", UNSET))

        guardrails_dry_run_hit = cls(
            action=action,
            check_id=check_id,
            check_index=check_index,
            reason_code=reason_code,
            rule_type=rule_type,
            stage=stage,
            matched=matched,
            replacement=replacement,
        )

        guardrails_dry_run_hit.additional_properties = d
        return guardrails_dry_run_hit

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
