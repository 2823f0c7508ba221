from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.list_response_message_data_item_metadata_type_0 import (
        ListResponseMessageDataItemMetadataType0,
    )


T = TypeVar("T", bound="ListResponseMessageDataItem")


@_attrs_define
class ListResponseMessageDataItem:
    """
    Attributes:
        content (list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall |
            ContentPartToolResult]):
        created_at (datetime.datetime):
        id (str):
        role (MessageRole):
        sequence (int):
        session_id (str):
        controls (Controls | None | Unset):
        external_actor (ExternalActor | None | Unset):
        metadata (ListResponseMessageDataItemMetadataType0 | None | Unset):
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
    sequence: int
    session_id: str
    controls: Controls | None | Unset = UNSET
    external_actor: ExternalActor | None | Unset = UNSET
    metadata: ListResponseMessageDataItemMetadataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_image_file import ContentPartImageFile
        from ..models.content_part_text import ContentPartText
        from ..models.content_part_tool_call import ContentPartToolCall
        from ..models.controls import Controls
        from ..models.external_actor import ExternalActor
        from ..models.list_response_message_data_item_metadata_type_0 import (
            ListResponseMessageDataItemMetadataType0,
        )

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

        sequence = self.sequence

        session_id = self.session_id

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
        elif isinstance(self.metadata, ListResponseMessageDataItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "id": id,
                "role": role,
                "sequence": sequence,
                "session_id": session_id,
            }
        )
        if controls is not UNSET:
            field_dict["controls"] = controls
        if external_actor is not UNSET:
            field_dict["external_actor"] = external_actor
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
        from ..models.list_response_message_data_item_metadata_type_0 import (
            ListResponseMessageDataItemMetadataType0,
        )

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

        sequence = d.pop("sequence")

        session_id = d.pop("session_id")

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
        ) -> ListResponseMessageDataItemMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ListResponseMessageDataItemMetadataType0.from_dict(
                    data
                )

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListResponseMessageDataItemMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        list_response_message_data_item = cls(
            content=content,
            created_at=created_at,
            id=id,
            role=role,
            sequence=sequence,
            session_id=session_id,
            controls=controls,
            external_actor=external_actor,
            metadata=metadata,
        )

        list_response_message_data_item.additional_properties = d
        return list_response_message_data_item

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
