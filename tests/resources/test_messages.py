"""client.messages on a real local server: the body of a new message, the messages
list, and send_and_wait following exactly one turn to its end."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sample_images import png

from everruns import Event, Everruns, TurnFailedError, TurnResult, TurnTimeoutError
from everruns._events import turn_failed_error
from everruns.testing import LocalServer
from everruns_api.models import InputContentPartImageFile, InputContentPartText, Message, MessageRole
from everruns_api.models.input_content_part_image_file_type import InputContentPartImageFileType
from everruns_api.models.input_content_part_text_type import InputContentPartTextType

from .conftest import KEY, Refused

HEX = "0123456789abcdef" * 2
MESSAGES_PATH = "/messages"


def new_session(client: Everruns) -> str:
    return client.sessions.create(harness_name="generic", title="messages").id


class TestRecorded:
    def test_create_posts_a_user_message_and_list_gives_it_back(self, recorded_client: Everruns) -> None:
        session_id = new_session(recorded_client)
        message = recorded_client.messages.create(session_id, "Hello there")
        assert (message.role, message.content[0].text) == (MessageRole.USER, "Hello there")
        first = next(iter(recorded_client.messages.list(session_id)))  # the agent's reply may follow it
        assert (first.id, first.role) == (message.id, MessageRole.USER)


def posted_bodies(server: LocalServer) -> list[dict]:
    return [
        request.json()
        for request in server.requests
        if request.method == "POST" and request.path.endswith(MESSAGES_PATH)
    ]


# --- create and list ---------------------------------------------------------------------


def test_create_with_text_posts_one_user_text_part(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    message = client.messages.create(session_id, "Hello!")
    assert isinstance(message, Message)
    assert message.role == MessageRole.USER
    assert posted_bodies(server) == [{"message": {"role": "user", "content": [{"type": "text", "text": "Hello!"}]}}]


def test_create_with_content_parts_and_every_option(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    client.messages.create(
        session_id,
        content=[
            {"type": "text", "text": "What is in this picture?"},
            {"type": "image", "url": "https://example.com/cat.png"},
            InputContentPartImageFile(image_id=f"img_{HEX}", type_=InputContentPartImageFileType.IMAGE_FILE),
            InputContentPartText(text="Thanks", type_=InputContentPartTextType.TEXT),
        ],
        controls={"locale": "fr-FR"},
        metadata={"source": "test"},
        tags=["a", "b"],
        external_actor={"actor_id": "u1", "source": "slack"},
    )
    (body,) = posted_bodies(server)
    assert body == {
        "message": {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is in this picture?"},
                {"type": "image", "url": "https://example.com/cat.png"},
                {"type": "image_file", "image_id": f"img_{HEX}"},
                {"type": "text", "text": "Thanks"},
            ],
        },
        "controls": {"locale": "fr-FR"},
        "metadata": {"source": "test"},
        "tags": ["a", "b"],
        "external_actor": {"actor_id": "u1", "source": "slack"},
    }


@pytest.mark.parametrize(
    ("text", "content", "field"),
    [
        ("", None, "text"),
        ("   \n", None, "text"),
        (None, None, "text"),
        ("hi", [{"type": "text", "text": "hi"}], "content"),
        (None, [], "content"),
        (None, [{"type": "video", "url": "x"}], "content"),
        (None, [{"type": "text", "text": " "}], "content text"),
        (None, "hello", "content"),
    ],
)
def test_create_refuses_a_message_with_nothing_to_say_before_sending(
    refused: Refused, text: str | None, content: object, field: str
) -> None:
    error = refused(lambda client: client.messages.create(f"session_{HEX}", text, content=content))  # type: ignore[arg-type]
    assert error.field == field


def test_create_refuses_a_malformed_session_id(refused: Refused) -> None:
    assert refused(lambda client: client.messages.create("session_x", "hi")).field == "session_id"


def test_list_gives_the_user_and_agent_messages_oldest_first(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_reply("Hi back")
    client.messages.send_and_wait(session_id, "Hi", timeout=10)
    page = client.messages.list(session_id)
    assert [(message.role, message.content[0].text) for message in page.data] == [
        (MessageRole.USER, "Hi"),
        (MessageRole.AGENT, "Hi back"),
    ]
    assert not page.has_next_page()


# --- send_and_wait -------------------------------------------------------------------------


def test_send_and_wait_returns_the_final_agent_message(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_reply("The answer is 42.")
    result = client.messages.send_and_wait(session_id, "What is the answer?", timeout=10)
    assert isinstance(result, TurnResult)
    assert result.text == "The answer is 42."
    assert result.status == "completed"
    assert result.message is not None
    assert result.message["role"] == "agent"
    assert result.turn_id is not None
    assert result.turn_id.startswith("turn_")
    assert [event.type for event in result.events][-1] == "turn.completed"
    assert {event.context["input_message_id"] for event in result.events} == {result.input_message_id}


def test_send_and_wait_raises_turn_failed_error_with_the_servers_error_and_code(
    client: Everruns, server: LocalServer
) -> None:
    session_id = new_session(client)
    server.model.script_failure("the model provider is down", code="llm_unavailable")
    with pytest.raises(TurnFailedError) as raised:
        client.messages.send_and_wait(session_id, "Hello?", timeout=10)
    assert raised.value.error == "the model provider is down"
    assert raised.value.error_code == "llm_unavailable"
    assert raised.value.turn_id is not None


def turn_failed(data: dict, **context: str) -> Event:
    return Event(
        id="event_1",
        type="turn.failed",
        ts="2026-11-23T10:00:00Z",
        session_id=f"session_{HEX}",
        context=context,
        data=data,
    )


@pytest.mark.parametrize(
    "data",
    [{}, {"error": None}, {"error": ""}, {"error": 42}, {"error": {"message": "not a text"}}],
    ids=["no error", "null", "empty", "a number", "an object"],
)
def test_a_failure_without_an_error_text_says_the_turn_failed(data: dict) -> None:
    raised = turn_failed_error(turn_failed({**data, "error_code": "llm_unavailable"}))
    assert (raised.error, raised.error_code) == ("the turn failed", "llm_unavailable")
    assert str(raised) == "turn failed (llm_unavailable): the turn failed"


def test_a_failures_turn_id_is_the_events_else_the_one_in_its_data() -> None:
    assert turn_failed_error(turn_failed({"turn_id": "turn_b"}, turn_id="turn_a")).turn_id == "turn_a"
    assert turn_failed_error(turn_failed({}, turn_id="turn_a")).turn_id == "turn_a"
    assert turn_failed_error(turn_failed({"turn_id": "turn_b"})).turn_id == "turn_b"
    assert turn_failed_error(turn_failed({})).turn_id is None


@pytest.fixture
def slow_server() -> Iterator[LocalServer]:
    """A server whose turns take about a second (20 events at 50 ms)."""
    with LocalServer(turn_delay=0.05) as running:
        yield running


def test_send_and_wait_times_out_and_leaves_the_turn_running(slow_server: LocalServer, make_client) -> None:
    slow_server.model.script_reply(" ".join(f"word{n}" for n in range(16)))
    client = make_client(api_key=KEY, base_url=slow_server.url)
    session_id = new_session(client)
    started = time.monotonic()
    with pytest.raises(TurnTimeoutError) as raised:
        client.messages.send_and_wait(session_id, "Take your time", timeout=0.3)
    assert time.monotonic() - started < 1.0, "the wait ends at the timeout, not at the turn's end"
    assert raised.value.input_message_id is not None
    assert raised.value.timeout == 0.3
    with client.events.stream(session_id) as stream:
        ends = [event.type for event in stream.until_turn_end()][-1]
    assert ends == "turn.completed", "the turn went on to its end on the server"
    assert not any("cancel" in request.path for request in slow_server.requests)


def test_send_and_wait_follows_only_its_own_turn(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    server.model.script_reply("first answer, from the turn queued before")
    server.model.script_reply("second answer")
    earlier = client.messages.create(session_id, "first")
    result = client.messages.send_and_wait(session_id, "second", timeout=10)
    assert result.text == "second answer"
    assert earlier.id != result.input_message_id
    assert {event.context["input_message_id"] for event in result.events} == {result.input_message_id}
    assert {event.turn_id for event in result.events} == {result.turn_id}


def test_send_and_wait_misses_nothing_when_the_turn_ends_before_the_stream_opens(make_client) -> None:
    with LocalServer(turn_delay=0.0) as instant:
        client = make_client(api_key=KEY, base_url=instant.url)
        session_id = new_session(client)
        client.messages.send_and_wait(session_id, "warm up", timeout=10)
        before = client.events.list(session_id, limit=1).data[-1]
        instant.model.script_reply("done already")
        result = client.messages.send_and_wait(session_id, "quick", timeout=10)
        assert result.text == "done already"
        (stream_request,) = [request for request in instant.requests if request.path.endswith("/sse")][-1:]
        assert stream_request.query["since_id"] == [before.id], "the stream starts from before the post"


def test_send_and_wait_refuses_bad_input_before_sending(refused: Refused) -> None:
    assert refused(lambda client: client.messages.send_and_wait(f"session_{HEX}", "")).field == "text"
    refused(lambda client: client.messages.send_and_wait(f"session_{HEX}", "hi", timeout=0))


@pytest.mark.parametrize(
    "timeout", [0, -1.5, float("nan"), True, "10"], ids=["zero", "negative", "nan", "a bool", "a text"]
)
def test_a_wait_is_a_number_of_seconds_above_zero(refused: Refused, timeout: object) -> None:
    error = refused(lambda client: client.messages.send_and_wait(f"session_{HEX}", "hi", timeout=timeout))  # type: ignore[arg-type]
    assert (str(error), error.field) == (
        f"timeout must be a number of seconds above 0 or None, got {timeout!r}",
        "timeout",
    )


def test_send_and_wait_without_a_timeout_waits_for_the_end(client: Everruns, server: LocalServer) -> None:
    server.model.script_reply("No hurry.")
    assert client.messages.send_and_wait(new_session(client), "hi", timeout=None).text == "No hurry."


def test_an_unknown_option_is_a_type_error_not_silently_dropped(client: Everruns, server: LocalServer) -> None:
    with pytest.raises(TypeError, match="contnet"):
        client.messages.create(f"session_{HEX}", "hi", contnet=[])  # type: ignore[call-arg]
    assert server.requests == []


def test_images_are_uploaded_and_attached_in_the_same_call(client: Everruns, server: LocalServer, tmp_path) -> None:
    session_id = new_session(client)
    picture = tmp_path / "chart.png"
    picture.write_bytes(png(3, 3))
    already = client.images.upload(png(1, 1), filename="earlier.png")
    server.clear_requests()
    message = client.messages.create(session_id, "What do these show?", images=[picture, already.id])
    uploads = [entry for entry in server.requests if entry.path == "/api/v1/images"]
    assert len(uploads) == 1, "only the file is uploaded; the id is used as it is"
    assert uploads[0].query["session_id"] == [session_id]
    (body,) = posted_bodies(server)
    parts = body["message"]["content"]
    assert parts[0] == {"type": "text", "text": "What do these show?"}
    assert [part["type"] for part in parts[1:]] == ["image_file", "image_file"]
    assert parts[2]["image_id"] == already.id
    assert parts[1]["image_id"].startswith("img_")
    assert [part.type_ for part in message.content[1:]] == ["image_file", "image_file"]


def test_a_message_can_be_images_only(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    client.messages.create(session_id, images=[png(2, 2)])
    (body,) = posted_bodies(server)
    assert [part["type"] for part in body["message"]["content"]] == ["image_file"]


def test_a_bad_message_uploads_nothing(refused: Refused) -> None:
    refused(lambda client: client.messages.create(f"session_{'0' * 32}", "   ", images=[png(2, 2)]))
    refused(lambda client: client.messages.create(f"session_{'0' * 32}", "hi", images="chart.png"))  # type: ignore[arg-type]


def test_send_and_wait_shows_each_event_of_its_turn_as_it_arrives(client: Everruns, server: LocalServer) -> None:
    session_id = new_session(client)
    client.messages.send_and_wait(session_id, "first turn")
    seen: list[str] = []
    deltas: list[str] = []

    def show(event: Event) -> None:
        seen.append(event.type)
        if event.type == "output.message.delta":
            deltas.append(event.data["delta"])

    result = client.messages.send_and_wait(session_id, "second turn", on_event=show)
    assert seen == [event.type for event in result.events], "only the turn's own events, in order"
    assert seen[-1] == "turn.completed"
    assert "".join(deltas) == result.text


def test_metadata_must_be_a_mapping(refused: Refused) -> None:
    error = refused(lambda client: client.messages.create(f"session_{HEX}", "hi", metadata=[1, 2]))  # type: ignore[arg-type]
    assert error.field == "metadata"
