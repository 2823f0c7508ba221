"""``client.messages``: post a user message (which starts a turn) and read a session's
messages; ``send_and_wait`` does both ends of a turn in one call."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from everruns._events import Event
from everruns._flow import Flow, Mode
from everruns._methods import operation, pager, turn_stream
from everruns._pagination import Listing, single_listing
from everruns._resource import Resource, check_options
from everruns._streaming import EventFeed
from everruns._turns import (
    DEFAULT_TURN_TIMEOUT,
    OnPause,
    TurnFeed,
    TurnResult,
    TurnStart,
    check_on_pause,
    check_turn_timeout,
)
from everruns._validation import EVENT, SESSION, check_id, check_one_of, check_text
from everruns.errors import ValidationError
from everruns_api.api.messages import create_message, list_messages
from everruns_api.models import (
    CreateMessageRequest,
    InputContentPartImage,
    InputContentPartImageFile,
    InputContentPartText,
    InputMessage,
    ListResponseMessage,
    Message,
    MessageRole,
)
from everruns_api.models.input_content_part_text_type import InputContentPartTextType
from everruns_api.options import MessageFields

from ._coerce import model_from
from ._options import request_body
from .events import Events
from .images import Images

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from everruns._client import TimeoutTypes

    from .images import ImageInput

_TEXT = InputContentPartTextType.TEXT

InputContentPart = InputContentPartText | InputContentPartImage | InputContentPartImageFile
_PART_MODELS: dict[str, type[InputContentPart]] = {
    "text": InputContentPartText,
    "image": InputContentPartImage,
    "image_file": InputContentPartImageFile,
}

# The options that make the message itself rather than fields of the request.
_MESSAGE_PARTS = frozenset({"content", "images"})

__all__ = ["InputContentPart", "MessageOptions", "Messages", "TurnResult"]


class MessageOptions(MessageFields, total=False):
    """The optional parts of a new user message, as keyword arguments: the request's
    fields, and the message's content given otherwise than as ``text``."""

    content: Sequence[InputContentPart | Mapping[str, Any]]
    """The message as content parts, each a model or a dict (``{"type": "text", "text": ...}``)."""
    images: Sequence[ImageInput]
    """Images shown after the text: uploaded ones (or their ids), paths, bytes or binary files."""


