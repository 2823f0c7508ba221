from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthCheckCaseResult")


@_attrs_define
class HealthCheckCaseResult:
    """
    Attributes:
        deterministic_reason (str):
        judge_reason (str):
        latency_ms (int):
        name (str):
        passed (bool):
        rubric (str):
        score (float):
        turns (int):
        user_message (str):
        error (None | str | Unset):
        input_tokens (int | Unset):
        output_tokens (int | Unset):
        session_id (None | str | Unset):
    """

    deterministic_reason: str
    judge_reason: str
    latency_ms: int
    name: str
    passed: bool
    rubric: str
    score: float
    turns: int
    user_message: str
    error: None | str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    session_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deterministic_reason = self.deterministic_reason

        judge_reason = self.judge_reason

        latency_ms = self.latency_ms

        name = self.name

        passed = self.passed

        rubric = self.rubric

        score = self.score

        turns = self.turns

        user_message = self.user_message

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deterministic_reason": deterministic_reason,
                "judge_reason": judge_reason,
                "latency_ms": latency_ms,
                "name": name,
                "passed": passed,
                "rubric": rubric,
                "score": score,
                "turns": turns,
                "user_message": user_message,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deterministic_reason = d.pop("deterministic_reason")

        judge_reason = d.pop("judge_reason")

        latency_ms = d.pop("latency_ms")

        name = d.pop("name")

        passed = d.pop("passed")

        rubric = d.pop("rubric")

        score = d.pop("score")

        turns = d.pop("turns")

        user_message = d.pop("user_message")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        health_check_case_result = cls(
            deterministic_reason=deterministic_reason,
            judge_reason=judge_reason,
            latency_ms=latency_ms,
            name=name,
            passed=passed,
            rubric=rubric,
            score=score,
            turns=turns,
            user_message=user_message,
            error=error,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            session_id=session_id,
        )

        health_check_case_result.additional_properties = d
        return health_check_case_result

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
