import datetime
from http import HTTPStatus
from typing import Any, cast
from ..._paths import quote_segment

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_event import ListResponseEvent
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    *,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    before_sequence: int | None | Unset = UNSET,
    after_sequence: int | None | Unset = UNSET,
    around: None | str | Unset = UNSET,
    window: int | None | Unset = UNSET,
    from_ts: datetime.datetime | None | Unset = UNSET,
    to_ts: datetime.datetime | None | Unset = UNSET,
    turn_id: None | str | Unset = UNSET,
    exec_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tool_name: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    order_desc: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since_id: None | str | Unset
    if isinstance(since_id, Unset):
        json_since_id = UNSET
    else:
        json_since_id = since_id
    params["since_id"] = json_since_id

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = types

    params["types"] = json_types

    json_exclude: list[str] | Unset = UNSET
    if not isinstance(exclude, Unset):
        json_exclude = exclude

    params["exclude"] = json_exclude

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_before_sequence: int | None | Unset
    if isinstance(before_sequence, Unset):
        json_before_sequence = UNSET
    else:
        json_before_sequence = before_sequence
    params["before_sequence"] = json_before_sequence

    json_after_sequence: int | None | Unset
    if isinstance(after_sequence, Unset):
        json_after_sequence = UNSET
    else:
        json_after_sequence = after_sequence
    params["after_sequence"] = json_after_sequence

    json_around: None | str | Unset
    if isinstance(around, Unset):
        json_around = UNSET
    else:
        json_around = around
    params["around"] = json_around

    json_window: int | None | Unset
    if isinstance(window, Unset):
        json_window = UNSET
    else:
        json_window = window
    params["window"] = json_window

    json_from_ts: None | str | Unset
    if isinstance(from_ts, Unset):
        json_from_ts = UNSET
    elif isinstance(from_ts, datetime.datetime):
        json_from_ts = from_ts.isoformat()
    else:
        json_from_ts = from_ts
    params["from_ts"] = json_from_ts

    json_to_ts: None | str | Unset
    if isinstance(to_ts, Unset):
        json_to_ts = UNSET
    elif isinstance(to_ts, datetime.datetime):
        json_to_ts = to_ts.isoformat()
    else:
        json_to_ts = to_ts
    params["to_ts"] = json_to_ts

    json_turn_id: None | str | Unset
    if isinstance(turn_id, Unset):
        json_turn_id = UNSET
    else:
        json_turn_id = turn_id
    params["turn_id"] = json_turn_id

    json_exec_id: None | str | Unset
    if isinstance(exec_id, Unset):
        json_exec_id = UNSET
    else:
        json_exec_id = exec_id
    params["exec_id"] = json_exec_id

    json_trace_id: None | str | Unset
    if isinstance(trace_id, Unset):
        json_trace_id = UNSET
    else:
        json_trace_id = trace_id
    params["trace_id"] = json_trace_id

    json_tags: list[str] | Unset = UNSET
    if not isinstance(tags, Unset):
        json_tags = tags

    params["tags"] = json_tags

    json_tool_name: None | str | Unset
    if isinstance(tool_name, Unset):
        json_tool_name = UNSET
    else:
        json_tool_name = tool_name
    params["tool_name"] = json_tool_name

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["order_desc"] = order_desc

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/sessions/{session_id}/events".format(
            session_id=quote_segment(str(session_id)),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ListResponseEvent | None:
    if response.status_code == 200:
        response_200 = ListResponseEvent.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ListResponseEvent]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    before_sequence: int | None | Unset = UNSET,
    after_sequence: int | None | Unset = UNSET,
    around: None | str | Unset = UNSET,
    window: int | None | Unset = UNSET,
    from_ts: datetime.datetime | None | Unset = UNSET,
    to_ts: datetime.datetime | None | Unset = UNSET,
    turn_id: None | str | Unset = UNSET,
    exec_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tool_name: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    order_desc: bool | Unset = UNSET,
) -> Response[Any | ListResponseEvent]:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (int | None | Unset):
        before_sequence (int | None | Unset):
        after_sequence (int | None | Unset):
        around (None | str | Unset):
        window (int | None | Unset):
        from_ts (datetime.datetime | None | Unset):
        to_ts (datetime.datetime | None | Unset):
        turn_id (None | str | Unset):
        exec_id (None | str | Unset):
        trace_id (None | str | Unset):
        tags (list[str] | Unset):
        tool_name (None | str | Unset):
        q (None | str | Unset):
        order_desc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListResponseEvent]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        since_id=since_id,
        types=types,
        exclude=exclude,
        limit=limit,
        before_sequence=before_sequence,
        after_sequence=after_sequence,
        around=around,
        window=window,
        from_ts=from_ts,
        to_ts=to_ts,
        turn_id=turn_id,
        exec_id=exec_id,
        trace_id=trace_id,
        tags=tags,
        tool_name=tool_name,
        q=q,
        order_desc=order_desc,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    before_sequence: int | None | Unset = UNSET,
    after_sequence: int | None | Unset = UNSET,
    around: None | str | Unset = UNSET,
    window: int | None | Unset = UNSET,
    from_ts: datetime.datetime | None | Unset = UNSET,
    to_ts: datetime.datetime | None | Unset = UNSET,
    turn_id: None | str | Unset = UNSET,
    exec_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tool_name: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    order_desc: bool | Unset = UNSET,
) -> Any | ListResponseEvent | None:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (int | None | Unset):
        before_sequence (int | None | Unset):
        after_sequence (int | None | Unset):
        around (None | str | Unset):
        window (int | None | Unset):
        from_ts (datetime.datetime | None | Unset):
        to_ts (datetime.datetime | None | Unset):
        turn_id (None | str | Unset):
        exec_id (None | str | Unset):
        trace_id (None | str | Unset):
        tags (list[str] | Unset):
        tool_name (None | str | Unset):
        q (None | str | Unset):
        order_desc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListResponseEvent
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        since_id=since_id,
        types=types,
        exclude=exclude,
        limit=limit,
        before_sequence=before_sequence,
        after_sequence=after_sequence,
        around=around,
        window=window,
        from_ts=from_ts,
        to_ts=to_ts,
        turn_id=turn_id,
        exec_id=exec_id,
        trace_id=trace_id,
        tags=tags,
        tool_name=tool_name,
        q=q,
        order_desc=order_desc,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    before_sequence: int | None | Unset = UNSET,
    after_sequence: int | None | Unset = UNSET,
    around: None | str | Unset = UNSET,
    window: int | None | Unset = UNSET,
    from_ts: datetime.datetime | None | Unset = UNSET,
    to_ts: datetime.datetime | None | Unset = UNSET,
    turn_id: None | str | Unset = UNSET,
    exec_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tool_name: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    order_desc: bool | Unset = UNSET,
) -> Response[Any | ListResponseEvent]:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (int | None | Unset):
        before_sequence (int | None | Unset):
        after_sequence (int | None | Unset):
        around (None | str | Unset):
        window (int | None | Unset):
        from_ts (datetime.datetime | None | Unset):
        to_ts (datetime.datetime | None | Unset):
        turn_id (None | str | Unset):
        exec_id (None | str | Unset):
        trace_id (None | str | Unset):
        tags (list[str] | Unset):
        tool_name (None | str | Unset):
        q (None | str | Unset):
        order_desc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ListResponseEvent]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        since_id=since_id,
        types=types,
        exclude=exclude,
        limit=limit,
        before_sequence=before_sequence,
        after_sequence=after_sequence,
        around=around,
        window=window,
        from_ts=from_ts,
        to_ts=to_ts,
        turn_id=turn_id,
        exec_id=exec_id,
        trace_id=trace_id,
        tags=tags,
        tool_name=tool_name,
        q=q,
        order_desc=order_desc,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    since_id: None | str | Unset = UNSET,
    types: list[str] | Unset = UNSET,
    exclude: list[str] | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    before_sequence: int | None | Unset = UNSET,
    after_sequence: int | None | Unset = UNSET,
    around: None | str | Unset = UNSET,
    window: int | None | Unset = UNSET,
    from_ts: datetime.datetime | None | Unset = UNSET,
    to_ts: datetime.datetime | None | Unset = UNSET,
    turn_id: None | str | Unset = UNSET,
    exec_id: None | str | Unset = UNSET,
    trace_id: None | str | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    tool_name: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    order_desc: bool | Unset = UNSET,
) -> Any | ListResponseEvent | None:
    """
    Args:
        session_id (str):
        since_id (None | str | Unset):
        types (list[str] | Unset):
        exclude (list[str] | Unset):
        limit (int | None | Unset):
        before_sequence (int | None | Unset):
        after_sequence (int | None | Unset):
        around (None | str | Unset):
        window (int | None | Unset):
        from_ts (datetime.datetime | None | Unset):
        to_ts (datetime.datetime | None | Unset):
        turn_id (None | str | Unset):
        exec_id (None | str | Unset):
        trace_id (None | str | Unset):
        tags (list[str] | Unset):
        tool_name (None | str | Unset):
        q (None | str | Unset):
        order_desc (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ListResponseEvent
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            since_id=since_id,
            types=types,
            exclude=exclude,
            limit=limit,
            before_sequence=before_sequence,
            after_sequence=after_sequence,
            around=around,
            window=window,
            from_ts=from_ts,
            to_ts=to_ts,
            turn_id=turn_id,
            exec_id=exec_id,
            trace_id=trace_id,
            tags=tags,
            tool_name=tool_name,
            q=q,
            order_desc=order_desc,
        )
    ).parsed
