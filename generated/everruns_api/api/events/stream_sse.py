from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since_id: None | str | Unset
    if isinstance(since_id, Unset):
        json_since_id = UNSET
    else:
        json_since_id = since_id
    params["since_id"] = json_since_id

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}/sse".format(
            session_id=quote_segment(str(session_id)),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Response[Any | str]:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        since_id=since_id,
        types=types,
        exclude=exclude,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Any | str | None:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        since_id=since_id,
        types=types,
        exclude=exclude,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Response[Any | str]:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        since_id=since_id,
        types=types,
        exclude=exclude,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
) -> Any | str | None:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            since_id=since_id,
            types=types,
            exclude=exclude,
        )
    ).parsed
