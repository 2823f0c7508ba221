from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportingBackfillResult")


@_attrs_define
class ReportingBackfillResult:
    """
    Attributes:
        enqueued (int):
        events (int):
        llm_generations (int):
        sessions (int):
        usage_ledger (int):
    """

    enqueued: int
    events: int
    llm_generations: int
    sessions: int
    usage_ledger: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enqueued = self.enqueued

        events = self.events

        llm_generations = self.llm_generations

        sessions = self.sessions

        usage_ledger = self.usage_ledger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enqueued": enqueued,
                "events": events,
                "llm_generations": llm_generations,
                "sessions": sessions,
                "usage_ledger": usage_ledger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enqueued = d.pop("enqueued")

        events = d.pop("events")

        llm_generations = d.pop("llm_generations")

        sessions = d.pop("sessions")

        usage_ledger = d.pop("usage_ledger")

        reporting_backfill_result = cls(
            enqueued=enqueued,
            events=events,
            llm_generations=llm_generations,
            sessions=sessions,
            usage_ledger=usage_ledger,
        )

        reporting_backfill_result.additional_properties = d
        return reporting_backfill_result

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
