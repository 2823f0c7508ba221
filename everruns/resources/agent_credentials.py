"""``client.agents.credentials``: where the secret parameters of an agent's MCP tools come
from. A binding names a tool's parameter; its value is set separately, only ever sent
(no answer carries it, and nothing here keeps, logs or shows it)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from everruns._flow import Flow, Mode
from everruns._methods import operation, pager
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options
from everruns._validation import AGENT, check_id, check_text
from everruns.errors import ValidationError
from everruns_api.api.agents import (
    create_credential_binding,
    delete_credential_binding,
    list_credentials,
    set_credential_value,
)
from everruns_api.models import (
    AgentCredentialBinding,
    CreateAgentCredentialBinding,
    ListResponseAgentCredentialBinding,
    SetAgentCredentialValueRequest,
)
from everruns_api.options import CredentialOptions

from ._options import request_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes


class AgentCredentials(Resource[Mode]):
    """Bind a credential to an MCP tool's parameter, set its value, list and delete bindings."""

    @operation
    def create(
        self,
        agent_id: str,
        *,
        label: str,
        mcp_server_name: str,
        tool_name: str,
        parameter_name: str,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[CredentialOptions],
    ) -> Flow[AgentCredentialBinding]:
        """Say that ``parameter_name`` of the tool ``tool_name`` of the agent's MCP server
        ``mcp_server_name`` takes a credential, called ``label`` where a person sets it.
        ``configured`` stays false until :meth:`set_value`."""
        check_id(agent_id, AGENT, "agent_id")
        check_options(options, CredentialOptions)
        named = {"label": label, "mcp_server_name": mcp_server_name, "tool_name": tool_name}
        fields = {name: check_text(value, name) for name, value in {**named, "parameter_name": parameter_name}.items()}
        body = request_body(CreateAgentCredentialBinding, {**fields, **options})
        return (
            yield from self._call(
                create_credential_binding, agent_id, timeout=timeout, body=body, model=AgentCredentialBinding
            )
        )

    @operation
    def set_value(
        self, agent_id: str, binding_id: str | uuid.UUID, value: str, *, timeout: TimeoutTypes | None = None
    ) -> Flow[AgentCredentialBinding]:
        """Set the credential's value (its ``configured`` becomes true). The value is only
        sent: the answer does not carry it, and no error or log here quotes it."""
        check_id(agent_id, AGENT, "agent_id")
        binding = _binding_id(binding_id)
        if not isinstance(value, str) or not value:
            raise ValidationError("value must be a non-empty string", field="value")
        body = SetAgentCredentialValueRequest(value=value)
        return (
            yield from self._call(
                set_credential_value, agent_id, binding, timeout=timeout, body=body, model=AgentCredentialBinding
            )
        )

    @pager
    def list(self, agent_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[AgentCredentialBinding]]:
        """The agent's credential bindings, in one page (``configured``: whether each has a value)."""
        check_id(agent_id, AGENT, "agent_id")
        answer = yield from self._call(
            list_credentials, agent_id, timeout=timeout, model=ListResponseAgentCredentialBinding
        )
        return single_listing(answer.data)

    @operation
    def delete(self, agent_id: str, binding_id: str | uuid.UUID, *, timeout: TimeoutTypes | None = None) -> Flow[None]:
        """Delete a binding, and the value set for it."""
        check_id(agent_id, AGENT, "agent_id")
        yield from self._send(delete_credential_binding, agent_id, _binding_id(binding_id), timeout=timeout)


def _binding_id(value: str | uuid.UUID) -> uuid.UUID:
    """A binding id is a UUID (as ``create`` returns it, or its text)."""
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except (TypeError, ValueError, AttributeError):
        raise ValidationError(f"binding_id must be a UUID, got {value!r}", field="binding_id") from None
