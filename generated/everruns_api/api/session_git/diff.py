from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.git_diff import GitDiff
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    oid: str,
    base: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oid"] = oid

    params["base"] = base

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}/git/diff".format(
            session_id=quote_segment(str(session_id)),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GitDiff | None:
    if response.status_code == 200:
        response_200 = GitDiff.from_dict(response.json())

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
) -> Response[Any | GitDiff]:
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
    oid: str,
    base: str | Unset = UNSET,
) -> Response[Any | GitDiff]:
    """
    Args:
        session_id (str):
        oid (str):
        base (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GitDiff]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        oid=oid,
        base=base,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    base: str | Unset = UNSET,
) -> Any | GitDiff | None:
    """
    Args:
        session_id (str):
        oid (str):
        base (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GitDiff
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        oid=oid,
        base=base,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    base: str | Unset = UNSET,
) -> Response[Any | GitDiff]:
    """
    Args:
        session_id (str):
        oid (str):
        base (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GitDiff]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        oid=oid,
        base=base,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    oid: str,
    base: str | Unset = UNSET,
) -> Any | GitDiff | None:
    """
    Args:
        session_id (str):
        oid (str):
        base (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GitDiff
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            oid=oid,
            base=base,
        )
    ).parsed
