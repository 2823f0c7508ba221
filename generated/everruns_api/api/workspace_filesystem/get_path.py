from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_path, quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_info import FileInfo
from ...models.list_response_file_info import ListResponseFileInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    workspace_id: str,
    path: str,
    *,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workspaces/{workspace_id}/fs/{path}".format(
            workspace_id=quote_segment(str(workspace_id)),
            path=quote_path(str(path)),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | FileInfo | ListResponseFileInfo | None:
    if response.status_code == 200:

        def _parse_response_200(data: Any) -> FileInfo | ListResponseFileInfo:
            if FileInfo._accepts(data):
                return FileInfo.from_dict(data)
            if ListResponseFileInfo._accepts(data):
                return ListResponseFileInfo.from_dict(data)
            if FileInfo._accepts(data, strictly=False):
                return FileInfo.from_dict(data)
            if ListResponseFileInfo._accepts(data, strictly=False):
                return ListResponseFileInfo.from_dict(data)
            return cast(FileInfo | ListResponseFileInfo, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | FileInfo | ListResponseFileInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Response[Any | FileInfo | ListResponseFileInfo]:
    """
    Args:
        workspace_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileInfo | ListResponseFileInfo]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        path=path,
        recursive=recursive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Any | FileInfo | ListResponseFileInfo | None:
    """
    Args:
        workspace_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileInfo | ListResponseFileInfo
    """

    return sync_detailed(
        workspace_id=workspace_id,
        path=path,
        client=client,
        recursive=recursive,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Response[Any | FileInfo | ListResponseFileInfo]:
    """
    Args:
        workspace_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | FileInfo | ListResponseFileInfo]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        path=path,
        recursive=recursive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    recursive: bool | Unset = UNSET,
) -> Any | FileInfo | ListResponseFileInfo | None:
    """
    Args:
        workspace_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | FileInfo | ListResponseFileInfo
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            path=path,
            client=client,
            recursive=recursive,
        )
    ).parsed
