from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_phase import ExecutionPhase
from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_image_file import ContentPartImageFile
    from ..models.content_part_text import ContentPartText
    from ..models.content_part_tool_call import ContentPartToolCall
    from ..models.content_part_tool_result import ContentPartToolResult
    from ..models.controls import Controls
    from ..models.external_actor import ExternalActor
    from ..models.message_metadata_type_0 import MessageMetadataType0


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        content (list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall |
            ContentPartToolResult]):
        created_at (datetime.datetime):
        id (str):
        role (MessageRole):
        controls (Controls | None | Unset):
        external_actor (ExternalActor | None | Unset):
        metadata (MessageMetadataType0 | None | Unset):
        phase (ExecutionPhase | None | Unset):
        thinking (None | str | Unset):
        thinking_signature (None | str | Unset):
    """

    content: list[
        ContentPartImage
        | ContentPartImageFile
        | ContentPartText
        | ContentPartToolCall
        | ContentPartToolResult
    ]
    created_at: datetime.datetime
    id: str
    role: MessageRole
    controls: Controls | None | Unset = UNSET
    external_actor: ExternalActor | None | Unset = UNSET
    metadata: MessageMetadataType0 | None | Unset = UNSET
    phase: ExecutionPhase | None | Unset = UNSET
    thinking: None | str | Unset = UNSET
    thinking_signature: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_image_file import ContentPartImageFile
        from ..models.content_part_text import ContentPartText
        from ..models.content_part_tool_call import ContentPartToolCall
        from ..models.controls import Controls
        from ..models.external_actor import ExternalActor
        from ..models.message_metadata_type_0 import MessageMetadataType0

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if (
                isinstance(content_item_data, ContentPartText)
                or isinstance(content_item_data, ContentPartImage)
                or isinstance(content_item_data, ContentPartImageFile)
                or isinstance(content_item_data, ContentPartToolCall)
            ):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        created_at = self.created_at.isoformat()

        id = self.id

        role = self.role.value

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
        elif isinstance(self.metadata, MessageMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, ExecutionPhase):
            phase = self.phase.value
        else:
            phase = self.phase

        thinking: None | str | Unset
        if isinstance(self.thinking, Unset):
            thinking = UNSET
        else:
            thinking = self.thinking

        thinking_signature: None | str | Unset
        if isinstance(self.thinking_signature, Unset):
            thinking_signature = UNSET
        else:
            thinking_signature = self.thinking_signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "id": id,
                "role": role,
            }
        )
        if controls is not UNSET:
            field_dict["controls"] = controls
        if external_actor is not UNSET:
            field_dict["external_actor"] = external_actor
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if phase is not UNSET:
            field_dict["phase"] = phase
        if thinking is not UNSET:
            field_dict["thinking"] = thinking
        if thinking_signature is not UNSET:
            field_dict["thinking_signature"] = thinking_signature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_image_file import ContentPartImageFile
        from ..models.content_part_text import ContentPartText
        from ..models.content_part_tool_call import ContentPartToolCall
        from ..models.content_part_tool_result import ContentPartToolResult
        from ..models.controls import Controls
        from ..models.external_actor import ExternalActor
        from ..models.message_metadata_type_0 import MessageMetadataType0

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                ContentPartImage
                | ContentPartImageFile
                | ContentPartText
                | ContentPartToolCall
                | ContentPartToolResult
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_0 = ContentPartText.from_dict(
                        data
                    )

                    return componentsschemas_content_part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_1 = ContentPartImage.from_dict(
                        data
                    )

                    return componentsschemas_content_part_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_2 = (
                        ContentPartImageFile.from_dict(data)
                    )

                    return componentsschemas_content_part_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_3 = (
                        ContentPartToolCall.from_dict(data)
                    )

                    return componentsschemas_content_part_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_content_part_type_4 = ContentPartToolResult.from_dict(
                    data
                )

                return componentsschemas_content_part_type_4

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        created_at = parse_datetime(d.pop("created_at"))

        id = d.pop("id")

        role = MessageRole(d.pop("role"))

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

        def _parse_metadata(data: object) -> MessageMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MessageMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_phase(data: object) -> ExecutionPhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_1 = ExecutionPhase(data)

                return phase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExecutionPhase | None | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_thinking(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thinking = _parse_thinking(d.pop("thinking", UNSET))

        def _parse_thinking_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thinking_signature = _parse_thinking_signature(
            d.pop("thinking_signature", UNSET)
        )

        message = cls(
            content=content,
            created_at=created_at,
            id=id,
            role=role,
            controls=controls,
            external_actor=external_actor,
            metadata=metadata,
            phase=phase,
            thinking=thinking,
            thinking_signature=thinking_signature,
        )

        message.additional_properties = d
        return message

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