class Messages(Resource[Mode]):
    """Post user messages, follow or wait for the turns they start, and list a
    session's messages."""

    @operation
    def create(
        self,
        session_id: str,
        text: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[MessageOptions],
    ) -> Flow[Message]:
        """Post a user message, which starts a turn; the turn's output arrives as events.

        Give ``text``, or ``content``: a list of parts, each a generated
        ``InputContentPart*`` model or a dict such as ``{"type": "text", "text": ...}``,
        ``{"type": "image", "url": ...}`` or ``{"type": "image_file", "image_id": ...}``.
        ``images`` adds an image part for each of them after the text: an uploaded image
        (its id, or what ``client.images.upload`` returned) as it is, a path, bytes or a
        binary file object uploaded first. Also ``controls``, ``metadata``, ``tags`` and
        ``external_actor`` (models or dicts).
        """
        body = message_request(session_id, text, options)
        yield from self._add_images(body, session_id, options, timeout)
        return (yield from self._post(session_id, body, timeout))

    @pager
    def list(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Flow[Listing[Message]]:
        """Every message of a session, oldest first, in one page."""
        check_id(session_id, SESSION, "session_id")
        answer = yield from self._call(list_messages, session_id, timeout=timeout, model=ListResponseMessage)
        return single_listing(answer.data)

    @turn_stream
    def stream(
        self,
        session_id: str,
        text: str | None = None,
        *,
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        on_pause: OnPause = "raise",
        **options: Unpack[MessageOptions],
    ) -> TurnFeed:
        """Post a user message and follow the turn it starts: iterate the result for that
        turn's events (none of an earlier turn still running), ending after the event
        that ends the turn (``turn.failed`` included: it is yielded, not raised).

        The message is given as to :meth:`create`; the blocking client posts it before
        returning (``.message`` is the posted message), the asyncio client when the
        stream is awaited or first iterated. After ``timeout`` seconds (``None``: no
        limit) the iteration raises :class:`~everruns.TurnTimeoutError` while the turn
        goes on running. When a budget pauses the turn (``budget.paused``) it raises
        :class:`~everruns.BudgetPausedError`, unless ``on_pause="wait"``: then it goes on
        once the budget is topped up and the session resumed. Close the stream (or use
        ``with``) when leaving early.
        """
        check_turn_timeout(timeout)
        check_on_pause(on_pause)
        body = message_request(session_id, text, options)
        return self._turn(session_id, body, options, timeout, on_pause=on_pause)

    @turn_stream
    def resume(
        self,
        session_id: str,
        last_event_id: str,
        *,
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        on_pause: OnPause = "raise",
    ) -> TurnFeed:
        """The rest of the turn that the event ``last_event_id`` belongs to: its events
        after that one, ending with the turn's end (nothing when that event ended it).
        For a reader that lost its connection and knows the last event it saw, or a turn
        a budget paused (``BudgetPausedError.event_id``); an event that belongs to no turn
        raises :class:`~everruns.ValidationError` when the stream starts. ``on_pause`` as
        for :meth:`stream`."""
        check_id(session_id, SESSION, "session_id")
        check_id(last_event_id, EVENT, "last_event_id")
        check_turn_timeout(timeout)
        check_on_pause(on_pause)

        def begin() -> Flow[TurnStart]:
            found = yield from Events.list(self._client.events, session_id, around=last_event_id, window=0)
            last = next((event for event in found.data if event.id == last_event_id), None)
            input_message_id = last.context.get("input_message_id") if last is not None else None
            if last is None or not isinstance(input_message_id, str):
                raise ValidationError(f"{last_event_id} is no event of a turn of {session_id}", field="last_event_id")
            return TurnStart(input_message_id, since_id=last_event_id, after=last)

        return TurnFeed(begin, self._events_of(session_id), timeout=timeout, on_pause=on_pause)

    @operation
    def send_and_wait(
        self,
        session_id: str,
        text: str | None = None,
        *,
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        on_event: Callable[[Event], object] | None = None,
        on_pause: OnPause = "raise",
        **options: Unpack[MessageOptions],
    ) -> Flow[TurnResult]:
        """Post a user message and wait for the turn it starts to end; the result's
        ``text`` is the agent's answer (``message`` the whole final message).

        Only that turn's events are followed, none of an earlier turn still running;
        ``on_event`` is called with each of them as it arrives (to show the answer as
        it is written: the ``delta`` of ``output.message.delta`` events; the asyncio
        client awaits it when it is an ``async def`` function). A failed turn raises
        :class:`~everruns.TurnFailedError`. After ``timeout`` seconds (``None``: no
        limit) :class:`~everruns.TurnTimeoutError` is raised and the turn goes on
        running on the server. A turn a budget pauses raises
        :class:`~everruns.BudgetPausedError`, unless ``on_pause="wait"``: then the wait
        goes on until the budget is topped up and the session resumed. The message is
        given as to :meth:`create`.
        """
        check_turn_timeout(timeout)
        check_on_pause(on_pause)
        body = message_request(session_id, text, options)
        turn = self._turn(session_id, body, options, timeout, on_pause=on_pause)
        return (yield from turn.wait(on_event))

    def _turn(
        self,
        session_id: str,
        body: CreateMessageRequest,
        options: MessageOptions,
        timeout: float | None,
        *,
        answer: Callable[[Event], Flow[None]] | None = None,
        on_pause: OnPause = "raise",
    ) -> TurnFeed:
        """The turn that posting ``body`` starts, followed for at most ``timeout`` seconds
        (``answer`` handles its tool calls when given: ``client.tools.run_turn``)."""

        def begin() -> Flow[TurnStart]:
            yield from self._add_images(body, session_id, options, None)
            # Start the stream after the session's newest event *before* posting: every
            # event of the new turn comes after it, however soon the turn starts.
            newest = (yield from Events.list(self._client.events, session_id, limit=1)).data
            message = yield from self._post(session_id, body, None)
            return TurnStart(message.id, since_id=newest[-1].id if newest else None, message=message)

        return TurnFeed(begin, self._events_of(session_id), timeout=timeout, answer=answer, on_pause=on_pause)

    def _events_of(self, session_id: str) -> Callable[[str | None], EventFeed]:
        events = self._client.events
        return lambda since_id: Events.stream(events, session_id, since_id=since_id)

    def _add_images(
        self, body: CreateMessageRequest, session_id: str, options: MessageOptions, timeout: TimeoutTypes | None
    ) -> Flow[None]:
        """Upload the message's ``images`` (when needed) and add their parts to ``body``."""
        images = options.get("images")
        if images is not None:
            images_resource = self._client.images
            parts = yield from Images.parts_for(images_resource, images, session_id=session_id, timeout=timeout)
            body.message.content.extend(parts)

    def _post(self, session_id: str, body: CreateMessageRequest, timeout: TimeoutTypes | None) -> Flow[Message]:
        return (yield from self._call(create_message, session_id, timeout=timeout, body=body, model=Message))


def message_request(session_id: str, text: str | None, options: MessageOptions) -> CreateMessageRequest:
    """The body of a new user message, after checking the API's rules."""
    check_options(options, MessageOptions)
    check_id(session_id, SESSION, "session_id")
    content, metadata = options.get("content"), options.get("metadata")
    check_one_of("text", text, "content", content)
    if metadata is not None and not isinstance(metadata, Mapping):
        raise ValidationError(f"metadata must be a mapping, got {type(metadata).__name__}", field="metadata")
    if text is not None:
        parts: list[InputContentPart] = [InputContentPartText(text=check_text(text, "text"), type_=_TEXT)]
    elif content is not None:
        parts = _content_parts(content)
    elif options.get("images"):
        parts = []
    else:
        raise ValidationError("a message needs text, content or images", field="text")
    fields = {name: value for name, value in options.items() if name not in _MESSAGE_PARTS}
    message = InputMessage(content=parts, role=MessageRole.USER)
    return request_body(CreateMessageRequest, {"message": message, **fields})


def _content_parts(content: Sequence[InputContentPart | Mapping[str, Any]]) -> list[InputContentPart]:
    """Content parts from models or dicts (a dict's ``type`` picks the model); text
    parts must say something."""
    if isinstance(content, (str, Mapping)) or not content:
        raise ValidationError("content must be a non-empty list of content parts", field="content")
    parts: list[InputContentPart] = []
    for given in content:
        if isinstance(given, Mapping):
            model = _PART_MODELS.get(given.get("type"))  # type: ignore[arg-type]
            if model is None:
                raise ValidationError(
                    f"unknown content part type {given.get('type')!r} (expected one of {sorted(_PART_MODELS)})",
                    field="content",
                )
            part = model_from(given, model)
        elif isinstance(given, tuple(_PART_MODELS.values())):
            part = given
        else:
            raise ValidationError(f"a content part is a model or a dict, got {type(given).__name__}", field="content")
        if isinstance(part, InputContentPartText):
            check_text(part.text, "content text")
        parts.append(part)
    return parts
