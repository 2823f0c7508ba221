from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_task import SessionTask
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    root_session_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["state"] = state

    params["kind"] = kind

    params["created_after"] = created_after

    params["root_session_id"] = root_session_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SessionTask] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SessionTask.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SessionTask]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    root_session_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[SessionTask]]:
    """
    Args:
        state (str | Unset):
        kind (str | Unset):
        created_after (str | Unset):
        root_session_id (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SessionTask]]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        created_after=created_after,
        root_session_id=root_session_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    root_session_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[SessionTask] | None:
    """
    Args:
        state (str | Unset):
        kind (str | Unset):
        created_after (str | Unset):
        root_session_id (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SessionTask]
    """

    return sync_detailed(
        client=client,
        state=state,
        kind=kind,
        created_after=created_after,
        root_session_id=root_session_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    root_session_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[SessionTask]]:
    """
    Args:
        state (str | Unset):
        kind (str | Unset):
        created_after (str | Unset):
        root_session_id (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[SessionTask]]
    """

    kwargs = _get_kwargs(
        state=state,
        kind=kind,
        created_after=created_after,
        root_session_id=root_session_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    root_session_id: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[SessionTask] | None:
    """
    Args:
        state (str | Unset):
        kind (str | Unset):
        created_after (str | Unset):
        root_session_id (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[SessionTask]
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            kind=kind,
            created_after=created_after,
            root_session_id=root_session_id,
            limit=limit,
        )
    ).parsed
