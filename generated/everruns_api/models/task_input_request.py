from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_input_request_expected import TaskInputRequestExpected


T = TypeVar("T", bound="TaskInputRequest")


@_attrs_define
class TaskInputRequest:
    """
    Attributes:
        id (str):
        prompt (str):
        expected (TaskInputRequestExpected | Unset):
    """

    id: str
    prompt: str
    expected: TaskInputRequestExpected | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prompt = self.prompt

        expected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expected, Unset):
            expected = self.expected.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prompt": prompt,
            }
        )
        if expected is not UNSET:
            field_dict["expected"] = expected

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_input_request_expected import TaskInputRequestExpected

        d = dict(src_dict)
        id = d.pop("id")

        prompt = d.pop("prompt")

        _expected = d.pop("expected", UNSET)
        expected: TaskInputRequestExpected | Unset
        if isinstance(_expected, Unset):
            expected = UNSET
        else:
            expected = TaskInputRequestExpected.from_dict(_expected)

        task_input_request = cls(
            id=id,
            prompt=prompt,
            expected=expected,
        )

        task_input_request.additional_properties = d
        return task_input_request

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
