from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_push_config_body import CreatePushConfigBody
from ...models.task_push_config import TaskPushConfig
from ...types import Response


def _get_kwargs(
    session_id: str,
    task_id: str,
    *,
    body: CreatePushConfigBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/tasks/{task_id}/push-configs".format(
            session_id=quote_segment(str(session_id)),
            task_id=quote_segment(str(task_id)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | TaskPushConfig | None:
    if response.status_code == 200:
        response_200 = TaskPushConfig.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | TaskPushConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePushConfigBody,
) -> Response[Any | TaskPushConfig]:
    """
    Args:
        session_id (str):
        task_id (str):
        body (CreatePushConfigBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskPushConfig]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePushConfigBody,
) -> Any | TaskPushConfig | None:
    """
    Args:
        session_id (str):
        task_id (str):
        body (CreatePushConfigBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskPushConfig
    """

    return sync_detailed(
        session_id=session_id,
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePushConfigBody,
) -> Response[Any | TaskPushConfig]:
    """
    Args:
        session_id (str):
        task_id (str):
        body (CreatePushConfigBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TaskPushConfig]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreatePushConfigBody,
) -> Any | TaskPushConfig | None:
    """
    Args:
        session_id (str):
        task_id (str):
        body (CreatePushConfigBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | TaskPushConfig
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
