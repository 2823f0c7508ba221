from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    dlq_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/durable/dlq/{dlq_id}/retry".format(
            dlq_id=quote_segment(str(dlq_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UUID | None:
    if response.status_code == 200:
        response_200 = UUID(response.text)

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UUID]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dlq_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | UUID]:
    """
    Args:
        dlq_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UUID]
    """

    kwargs = _get_kwargs(
        dlq_id=dlq_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dlq_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | UUID | None:
    """
    Args:
        dlq_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UUID
    """

    return sync_detailed(
        dlq_id=dlq_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    dlq_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | UUID]:
    """
    Args:
        dlq_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UUID]
    """

    kwargs = _get_kwargs(
        dlq_id=dlq_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dlq_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | UUID | None:
    """
    Args:
        dlq_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UUID
    """

    return (
        await asyncio_detailed(
            dlq_id=dlq_id,
            client=client,
        )
    ).parsed
