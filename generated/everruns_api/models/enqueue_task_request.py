from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enqueue_task_options import EnqueueTaskOptions


T = TypeVar("T", bound="EnqueueTaskRequest")


@_attrs_define
class EnqueueTaskRequest:
    """
    Attributes:
        activity_type (str):
        input_ (Any):
        options (EnqueueTaskOptions | None | Unset):
    """

    activity_type: str
    input_: Any
    options: EnqueueTaskOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.enqueue_task_options import EnqueueTaskOptions

        activity_type = self.activity_type

        input_ = self.input_

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, EnqueueTaskOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_type": activity_type,
                "input": input_,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.enqueue_task_options import EnqueueTaskOptions

        d = dict(src_dict)
        activity_type = d.pop("activity_type")

        input_ = d.pop("input")

        def _parse_options(data: object) -> EnqueueTaskOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_1 = EnqueueTaskOptions.from_dict(data)

                return options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnqueueTaskOptions | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        enqueue_task_request = cls(
            activity_type=activity_type,
            input_=input_,
            options=options,
        )

        enqueue_task_request.additional_properties = d
        return enqueue_task_request

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
