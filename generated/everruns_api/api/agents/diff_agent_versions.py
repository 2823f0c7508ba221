from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_version_diff import AgentVersionDiff
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    agent_id: str,
    from_version_id: str,
    to_version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agents/{agent_id}/versions/{from_version_id}/diff/{to_version_id}".format(
            agent_id=quote_segment(str(agent_id)),
            from_version_id=quote_segment(str(from_version_id)),
            to_version_id=quote_segment(str(to_version_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentVersionDiff | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgentVersionDiff.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentVersionDiff | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentVersionDiff | ErrorResponse]:
    """
    Args:
        agent_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVersionDiff | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentVersionDiff | ErrorResponse | None:
    """
    Args:
        agent_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVersionDiff | ErrorResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentVersionDiff | ErrorResponse]:
    """
    Args:
        agent_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVersionDiff | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        from_version_id=from_version_id,
        to_version_id=to_version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    from_version_id: str,
    to_version_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentVersionDiff | ErrorResponse | None:
    """
    Args:
        agent_id (str):
        from_version_id (str):
        to_version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVersionDiff | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            from_version_id=from_version_id,
            to_version_id=to_version_id,
            client=client,
        )
    ).parsed
