from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKnowledgeIndexRequest")


@_attrs_define
class CreateKnowledgeIndexRequest:
    """
    Attributes:
        embedding_model_id (str):
        name (str):
        description (None | str | Unset):
        source_config (Any | Unset):
        source_type (None | str | Unset):
    """

    embedding_model_id: str
    name: str
    description: None | str | Unset = UNSET
    source_config: Any | Unset = UNSET
    source_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding_model_id = self.embedding_model_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_config = self.source_config

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding_model_id": embedding_model_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if source_config is not UNSET:
            field_dict["source_config"] = source_config
        if source_type is not UNSET:
            field_dict["source_type"] = source_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        embedding_model_id = d.pop("embedding_model_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        source_config = d.pop("source_config", UNSET)

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        create_knowledge_index_request = cls(
            embedding_model_id=embedding_model_id,
            name=name,
            description=description,
            source_config=source_config,
            source_type=source_type,
        )

        create_knowledge_index_request.additional_properties = d
        return create_knowledge_index_request

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
