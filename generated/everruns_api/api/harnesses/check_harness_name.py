from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_name_response import CheckNameResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    exclude_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    json_exclude_id: None | str | Unset
    if isinstance(exclude_id, Unset):
        json_exclude_id = UNSET
    else:
        json_exclude_id = exclude_id
    params["exclude_id"] = json_exclude_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/harnesses/check-name",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckNameResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckNameResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CheckNameResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    exclude_id: None | str | Unset = UNSET,
) -> Response[CheckNameResponse | ErrorResponse]:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckNameResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        exclude_id=exclude_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    exclude_id: None | str | Unset = UNSET,
) -> CheckNameResponse | ErrorResponse | None:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckNameResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        exclude_id=exclude_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    exclude_id: None | str | Unset = UNSET,
) -> Response[CheckNameResponse | ErrorResponse]:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckNameResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        exclude_id=exclude_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    exclude_id: None | str | Unset = UNSET,
) -> CheckNameResponse | ErrorResponse | None:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckNameResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            exclude_id=exclude_id,
        )
    ).parsed
