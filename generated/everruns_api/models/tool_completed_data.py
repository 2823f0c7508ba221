from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_image_file import ContentPartImageFile
    from ..models.content_part_text import ContentPartText
    from ..models.content_part_tool_call import ContentPartToolCall
    from ..models.content_part_tool_result import ContentPartToolResult


T = TypeVar("T", bound="ToolCompletedData")


@_attrs_define
class ToolCompletedData:
    """
    Attributes:
        status (str):
        success (bool):
        tool_call_id (str):
        tool_name (str):
        capability_id (None | str | Unset):
        capability_name (None | str | Unset):
        display_name (None | str | Unset):
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        narration (None | str | Unset):
        result (list[ContentPartImage | ContentPartImageFile | ContentPartText | ContentPartToolCall |
            ContentPartToolResult] | None | Unset):
        tool_call_fingerprint (None | str | Unset):
        tool_result_fingerprint (None | str | Unset):
    """

    status: str
    success: bool
    tool_call_id: str
    tool_name: str
    capability_id: None | str | Unset = UNSET
    capability_name: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    narration: None | str | Unset = UNSET
    result: (
        list[
            ContentPartImage
            | ContentPartImageFile
            | ContentPartText
            | ContentPartToolCall
            | ContentPartToolResult
        ]
        | None
        | Unset
    ) = UNSET
    tool_call_fingerprint: None | str | Unset = UNSET
    tool_result_fingerprint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_image_file import ContentPartImageFile
        from ..models.content_part_text import ContentPartText
        from ..models.content_part_tool_call import ContentPartToolCall

        status = self.status

        success = self.success

        tool_call_id = self.tool_call_id

        tool_name = self.tool_name

        capability_id: None | str | Unset
        if isinstance(self.capability_id, Unset):
            capability_id = UNSET
        else:
            capability_id = self.capability_id

        capability_name: None | str | Unset
        if isinstance(self.capability_name, Unset):
            capability_name = UNSET
        else:
            capability_name = self.capability_name

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        duration_ms: int | None | Unset
        if isinstance(self.duration_ms, Unset):
            duration_ms = UNSET
        else:
            duration_ms = self.duration_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        narration: None | str | Unset
        if isinstance(self.narration, Unset):
            narration = UNSET
        else:
            narration = self.narration

        result: list[dict[str, Any]] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item: dict[str, Any]
                if (
                    isinstance(result_type_0_item_data, ContentPartText)
                    or isinstance(result_type_0_item_data, ContentPartImage)
                    or isinstance(result_type_0_item_data, ContentPartImageFile)
                    or isinstance(result_type_0_item_data, ContentPartToolCall)
                ):
                    result_type_0_item = result_type_0_item_data.to_dict()
                else:
                    result_type_0_item = result_type_0_item_data.to_dict()

                result.append(result_type_0_item)

        else:
            result = self.result

        tool_call_fingerprint: None | str | Unset
        if isinstance(self.tool_call_fingerprint, Unset):
            tool_call_fingerprint = UNSET
        else:
            tool_call_fingerprint = self.tool_call_fingerprint

        tool_result_fingerprint: None | str | Unset
        if isinstance(self.tool_result_fingerprint, Unset):
            tool_result_fingerprint = UNSET
        else:
            tool_result_fingerprint = self.tool_result_fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "success": success,
                "tool_call_id": tool_call_id,
                "tool_name": tool_name,
            }
        )
        if capability_id is not UNSET:
            field_dict["capability_id"] = capability_id
        if capability_name is not UNSET:
            field_dict["capability_name"] = capability_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error
        if narration is not UNSET:
            field_dict["narration"] = narration
        if result is not UNSET:
            field_dict["result"] = result
        if tool_call_fingerprint is not UNSET:
            field_dict["tool_call_fingerprint"] = tool_call_fingerprint
        if tool_result_fingerprint is not UNSET:
            field_dict["tool_result_fingerprint"] = tool_result_fingerprint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_image_file import ContentPartImageFile
        from ..models.content_part_text import ContentPartText
        from ..models.content_part_tool_call import ContentPartToolCall
        from ..models.content_part_tool_result import ContentPartToolResult

        d = dict(src_dict)
        status = d.pop("status")

        success = d.pop("success")

        tool_call_id = d.pop("tool_call_id")

        tool_name = d.pop("tool_name")

        def _parse_capability_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capability_id = _parse_capability_id(d.pop("capability_id", UNSET))

        def _parse_capability_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capability_name = _parse_capability_name(d.pop("capability_name", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_ms = _parse_duration_ms(d.pop("duration_ms", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_narration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        narration = _parse_narration(d.pop("narration", UNSET))

        def _parse_result(
            data: object,
        ) -> (
            list[
                ContentPartImage
                | ContentPartImageFile
                | ContentPartText
                | ContentPartToolCall
                | ContentPartToolResult
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                result_type_0 = []
                _result_type_0 = data
                for result_type_0_item_data in _result_type_0:

                    def _parse_result_type_0_item(
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
                            componentsschemas_content_part_type_0 = (
                                ContentPartText.from_dict(data)
                            )

                            return componentsschemas_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_part_type_1 = (
                                ContentPartImage.from_dict(data)
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
                        componentsschemas_content_part_type_4 = (
                            ContentPartToolResult.from_dict(data)
                        )

                        return componentsschemas_content_part_type_4

                    result_type_0_item = _parse_result_type_0_item(
                        result_type_0_item_data
                    )

                    result_type_0.append(result_type_0_item)

                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ContentPartImage
                    | ContentPartImageFile
                    | ContentPartText
                    | ContentPartToolCall
                    | ContentPartToolResult
                ]
                | None
                | Unset,
                data,
            )

        result = _parse_result(d.pop("result", UNSET))

        def _parse_tool_call_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_call_fingerprint = _parse_tool_call_fingerprint(
            d.pop("tool_call_fingerprint", UNSET)
        )

        def _parse_tool_result_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_result_fingerprint = _parse_tool_result_fingerprint(
            d.pop("tool_result_fingerprint", UNSET)
        )

        tool_completed_data = cls(
            status=status,
            success=success,
            tool_call_id=tool_call_id,
            tool_name=tool_name,
            capability_id=capability_id,
            capability_name=capability_name,
            display_name=display_name,
            duration_ms=duration_ms,
            error=error,
            narration=narration,
            result=result,
            tool_call_fingerprint=tool_call_fingerprint,
            tool_result_fingerprint=tool_result_fingerprint,
        )

        tool_completed_data.additional_properties = d
        return tool_completed_data

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
