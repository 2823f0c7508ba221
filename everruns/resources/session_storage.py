"""``client.sessions.storage``: a session's key-value entries and secrets.

Secret values are only ever sent: no answer of the API carries them, and nothing here
keeps, logs or shows them (errors name a secret, never its value).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource
from everruns._validation import SESSION, check_id, check_segment
from everruns.errors import ValidationError
from everruns_api.api.session_storage import batch_set_secrets, delete_secret, list_keys, list_secrets
from everruns_api.models import (
    BatchSetSecretsRequest,
    BatchSetSecretsRequestSecrets,
    BatchSetSecretsResponse,
    ListResponseKeyValueInfo,
    ListResponseSecretInfo,
)

if TYPE_CHECKING:
    from everruns._client import TimeoutTypes
    from everruns_api.models import KeyValueInfo, SecretInfo


class SessionStorage(Resource[Mode]):
    """List a session's key-value entries and secrets; set and delete secrets."""

    @pager
    def list_keys(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[KeyValueInfo]]:
        """The key-value entries (``key``, ``value`` and times), in one page."""
        check_id(session_id, SESSION, "session_id")
        answer = yield from self._call(list_keys, session_id, timeout=timeout, model=ListResponseKeyValueInfo)
        return single_listing(answer.data)

    @pager
    def list_secrets(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[SecretInfo]]:
        """The secrets by name (with times, never values), in one page."""
        check_id(session_id, SESSION, "session_id")
        answer = yield from self._call(list_secrets, session_id, timeout=timeout, model=ListResponseSecretInfo)
        return single_listing(answer.data)

    @operation
    def set_secrets(
        self, session_id: str, secrets: Mapping[str, str], *, timeout: TimeoutTypes | None = None
    ) -> Flow[BatchSetSecretsResponse]:
        """Store secrets (name to value) in one request; names already set are
        overwritten. ``count`` says how many were stored."""
        check_id(session_id, SESSION, "session_id")
        body = BatchSetSecretsRequest(secrets=_secrets(secrets))
        return (
            yield from self._call(
                batch_set_secrets, session_id, timeout=timeout, body=body, model=BatchSetSecretsResponse
            )
        )

    @operation
    def delete_secret(self, session_id: str, name: str, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete one secret, by name."""
        check_id(session_id, SESSION, "session_id")
        check_segment(name, "name")
        yield from self._send(delete_secret, session_id, name, timeout=timeout)


def _secrets(secrets: Mapping[str, str]) -> BatchSetSecretsRequestSecrets:
    """The request's map, after checking names and value types (messages never quote a value)."""
    if not isinstance(secrets, Mapping) or not secrets:
        raise ValidationError("secrets must be a non-empty mapping of names to values", field="secrets")
    wrapped = BatchSetSecretsRequestSecrets()
    for name, value in secrets.items():
        if not isinstance(name, str) or not name:
            raise ValidationError("secret names must be non-empty strings", field="secrets")
        if not isinstance(value, str):
            raise ValidationError(f"the value of secret {name!r} must be a string", field="secrets")
        wrapped[name] = value
    return wrapped
