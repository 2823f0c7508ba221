from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_agent_name_response import CheckAgentNameResponse
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
        "url": "/v1/agents/check-name",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CheckAgentNameResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CheckAgentNameResponse.from_dict(response.json())

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
) -> Response[CheckAgentNameResponse | ErrorResponse]:
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
) -> Response[CheckAgentNameResponse | ErrorResponse]:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckAgentNameResponse | ErrorResponse]
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
) -> CheckAgentNameResponse | ErrorResponse | None:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckAgentNameResponse | ErrorResponse
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
) -> Response[CheckAgentNameResponse | ErrorResponse]:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckAgentNameResponse | ErrorResponse]
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
) -> CheckAgentNameResponse | ErrorResponse | None:
    """
    Args:
        name (str):
        exclude_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckAgentNameResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            exclude_id=exclude_id,
        )
    ).parsed
