from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.declarative_capability import DeclarativeCapability
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    capability_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/capabilities/declarative/{capability_id}".format(
            capability_id=quote_segment(str(capability_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeclarativeCapability | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeclarativeCapability.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeclarativeCapability | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    capability_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeclarativeCapability | ErrorResponse]:
    """
    Args:
        capability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarativeCapability | ErrorResponse]
    """

    kwargs = _get_kwargs(
        capability_id=capability_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    capability_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeclarativeCapability | ErrorResponse | None:
    """
    Args:
        capability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarativeCapability | ErrorResponse
    """

    return sync_detailed(
        capability_id=capability_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    capability_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeclarativeCapability | ErrorResponse]:
    """
    Args:
        capability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarativeCapability | ErrorResponse]
    """

    kwargs = _get_kwargs(
        capability_id=capability_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    capability_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeclarativeCapability | ErrorResponse | None:
    """
    Args:
        capability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarativeCapability | ErrorResponse
    """

    return (
        await asyncio_detailed(
            capability_id=capability_id,
            client=client,
        )
    ).parsed
