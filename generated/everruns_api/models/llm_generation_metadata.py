from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

if TYPE_CHECKING:
    from typing_extensions import Self


from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llm_compaction_info import LlmCompactionInfo
    from ..models.llm_request_options import LlmRequestOptions
    from ..models.llm_retry_info import LlmRetryInfo
    from ..models.token_usage import TokenUsage


T = TypeVar("T", bound="LlmGenerationMetadata")


@_attrs_define
class LlmGenerationMetadata:
    """
    Attributes:
        model (str):
        success (bool):
        compaction (LlmCompactionInfo | None | Unset):
        duration_ms (int | None | Unset):
        error (None | str | Unset):
        finish_reasons (list[str] | None | Unset):
        provider (None | str | Unset):
        request_options (LlmRequestOptions | None | Unset):
        response_id (None | str | Unset):
        retry (LlmRetryInfo | None | Unset):
        time_to_first_token_ms (int | None | Unset):
        usage (None | TokenUsage | Unset):
    """

    model: str
    success: bool
    compaction: LlmCompactionInfo | None | Unset = UNSET
    duration_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    finish_reasons: list[str] | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    request_options: LlmRequestOptions | None | Unset = UNSET
    response_id: None | str | Unset = UNSET
    retry: LlmRetryInfo | None | Unset = UNSET
    time_to_first_token_ms: int | None | Unset = UNSET
    usage: None | TokenUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.llm_compaction_info import LlmCompactionInfo
        from ..models.llm_request_options import LlmRequestOptions
        from ..models.llm_retry_info import LlmRetryInfo
        from ..models.token_usage import TokenUsage

        model = self.model

        success = self.success

        compaction: dict[str, Any] | None | Unset
        if isinstance(self.compaction, Unset):
            compaction = UNSET
        elif isinstance(self.compaction, LlmCompactionInfo):
            compaction = self.compaction.to_dict()
        else:
            compaction = self.compaction

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

        finish_reasons: list[str] | None | Unset
        if isinstance(self.finish_reasons, Unset):
            finish_reasons = UNSET
        elif isinstance(self.finish_reasons, list):
            finish_reasons = self.finish_reasons

        else:
            finish_reasons = self.finish_reasons

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        request_options: dict[str, Any] | None | Unset
        if isinstance(self.request_options, Unset):
            request_options = UNSET
        elif isinstance(self.request_options, LlmRequestOptions):
            request_options = self.request_options.to_dict()
        else:
            request_options = self.request_options

        response_id: None | str | Unset
        if isinstance(self.response_id, Unset):
            response_id = UNSET
        else:
            response_id = self.response_id

        retry: dict[str, Any] | None | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        elif isinstance(self.retry, LlmRetryInfo):
            retry = self.retry.to_dict()
        else:
            retry = self.retry

        time_to_first_token_ms: int | None | Unset
        if isinstance(self.time_to_first_token_ms, Unset):
            time_to_first_token_ms = UNSET
        else:
            time_to_first_token_ms = self.time_to_first_token_ms

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
                "model": model,
                "success": success,
            }
        )
        if compaction is not UNSET:
            field_dict["compaction"] = compaction
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if error is not UNSET:
            field_dict["error"] = error
        if finish_reasons is not UNSET:
            field_dict["finish_reasons"] = finish_reasons
        if provider is not UNSET:
            field_dict["provider"] = provider
        if request_options is not UNSET:
            field_dict["request_options"] = request_options
        if response_id is not UNSET:
            field_dict["response_id"] = response_id
        if retry is not UNSET:
            field_dict["retry"] = retry
        if time_to_first_token_ms is not UNSET:
            field_dict["time_to_first_token_ms"] = time_to_first_token_ms
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.llm_compaction_info import LlmCompactionInfo
        from ..models.llm_request_options import LlmRequestOptions
        from ..models.llm_retry_info import LlmRetryInfo
        from ..models.token_usage import TokenUsage

        d = dict(src_dict)
        model = d.pop("model")

        success = d.pop("success")

        def _parse_compaction(data: object) -> LlmCompactionInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                compaction_type_1 = LlmCompactionInfo.from_dict(data)

                return compaction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmCompactionInfo | None | Unset, data)

        compaction = _parse_compaction(d.pop("compaction", UNSET))

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

        def _parse_finish_reasons(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                finish_reasons_type_0 = cast(list[str], data)

                return finish_reasons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        finish_reasons = _parse_finish_reasons(d.pop("finish_reasons", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_request_options(data: object) -> LlmRequestOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_options_type_1 = LlmRequestOptions.from_dict(data)

                return request_options_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmRequestOptions | None | Unset, data)

        request_options = _parse_request_options(d.pop("request_options", UNSET))

        def _parse_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_id = _parse_response_id(d.pop("response_id", UNSET))

        def _parse_retry(data: object) -> LlmRetryInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_type_1 = LlmRetryInfo.from_dict(data)

                return retry_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LlmRetryInfo | None | Unset, data)

        retry = _parse_retry(d.pop("retry", UNSET))

        def _parse_time_to_first_token_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time_to_first_token_ms = _parse_time_to_first_token_ms(
            d.pop("time_to_first_token_ms", UNSET)
        )

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

        llm_generation_metadata = cls(
            model=model,
            success=success,
            compaction=compaction,
            duration_ms=duration_ms,
            error=error,
            finish_reasons=finish_reasons,
            provider=provider,
            request_options=request_options,
            response_id=response_id,
            retry=retry,
            time_to_first_token_ms=time_to_first_token_ms,
            usage=usage,
        )

        llm_generation_metadata.additional_properties = d
        return llm_generation_metadata

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
