from http import HTTPStatus
from typing import Any
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.voice_end_request import VoiceEndRequest
from ...models.voice_end_response import VoiceEndResponse
from ...types import Response


def _get_kwargs(
    session_id: str,
    voice_connection_id: str,
    *,
    body: VoiceEndRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/sessions/{session_id}/voice/{voice_connection_id}/end".format(
            session_id=quote_segment(str(session_id)),
            voice_connection_id=quote_segment(str(voice_connection_id)),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceEndResponse | None:
    if response.status_code == 200:
        response_200 = VoiceEndResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceEndResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    voice_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceEndRequest,
) -> Response[VoiceEndResponse]:
    """
    Args:
        session_id (str):
        voice_connection_id (str):
        body (VoiceEndRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceEndResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        voice_connection_id=voice_connection_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    voice_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceEndRequest,
) -> VoiceEndResponse | None:
    """
    Args:
        session_id (str):
        voice_connection_id (str):
        body (VoiceEndRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceEndResponse
    """

    return sync_detailed(
        session_id=session_id,
        voice_connection_id=voice_connection_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    voice_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceEndRequest,
) -> Response[VoiceEndResponse]:
    """
    Args:
        session_id (str):
        voice_connection_id (str):
        body (VoiceEndRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceEndResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        voice_connection_id=voice_connection_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    voice_connection_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VoiceEndRequest,
) -> VoiceEndResponse | None:
    """
    Args:
        session_id (str):
        voice_connection_id (str):
        body (VoiceEndRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceEndResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            voice_connection_id=voice_connection_id,
            client=client,
            body=body,
        )
    ).parsed
