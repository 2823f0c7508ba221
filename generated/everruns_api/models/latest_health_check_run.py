from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_check_run import HealthCheckRun


T = TypeVar("T", bound="LatestHealthCheckRun")


@_attrs_define
class LatestHealthCheckRun:
    """
    Attributes:
        config_changed (bool):
        run (HealthCheckRun | None | Unset):
    """

    config_changed: bool
    run: HealthCheckRun | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.health_check_run import HealthCheckRun

        config_changed = self.config_changed

        run: dict[str, Any] | None | Unset
        if isinstance(self.run, Unset):
            run = UNSET
        elif isinstance(self.run, HealthCheckRun):
            run = self.run.to_dict()
        else:
            run = self.run

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_changed": config_changed,
            }
        )
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_check_run import HealthCheckRun

        d = dict(src_dict)
        config_changed = d.pop("config_changed")

        def _parse_run(data: object) -> HealthCheckRun | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_1 = HealthCheckRun.from_dict(data)

                return run_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthCheckRun | None | Unset, data)

        run = _parse_run(d.pop("run", UNSET))

        latest_health_check_run = cls(
            config_changed=config_changed,
            run=run,
        )

        latest_health_check_run.additional_properties = d
        return latest_health_check_run

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
