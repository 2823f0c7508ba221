from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_response_agent import PaginatedResponseAgent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    search: None | str | Unset = UNSET,
    include_archived: bool | None | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_include_archived: bool | None | Unset
    if isinstance(include_archived, Unset):
        json_include_archived = UNSET
    else:
        json_include_archived = include_archived
    params["include_archived"] = json_include_archived

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/agents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PaginatedResponseAgent | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseAgent.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PaginatedResponseAgent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    include_archived: bool | None | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Response[Any | PaginatedResponseAgent]:
    """
    Args:
        search (None | str | Unset):
        include_archived (bool | None | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedResponseAgent]
    """

    kwargs = _get_kwargs(
        search=search,
        include_archived=include_archived,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    include_archived: bool | None | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Any | PaginatedResponseAgent | None:
    """
    Args:
        search (None | str | Unset):
        include_archived (bool | None | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedResponseAgent
    """

    return sync_detailed(
        client=client,
        search=search,
        include_archived=include_archived,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    include_archived: bool | None | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Response[Any | PaginatedResponseAgent]:
    """
    Args:
        search (None | str | Unset):
        include_archived (bool | None | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedResponseAgent]
    """

    kwargs = _get_kwargs(
        search=search,
        include_archived=include_archived,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    include_archived: bool | None | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Any | PaginatedResponseAgent | None:
    """
    Args:
        search (None | str | Unset):
        include_archived (bool | None | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedResponseAgent
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            include_archived=include_archived,
            offset=offset,
            limit=limit,
        )
    ).parsed
