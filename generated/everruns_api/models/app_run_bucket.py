from __future__ import annotations

import datetime

from .._datetimes import parse_datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppRunBucket")


@_attrs_define
class AppRunBucket:
    """
    Attributes:
        err (int):
        hour (datetime.datetime):
        ok (int):
        running (int | None | Unset):
    """

    err: int
    hour: datetime.datetime
    ok: int
    running: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err = self.err

        hour = self.hour.isoformat()

        ok = self.ok

        running: int | None | Unset
        if isinstance(self.running, Unset):
            running = UNSET
        else:
            running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "err": err,
                "hour": hour,
                "ok": ok,
            }
        )
        if running is not UNSET:
            field_dict["running"] = running

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        err = d.pop("err")

        hour = parse_datetime(d.pop("hour"))

        ok = d.pop("ok")

        def _parse_running(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        running = _parse_running(d.pop("running", UNSET))

        app_run_bucket = cls(
            err=err,
            hour=hour,
            ok=ok,
            running=running,
        )

        app_run_bucket.additional_properties = d
        return app_run_bucket

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
