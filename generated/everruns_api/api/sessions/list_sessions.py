from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.paginated_response_session import PaginatedResponseSession
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    mine: bool | None | Unset = UNSET,
    created_after: None | str | Unset = UNSET,
    created_before: None | str | Unset = UNSET,
    order: None | str | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_mine: bool | None | Unset
    if isinstance(mine, Unset):
        json_mine = UNSET
    else:
        json_mine = mine
    params["mine"] = json_mine

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    json_created_before: None | str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    else:
        json_created_before = created_before
    params["created_before"] = json_created_before

    json_order: None | str | Unset
    if isinstance(order, Unset):
        json_order = UNSET
    else:
        json_order = order
    params["order"] = json_order

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
        "url": "/v1/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PaginatedResponseSession | None:
    if response.status_code == 200:
        response_200 = PaginatedResponseSession.from_dict(response.json())

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
) -> Response[Any | PaginatedResponseSession]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    mine: bool | None | Unset = UNSET,
    created_after: None | str | Unset = UNSET,
    created_before: None | str | Unset = UNSET,
    order: None | str | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Response[Any | PaginatedResponseSession]:
    """
    Args:
        agent_id (None | str | Unset):
        search (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        mine (bool | None | Unset):
        created_after (None | str | Unset):
        created_before (None | str | Unset):
        order (None | str | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedResponseSession]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        search=search,
        source=source,
        status=status,
        mine=mine,
        created_after=created_after,
        created_before=created_before,
        order=order,
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
    agent_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    mine: bool | None | Unset = UNSET,
    created_after: None | str | Unset = UNSET,
    created_before: None | str | Unset = UNSET,
    order: None | str | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Any | PaginatedResponseSession | None:
    """
    Args:
        agent_id (None | str | Unset):
        search (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        mine (bool | None | Unset):
        created_after (None | str | Unset):
        created_before (None | str | Unset):
        order (None | str | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedResponseSession
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        search=search,
        source=source,
        status=status,
        mine=mine,
        created_after=created_after,
        created_before=created_before,
        order=order,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    mine: bool | None | Unset = UNSET,
    created_after: None | str | Unset = UNSET,
    created_before: None | str | Unset = UNSET,
    order: None | str | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Response[Any | PaginatedResponseSession]:
    """
    Args:
        agent_id (None | str | Unset):
        search (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        mine (bool | None | Unset):
        created_after (None | str | Unset):
        created_before (None | str | Unset):
        order (None | str | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PaginatedResponseSession]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        search=search,
        source=source,
        status=status,
        mine=mine,
        created_after=created_after,
        created_before=created_before,
        order=order,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    mine: bool | None | Unset = UNSET,
    created_after: None | str | Unset = UNSET,
    created_before: None | str | Unset = UNSET,
    order: None | str | Unset = UNSET,
    offset: int | None | Unset = 0,
    limit: int | None | Unset = 20,
) -> Any | PaginatedResponseSession | None:
    """
    Args:
        agent_id (None | str | Unset):
        search (None | str | Unset):
        source (None | str | Unset):
        status (None | str | Unset):
        mine (bool | None | Unset):
        created_after (None | str | Unset):
        created_before (None | str | Unset):
        order (None | str | Unset):
        offset (int | None | Unset):  Default: 0.
        limit (int | None | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PaginatedResponseSession
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            search=search,
            source=source,
            status=status,
            mine=mine,
            created_after=created_after,
            created_before=created_before,
            order=order,
            offset=offset,
            limit=limit,
        )
    ).parsed
