from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.harness import Harness
from ...types import Response


def _get_kwargs(
    harness_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/harnesses/{harness_id}".format(
            harness_id=quote_segment(str(harness_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Harness | None:
    if response.status_code == 200:
        response_200 = Harness.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | Harness]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Harness]:
    """
    Args:
        harness_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Harness]
    """

    kwargs = _get_kwargs(
        harness_id=harness_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Harness | None:
    """
    Args:
        harness_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Harness
    """

    return sync_detailed(
        harness_id=harness_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Harness]:
    """
    Args:
        harness_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Harness]
    """

    kwargs = _get_kwargs(
        harness_id=harness_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Harness | None:
    """
    Args:
        harness_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Harness
    """

    return (
        await asyncio_detailed(
            harness_id=harness_id,
            client=client,
        )
    ).parsed
