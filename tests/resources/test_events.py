"""client.events.list against a recorded exchange, then on a real local server: one
request with exactly the parameters given, the API's own backward paging, and checks made
before sending."""

from __future__ import annotations

import datetime

import pytest

from everruns import Event, Everruns
from everruns.testing import LocalServer

from .conftest import Refused

HEX = "0123456789abcdef" * 2
EVENTS_PATH = "/events"


class TestRecorded:
    def test_list_gives_the_sessions_events_oldest_first(self, recorded_client: Everruns) -> None:
        session_id = recorded_client.sessions.create(harness_name="generic", title="events").id
        message = recorded_client.messages.create(session_id, "Hello")
        (first, *_) = recorded_client.events.list(session_id)
        assert (first.type, first.session_id) == ("input.message", session_id)
        assert first.data["message"]["id"] == message.id


def session_with_turns(client: Everruns, server: LocalServer, *prompts: str) -> tuple[str, list[Event]]:
    """A session in which each prompt ran a whole turn; its events, oldest first."""
    session_id = client.sessions.create(harness_name="generic", title="events").id
    for prompt in prompts:
        client.messages.send_and_wait(session_id, prompt, timeout=10)
    everything = list(client.events.list(session_id))
    server.clear_requests()
    return session_id, everything


def list_requests(server: LocalServer) -> list[dict[str, list[str]]]:
    return [dict(request.query) for request in server.requests if request.path.endswith(EVENTS_PATH)]


def test_without_limit_every_event_comes_in_one_page_oldest_first(client: Everruns, server: LocalServer) -> None:
    session_id, _ = session_with_turns(client, server, "one two", "three")
    page = client.events.list(session_id)
    assert all(isinstance(event, Event) for event in page.data)
    sequences = [event.sequence for event in page.data]
    assert sequences == list(range(1, len(sequences) + 1))
    assert [event.type for event in page.data].count("turn.completed") == 2
    assert not page.has_next_page()
    assert page.next_page() is None
    assert list_requests(server) == [{}], "no parameter that was not given"


def test_with_limit_pages_walk_back_from_the_newest_until_an_empty_page(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "a b c d", "e f g")
    first = client.events.list(session_id, limit=5)
    assert [event.id for event in first.data] == [event.id for event in everything[-5:]], "newest 5, oldest first"
    assert first.total == len(everything)
    pages = list(first.iter_pages())
    assert pages[-1].data == []
    walked = [event.id for page in pages for event in page.data]
    expected = [event.id for start in range(len(everything), 0, -5) for event in everything[max(start - 5, 0) : start]]
    assert walked == expected
    cursors = [query.get("before_sequence") for query in list_requests(server)]
    oldest_on_each_page = [[str(min(event.sequence for event in page.data))] for page in pages[:-1]]
    assert cursors == [None, *oldest_on_each_page]
    assert all(query["limit"] == ["5"] for query in list_requests(server))


def test_iterating_a_limited_listing_walks_back_newest_first_without_jumps(
    client: Everruns, server: LocalServer
) -> None:
    session_id, everything = session_with_turns(client, server, "a b c d", "e f g")
    walked = [event.sequence for event in client.events.list(session_id, limit=4)]
    assert walked == [event.sequence for event in reversed(everything)]


def test_iterating_an_unlimited_listing_is_oldest_first(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "hello")
    assert [event.id for event in client.events.list(session_id)] == [event.id for event in everything]


def test_order_desc_gives_newest_first(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "hello")
    page = client.events.list(session_id, order_desc=True, limit=3)
    assert [event.id for event in page.data] == [event.id for event in reversed(everything[-3:])]
    assert page.next_page() is not None


def test_every_filter_goes_on_the_wire_exactly_as_given(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "hello")
    turn_id = everything[-1].turn_id
    assert turn_id is not None
    since = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    page = client.events.list(
        session_id,
        since_id=everything[0].id,
        types=["turn.started", "turn.completed"],
        exclude=["turn.started"],
        limit=10,
        before_sequence=1000,
        after_sequence=1,
        from_ts=since,
        to_ts=since.replace(year=2100),
        turn_id=turn_id,
        exec_id="exec-1",
        trace_id="trace-1",
        tags=["a", "b c"],
        tool_name="search",
        q="hello",
        order_desc=False,
    )
    assert page.data == []  # no event carries those tags, exec or trace ids
    (query,) = list_requests(server)
    assert query == {
        "since_id": [everything[0].id],
        "types": ["turn.started", "turn.completed"],
        "exclude": ["turn.started"],
        "limit": ["10"],
        "before_sequence": ["1000"],
        "after_sequence": ["1"],
        "from_ts": [since.isoformat()],
        "to_ts": [since.replace(year=2100).isoformat()],
        "turn_id": [turn_id],
        "exec_id": ["exec-1"],
        "trace_id": ["trace-1"],
        "tags": ["a", "b c"],
        "tool_name": ["search"],
        "q": ["hello"],
        "order_desc": ["false"],
    }


def test_filters_select_on_the_server(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "one", "two")
    ends = client.events.list(session_id, types=["turn.completed"])
    assert [event.type for event in ends.data] == ["turn.completed", "turn.completed"]
    second_turn = client.events.list(session_id, turn_id=everything[-1].turn_id)
    assert {event.turn_id for event in second_turn.data} == {everything[-1].turn_id}


def test_around_takes_a_window_of_events_and_is_not_paged(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "a b c d e")
    centre = everything[5]
    page = client.events.list(session_id, around=centre.id, window=2, limit=100)
    assert [event.sequence for event in page.data] == [4, 5, 6, 7, 8]
    assert not page.has_next_page()


def test_list_and_stream_hand_out_the_same_events(client: Everruns, server: LocalServer) -> None:
    session_id, everything = session_with_turns(client, server, "same")
    with client.events.stream(session_id) as stream:
        streamed = [next(stream) for _ in everything]
    assert streamed == everything


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"session_id": "sess_1"}, "session_id"),
        ({"since_id": "evt_1"}, "since_id"),
        ({"around": f"event_{HEX}", "since_id": f"event_{HEX}"}, "since_id"),
        ({"around": f"event_{HEX}", "after_sequence": 3}, "after_sequence"),
        ({"around": f"event_{HEX}", "before_sequence": 3}, "before_sequence"),
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"window": 501}, "window"),
        ({"turn_id": "t1"}, "turn_id"),
        ({"types": "turn.completed"}, "types"),
        ({"tags": [""]}, "tags"),
    ],
)
def test_invalid_arguments_are_refused_before_sending(refused: Refused, arguments: dict, field: str) -> None:
    options = dict(arguments)  # the parameter is shared by every run of the test: leave it as it was
    session_id = options.pop("session_id", f"session_{HEX}")
    error = refused(lambda client: client.events.list(session_id, **options))
    assert error.field == field
