from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.model_metadata import ModelMetadata
    from ..models.output_message_completed_data_error_fields_type_0 import (
        OutputMessageCompletedDataErrorFieldsType0,
    )
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="OutputMessageCompletedData")


@_attrs_define
class OutputMessageCompletedData:
    """
    Attributes:
        message (Message):
        error_code (None | str | Unset):
        error_disclosure (None | str | Unset):
        error_fields (None | OutputMessageCompletedDataErrorFieldsType0 | Unset):
        metadata (ModelMetadata | None | Unset):
        usage (None | TokenUsage | Unset):
    """

    message: Message
    error_code: None | str | Unset = UNSET
    error_disclosure: None | str | Unset = UNSET
    error_fields: None | OutputMessageCompletedDataErrorFieldsType0 | Unset = UNSET
    metadata: ModelMetadata | None | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_metadata import ModelMetadata
        from ..models.output_message_completed_data_error_fields_type_0 import (
            OutputMessageCompletedDataErrorFieldsType0,
        )
        from ..models.token_usage import TokenUsage

        message = self.message.to_dict()

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_disclosure: None | str | Unset
        if isinstance(self.error_disclosure, Unset):
            error_disclosure = UNSET
        else:
            error_disclosure = self.error_disclosure

        error_fields: dict[str, Any] | None | Unset
        if isinstance(self.error_fields, Unset):
            error_fields = UNSET
        elif isinstance(self.error_fields, OutputMessageCompletedDataErrorFieldsType0):
            error_fields = self.error_fields.to_dict()
        else:
            error_fields = self.error_fields

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ModelMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TokenUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_disclosure is not UNSET:
            field_dict["error_disclosure"] = error_disclosure
        if error_fields is not UNSET:
            field_dict["error_fields"] = error_fields
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message import Message
        from ..models.model_metadata import ModelMetadata
        from ..models.output_message_completed_data_error_fields_type_0 import (
            OutputMessageCompletedDataErrorFieldsType0,
        )
        from ..models.token_usage import TokenUsage

        d = dict(src_dict)
        message = Message.from_dict(d.pop("message"))

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_disclosure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_disclosure = _parse_error_disclosure(d.pop("error_disclosure", UNSET))

        def _parse_error_fields(
            data: object,
        ) -> None | OutputMessageCompletedDataErrorFieldsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_fields_type_0 = (
                    OutputMessageCompletedDataErrorFieldsType0.from_dict(data)
                )

                return error_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputMessageCompletedDataErrorFieldsType0 | Unset, data)

        error_fields = _parse_error_fields(d.pop("error_fields", UNSET))

        def _parse_metadata(data: object) -> ModelMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_1 = ModelMetadata.from_dict(data)

                return metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_usage(data: object) -> None | TokenUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = TokenUsage.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        output_message_completed_data = cls(
            message=message,
            error_code=error_code,
            error_disclosure=error_disclosure,
            error_fields=error_fields,
            metadata=metadata,
            usage=usage,
        )

        output_message_completed_data.additional_properties = d
        return output_message_completed_data

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
