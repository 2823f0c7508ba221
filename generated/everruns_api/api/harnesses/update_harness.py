from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.harness import Harness
from ...models.update_harness_request import UpdateHarnessRequest
from ...types import Response


def _get_kwargs(
    harness_id: str,
    *,
    body: UpdateHarnessRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/harnesses/{harness_id}".format(
            harness_id=quote_segment(str(harness_id)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Harness | None:
    if response.status_code == 200:
        response_200 = Harness.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | Harness]:
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
    body: UpdateHarnessRequest,
) -> Response[ErrorResponse | Harness]:
    """
    Args:
        harness_id (str):
        body (UpdateHarnessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Harness]
    """

    kwargs = _get_kwargs(
        harness_id=harness_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHarnessRequest,
) -> ErrorResponse | Harness | None:
    """
    Args:
        harness_id (str):
        body (UpdateHarnessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Harness
    """

    return sync_detailed(
        harness_id=harness_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHarnessRequest,
) -> Response[ErrorResponse | Harness]:
    """
    Args:
        harness_id (str):
        body (UpdateHarnessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Harness]
    """

    kwargs = _get_kwargs(
        harness_id=harness_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    harness_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateHarnessRequest,
) -> ErrorResponse | Harness | None:
    """
    Args:
        harness_id (str):
        body (UpdateHarnessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Harness
    """

    return (
        await asyncio_detailed(
            harness_id=harness_id,
            client=client,
            body=body,
        )
    ).parsed
