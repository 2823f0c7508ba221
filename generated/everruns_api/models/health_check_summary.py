from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="HealthCheckSummary")


@_attrs_define
class HealthCheckSummary:
    """
    Attributes:
        avg_score (float):
        avg_turns (float):
        errored (int):
        failed (int):
        pass_rate (float):
        passed (int):
        total (int):
        total_input_tokens (int):
        total_output_tokens (int):
    """

    avg_score: float
    avg_turns: float
    errored: int
    failed: int
    pass_rate: float
    passed: int
    total: int
    total_input_tokens: int
    total_output_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_score = self.avg_score

        avg_turns = self.avg_turns

        errored = self.errored

        failed = self.failed

        pass_rate = self.pass_rate

        passed = self.passed

        total = self.total

        total_input_tokens = self.total_input_tokens

        total_output_tokens = self.total_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_score": avg_score,
                "avg_turns": avg_turns,
                "errored": errored,
                "failed": failed,
                "pass_rate": pass_rate,
                "passed": passed,
                "total": total,
                "total_input_tokens": total_input_tokens,
                "total_output_tokens": total_output_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        avg_score = d.pop("avg_score")

        avg_turns = d.pop("avg_turns")

        errored = d.pop("errored")

        failed = d.pop("failed")

        pass_rate = d.pop("pass_rate")

        passed = d.pop("passed")

        total = d.pop("total")

        total_input_tokens = d.pop("total_input_tokens")

        total_output_tokens = d.pop("total_output_tokens")

        health_check_summary = cls(
            avg_score=avg_score,
            avg_turns=avg_turns,
            errored=errored,
            failed=failed,
            pass_rate=pass_rate,
            passed=passed,
            total=total,
            total_input_tokens=total_input_tokens,
            total_output_tokens=total_output_tokens,
        )

        health_check_summary.additional_properties = d
        return health_check_summary

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
