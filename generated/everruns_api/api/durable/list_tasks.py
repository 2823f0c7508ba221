from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tasks_list_response import TasksListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: str | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    workflow_id: UUID | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["status"] = status

    params["activity_type"] = activity_type

    json_workflow_id: str | Unset = UNSET
    if not isinstance(workflow_id, Unset):
        json_workflow_id = str(workflow_id)
    params["workflow_id"] = json_workflow_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/durable/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TasksListResponse | None:
    if response.status_code == 200:
        response_200 = TasksListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TasksListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    workflow_id: UUID | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | TasksListResponse]:
    """
    Args:
        status (str | Unset):
        activity_type (str | Unset):
        workflow_id (UUID | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TasksListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        activity_type=activity_type,
        workflow_id=workflow_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    workflow_id: UUID | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | TasksListResponse | None:
    """
    Args:
        status (str | Unset):
        activity_type (str | Unset):
        workflow_id (UUID | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TasksListResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        activity_type=activity_type,
        workflow_id=workflow_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    workflow_id: UUID | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorResponse | TasksListResponse]:
    """
    Args:
        status (str | Unset):
        activity_type (str | Unset):
        workflow_id (UUID | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TasksListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        activity_type=activity_type,
        workflow_id=workflow_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: str | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    workflow_id: UUID | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorResponse | TasksListResponse | None:
    """
    Args:
        status (str | Unset):
        activity_type (str | Unset):
        workflow_id (UUID | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TasksListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            activity_type=activity_type,
            workflow_id=workflow_id,
            offset=offset,
            limit=limit,
        )
    ).parsed
