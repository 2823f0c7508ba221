from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_knowledge_entry_request import CreateKnowledgeEntryRequest
from ...models.error_response import ErrorResponse
from ...models.knowledge_entry_response import KnowledgeEntryResponse
from ...types import Response


def _get_kwargs(
    kb_id: str,
    *,
    body: CreateKnowledgeEntryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/knowledge-bases/{kb_id}/entries".format(
            kb_id=quote_segment(str(kb_id)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KnowledgeEntryResponse | None:
    if response.status_code == 201:
        response_201 = KnowledgeEntryResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | KnowledgeEntryResponse]:
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
    body: CreateKnowledgeEntryRequest,
) -> Response[ErrorResponse | KnowledgeEntryResponse]:
    """
    Args:
        kb_id (str):
        body (CreateKnowledgeEntryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeEntryResponse]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeEntryRequest,
) -> ErrorResponse | KnowledgeEntryResponse | None:
    """
    Args:
        kb_id (str):
        body (CreateKnowledgeEntryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeEntryResponse
    """

    return sync_detailed(
        kb_id=kb_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeEntryRequest,
) -> Response[ErrorResponse | KnowledgeEntryResponse]:
    """
    Args:
        kb_id (str):
        body (CreateKnowledgeEntryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KnowledgeEntryResponse]
    """

    kwargs = _get_kwargs(
        kb_id=kb_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kb_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateKnowledgeEntryRequest,
) -> ErrorResponse | KnowledgeEntryResponse | None:
    """
    Args:
        kb_id (str):
        body (CreateKnowledgeEntryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KnowledgeEntryResponse
    """

    return (
        await asyncio_detailed(
            kb_id=kb_id,
            client=client,
            body=body,
        )
    ).parsed
