from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_account import PaymentAccount
from ...types import Response


def _get_kwargs(
    payment_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payments/accounts/{payment_account_id}".format(
            payment_account_id=quote_segment(str(payment_account_id)),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentAccount | None:
    if response.status_code == 200:
        response_200 = PaymentAccount.from_dict(response.json())

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
) -> Response[ErrorResponse | PaymentAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PaymentAccount]:
    """
    Args:
        payment_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentAccount]
    """

    kwargs = _get_kwargs(
        payment_account_id=payment_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PaymentAccount | None:
    """
    Args:
        payment_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentAccount
    """

    return sync_detailed(
        payment_account_id=payment_account_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    payment_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | PaymentAccount]:
    """
    Args:
        payment_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentAccount]
    """

    kwargs = _get_kwargs(
        payment_account_id=payment_account_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_account_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | PaymentAccount | None:
    """
    Args:
        payment_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentAccount
    """

    return (
        await asyncio_detailed(
            payment_account_id=payment_account_id,
            client=client,
        )
    ).parsed
