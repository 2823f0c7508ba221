from http import HTTPStatus
from typing import Any
from ..._paths import quote_path, quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.memory_file_info import MemoryFileInfo
from ...models.update_memory_file_request import UpdateMemoryFileRequest
from ...types import Response


def _get_kwargs(
    memory_id: str,
    path: str,
    *,
    body: UpdateMemoryFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/memories/{memory_id}/fs/{path}".format(
            memory_id=quote_segment(str(memory_id)),
            path=quote_path(str(path)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MemoryFileInfo | None:
    if response.status_code == 200:
        response_200 = MemoryFileInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MemoryFileInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    memory_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemoryFileRequest,
) -> Response[ErrorResponse | MemoryFileInfo]:
    """
    Args:
        memory_id (str):
        path (str):
        body (UpdateMemoryFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryFileInfo]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
        path=path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    memory_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemoryFileRequest,
) -> ErrorResponse | MemoryFileInfo | None:
    """
    Args:
        memory_id (str):
        path (str):
        body (UpdateMemoryFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryFileInfo
    """

    return sync_detailed(
        memory_id=memory_id,
        path=path,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    memory_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemoryFileRequest,
) -> Response[ErrorResponse | MemoryFileInfo]:
    """
    Args:
        memory_id (str):
        path (str):
        body (UpdateMemoryFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MemoryFileInfo]
    """

    kwargs = _get_kwargs(
        memory_id=memory_id,
        path=path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    memory_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateMemoryFileRequest,
) -> ErrorResponse | MemoryFileInfo | None:
    """
    Args:
        memory_id (str):
        path (str):
        body (UpdateMemoryFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MemoryFileInfo
    """

    return (
        await asyncio_detailed(
            memory_id=memory_id,
            path=path,
            client=client,
            body=body,
        )
    ).parsed
