from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_policy import PaymentPolicy
from ...models.update_payment_policy_request import UpdatePaymentPolicyRequest
from ...types import Response


def _get_kwargs(
    payment_policy_id: str,
    *,
    body: UpdatePaymentPolicyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/payments/policies/{payment_policy_id}".format(
            payment_policy_id=quote_segment(str(payment_policy_id)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentPolicy | None:
    if response.status_code == 200:
        response_200 = PaymentPolicy.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PaymentPolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentPolicyRequest,
) -> Response[ErrorResponse | PaymentPolicy]:
    """
    Args:
        payment_policy_id (str):
        body (UpdatePaymentPolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentPolicy]
    """

    kwargs = _get_kwargs(
        payment_policy_id=payment_policy_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentPolicyRequest,
) -> ErrorResponse | PaymentPolicy | None:
    """
    Args:
        payment_policy_id (str):
        body (UpdatePaymentPolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentPolicy
    """

    return sync_detailed(
        payment_policy_id=payment_policy_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    payment_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentPolicyRequest,
) -> Response[ErrorResponse | PaymentPolicy]:
    """
    Args:
        payment_policy_id (str):
        body (UpdatePaymentPolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentPolicy]
    """

    kwargs = _get_kwargs(
        payment_policy_id=payment_policy_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_policy_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePaymentPolicyRequest,
) -> ErrorResponse | PaymentPolicy | None:
    """
    Args:
        payment_policy_id (str):
        body (UpdatePaymentPolicyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentPolicy
    """

    return (
        await asyncio_detailed(
            payment_policy_id=payment_policy_id,
            client=client,
            body=body,
        )
    ).parsed
