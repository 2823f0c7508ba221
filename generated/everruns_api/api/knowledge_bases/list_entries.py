from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_response_knowledge_entry_response import (
    ListResponseKnowledgeEntryResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    kb_id: str,
    *,
    search: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/knowledge-bases/{kb_id}/entries".format(
            kb_id=quote_segment(str(kb_id)),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListResponseKnowledgeEntryResponse | None:
    if response.status_code == 200:
        response_200 = ListResponseKnowledgeEntryResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListResponseKnowledgeEntryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ListResponseKnowledgeEntryResponse]:
    """
    Args:
        kb_id (str):
        search (None | str | Unset):
        kind (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListResponseKnowledgeEntryResponse]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        search=search,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
) -> ErrorResponse | ListResponseKnowledgeEntryResponse | None:
    """
    Args:
        kb_id (str):
        search (None | str | Unset):
        kind (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListResponseKnowledgeEntryResponse
    """

    return sync_detailed(
        kb_id=kb_id,
        client=client,
        search=search,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
) -> Response[ErrorResponse | ListResponseKnowledgeEntryResponse]:
    """
    Args:
        kb_id (str):
        search (None | str | Unset):
        kind (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListResponseKnowledgeEntryResponse]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        search=search,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    search: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
) -> ErrorResponse | ListResponseKnowledgeEntryResponse | None:
    """
    Args:
        kb_id (str):
        search (None | str | Unset):
        kind (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListResponseKnowledgeEntryResponse
    """

    return (
        await asyncio_detailed(
            kb_id=kb_id,
            client=client,
            search=search,
            kind=kind,
        )
    ).parsed
