from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_account import PaymentAccount
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    owner_type: None | str | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_owner_type: None | str | Unset
    if isinstance(owner_type, Unset):
        json_owner_type = UNSET
    else:
        json_owner_type = owner_type
    params["owner_type"] = json_owner_type

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/payments/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PaymentAccount] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PaymentAccount.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[PaymentAccount]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner_type: None | str | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
) -> Response[list[PaymentAccount]]:
    """
    Args:
        owner_type (None | str | Unset):
        owner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PaymentAccount]]
    """

    kwargs = _get_kwargs(
        owner_type=owner_type,
        owner_id=owner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    owner_type: None | str | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
) -> list[PaymentAccount] | None:
    """
    Args:
        owner_type (None | str | Unset):
        owner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PaymentAccount]
    """

    return sync_detailed(
        client=client,
        owner_type=owner_type,
        owner_id=owner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    owner_type: None | str | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
) -> Response[list[PaymentAccount]]:
    """
    Args:
        owner_type (None | str | Unset):
        owner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[PaymentAccount]]
    """

    kwargs = _get_kwargs(
        owner_type=owner_type,
        owner_id=owner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    owner_type: None | str | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
) -> list[PaymentAccount] | None:
    """
    Args:
        owner_type (None | str | Unset):
        owner_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PaymentAccount]
    """

    return (
        await asyncio_detailed(
            client=client,
            owner_type=owner_type,
            owner_id=owner_id,
        )
    ).parsed
