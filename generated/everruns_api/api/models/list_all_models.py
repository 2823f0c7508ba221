from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_model import ListResponseModel
from ...models.model_source import ModelSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    source: ModelSource | None | Unset = UNSET,
    include_stale: bool | Unset = UNSET,
    favorites_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, ModelSource):
        json_source = source.value
    else:
        json_source = source
    params["source"] = json_source

    params["include_stale"] = include_stale

    params["favorites_only"] = favorites_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseModel | None:
    if response.status_code == 200:
        response_200 = ListResponseModel.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseModel]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: ModelSource | None | Unset = UNSET,
    include_stale: bool | Unset = UNSET,
    favorites_only: bool | Unset = UNSET,
) -> Response[ListResponseModel]:
    """
    Args:
        source (ModelSource | None | Unset):
        include_stale (bool | Unset):
        favorites_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseModel]
    """

    kwargs = _get_kwargs(
        source=source,
        include_stale=include_stale,
        favorites_only=favorites_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    source: ModelSource | None | Unset = UNSET,
    include_stale: bool | Unset = UNSET,
    favorites_only: bool | Unset = UNSET,
) -> ListResponseModel | None:
    """
    Args:
        source (ModelSource | None | Unset):
        include_stale (bool | Unset):
        favorites_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseModel
    """

    return sync_detailed(
        client=client,
        source=source,
        include_stale=include_stale,
        favorites_only=favorites_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    source: ModelSource | None | Unset = UNSET,
    include_stale: bool | Unset = UNSET,
    favorites_only: bool | Unset = UNSET,
) -> Response[ListResponseModel]:
    """
    Args:
        source (ModelSource | None | Unset):
        include_stale (bool | Unset):
        favorites_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseModel]
    """

    kwargs = _get_kwargs(
        source=source,
        include_stale=include_stale,
        favorites_only=favorites_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    source: ModelSource | None | Unset = UNSET,
    include_stale: bool | Unset = UNSET,
    favorites_only: bool | Unset = UNSET,
) -> ListResponseModel | None:
    """
    Args:
        source (ModelSource | None | Unset):
        include_stale (bool | Unset):
        favorites_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            source=source,
            include_stale=include_stale,
            favorites_only=favorites_only,
        )
    ).parsed
