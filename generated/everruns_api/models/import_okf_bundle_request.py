from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.okf_file_input import OkfFileInput


T = TypeVar("T", bound="ImportOkfBundleRequest")


@_attrs_define
class ImportOkfBundleRequest:
    """
    Attributes:
        bundle_base64 (None | str | Unset):
        files (list[OkfFileInput] | Unset):
        prune (bool | Unset):
    """

    bundle_base64: None | str | Unset = UNSET
    files: list[OkfFileInput] | Unset = UNSET
    prune: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_base64: None | str | Unset
        if isinstance(self.bundle_base64, Unset):
            bundle_base64 = UNSET
        else:
            bundle_base64 = self.bundle_base64

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        prune = self.prune

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_base64 is not UNSET:
            field_dict["bundle_base64"] = bundle_base64
        if files is not UNSET:
            field_dict["files"] = files
        if prune is not UNSET:
            field_dict["prune"] = prune

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.okf_file_input import OkfFileInput

        d = dict(src_dict)

        def _parse_bundle_base64(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_base64 = _parse_bundle_base64(d.pop("bundle_base64", UNSET))

        _files = d.pop("files", UNSET)
        files: list[OkfFileInput] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = OkfFileInput.from_dict(files_item_data)

                files.append(files_item)

        prune = d.pop("prune", UNSET)

        import_okf_bundle_request = cls(
            bundle_base64=bundle_base64,
            files=files,
            prune=prune,
        )

        import_okf_bundle_request.additional_properties = d
        return import_okf_bundle_request

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
