from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_facets import SessionFacets
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mine: bool | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params["search"] = search

    params["source"] = source

    params["status"] = status

    params["mine"] = mine

    params["created_after"] = created_after

    params["created_before"] = created_before

    params["order"] = order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/facets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SessionFacets | None:
    if response.status_code == 200:
        response_200 = SessionFacets.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SessionFacets]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mine: bool | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[Any | SessionFacets]:
    """
    Args:
        agent_id (str | Unset):
        search (str | Unset):
        source (str | Unset):
        status (str | Unset):
        mine (bool | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionFacets]
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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mine: bool | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Any | SessionFacets | None:
    """
    Args:
        agent_id (str | Unset):
        search (str | Unset):
        source (str | Unset):
        status (str | Unset):
        mine (bool | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionFacets
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mine: bool | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Response[Any | SessionFacets]:
    """
    Args:
        agent_id (str | Unset):
        search (str | Unset):
        source (str | Unset):
        status (str | Unset):
        mine (bool | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SessionFacets]
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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    agent_id: str | Unset = UNSET,
    search: str | Unset = UNSET,
    source: str | Unset = UNSET,
    status: str | Unset = UNSET,
    mine: bool | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    order: str | Unset = UNSET,
) -> Any | SessionFacets | None:
    """
    Args:
        agent_id (str | Unset):
        search (str | Unset):
        source (str | Unset):
        status (str | Unset):
        mine (bool | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        order (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SessionFacets
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
        )
    ).parsed
