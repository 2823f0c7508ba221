from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.controls import Controls
    from ..models.create_message_request_metadata_type_0 import (
        CreateMessageRequestMetadataType0,
    )
    from ..models.external_actor import ExternalActor
    from ..models.input_message import InputMessage


T = TypeVar("T", bound="CreateMessageRequest")


@_attrs_define
class CreateMessageRequest:
    """
    Attributes:
        message (InputMessage):
        addressed_participant_id (None | str | Unset):
        controls (Controls | None | Unset):
        external_actor (ExternalActor | None | Unset):
        metadata (CreateMessageRequestMetadataType0 | None | Unset):
        tags (list[str] | None | Unset):
    """

    message: InputMessage
    addressed_participant_id: None | str | Unset = UNSET
    controls: Controls | None | Unset = UNSET
    external_actor: ExternalActor | None | Unset = UNSET
    metadata: CreateMessageRequestMetadataType0 | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.controls import Controls
        from ..models.create_message_request_metadata_type_0 import (
            CreateMessageRequestMetadataType0,
        )
        from ..models.external_actor import ExternalActor

        message = self.message.to_dict()

        addressed_participant_id: None | str | Unset
        if isinstance(self.addressed_participant_id, Unset):
            addressed_participant_id = UNSET
        else:
            addressed_participant_id = self.addressed_participant_id

        controls: dict[str, Any] | None | Unset
        if isinstance(self.controls, Unset):
            controls = UNSET
        elif isinstance(self.controls, Controls):
            controls = self.controls.to_dict()
        else:
            controls = self.controls

        external_actor: dict[str, Any] | None | Unset
        if isinstance(self.external_actor, Unset):
            external_actor = UNSET
        elif isinstance(self.external_actor, ExternalActor):
            external_actor = self.external_actor.to_dict()
        else:
            external_actor = self.external_actor

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateMessageRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if addressed_participant_id is not UNSET:
            field_dict["addressed_participant_id"] = addressed_participant_id
        if controls is not UNSET:
            field_dict["controls"] = controls
        if external_actor is not UNSET:
            field_dict["external_actor"] = external_actor
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.controls import Controls
        from ..models.create_message_request_metadata_type_0 import (
            CreateMessageRequestMetadataType0,
        )
        from ..models.external_actor import ExternalActor
        from ..models.input_message import InputMessage

        d = dict(src_dict)
        message = InputMessage.from_dict(d.pop("message"))

        def _parse_addressed_participant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        addressed_participant_id = _parse_addressed_participant_id(
            d.pop("addressed_participant_id", UNSET)
        )

        def _parse_controls(data: object) -> Controls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                controls_type_1 = Controls.from_dict(data)

                return controls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Controls | None | Unset, data)

        controls = _parse_controls(d.pop("controls", UNSET))

        def _parse_external_actor(data: object) -> ExternalActor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_actor_type_1 = ExternalActor.from_dict(data)

                return external_actor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalActor | None | Unset, data)

        external_actor = _parse_external_actor(d.pop("external_actor", UNSET))

        def _parse_metadata(
            data: object,
        ) -> CreateMessageRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateMessageRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMessageRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        create_message_request = cls(
            message=message,
            addressed_participant_id=addressed_participant_id,
            controls=controls,
            external_actor=external_actor,
            metadata=metadata,
            tags=tags,
        )

        create_message_request.additional_properties = d
        return create_message_request

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
