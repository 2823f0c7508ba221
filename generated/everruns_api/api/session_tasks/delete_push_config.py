from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    session_id: str,
    task_id: str,
    config_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/sessions/{session_id}/tasks/{task_id}/push-configs/{config_id}".format(
            session_id=quote_segment(str(session_id)),
            task_id=quote_segment(str(task_id)),
            config_id=quote_segment(str(config_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 404:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    task_id: str,
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """
    Args:
        session_id (str):
        task_id (str):
        config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        task_id=task_id,
        config_id=config_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    session_id: str,
    task_id: str,
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """
    Args:
        session_id (str):
        task_id (str):
        config_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        task_id=task_id,
        config_id=config_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    task_id: str,
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Send the request. The operation answers without a body, so this returns None."""
    sync_detailed(
        session_id=session_id, task_id=task_id, config_id=config_id, client=client
    )


async def asyncio(
    session_id: str,
    task_id: str,
    config_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Send the request. The operation answers without a body, so this returns None."""
    await asyncio_detailed(
        session_id=session_id, task_id=task_id, config_id=config_id, client=client
    )
