from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.regenerate_api_endpoint_api_key_output import (
    RegenerateApiEndpointApiKeyOutput,
)
from ...types import Response


def _get_kwargs(
    app_id: str,
    channel_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/apps/{app_id}/api-endpoint-channels/{channel_id}/regenerate-key".format(
            app_id=quote_segment(str(app_id)),
            channel_id=quote_segment(str(channel_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | RegenerateApiEndpointApiKeyOutput | None:
    if response.status_code == 200:
        response_200 = RegenerateApiEndpointApiKeyOutput.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RegenerateApiEndpointApiKeyOutput]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RegenerateApiEndpointApiKeyOutput]:
    """
    Args:
        app_id (str):
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RegenerateApiEndpointApiKeyOutput]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        channel_id=channel_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RegenerateApiEndpointApiKeyOutput | None:
    """
    Args:
        app_id (str):
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RegenerateApiEndpointApiKeyOutput
    """

    return sync_detailed(
        app_id=app_id,
        channel_id=channel_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | RegenerateApiEndpointApiKeyOutput]:
    """
    Args:
        app_id (str):
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RegenerateApiEndpointApiKeyOutput]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        channel_id=channel_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    channel_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | RegenerateApiEndpointApiKeyOutput | None:
    """
    Args:
        app_id (str):
        channel_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RegenerateApiEndpointApiKeyOutput
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            channel_id=channel_id,
            client=client,
        )
    ).parsed
