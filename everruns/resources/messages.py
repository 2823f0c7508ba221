"""``client.messages``: post a user message (which starts a turn) and read a session's
messages; ``send_and_wait`` does both ends of a turn in one call."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from everruns._events import Event
from everruns._pagination import Page, single_page
from everruns._resource import Resource, check_options, optional
from everruns._turns import DEFAULT_TURN_TIMEOUT, TurnResult, check_turn_timeout, follow_turn, stop_after
from everruns._validation import SESSION, check_id, check_one_of, check_text
from everruns.errors import TurnTimeoutError, ValidationError
from everruns_api.api.messages import create_message, list_messages
from everruns_api.models import (
    Controls,
    CreateMessageRequest,
    CreateMessageRequestMetadataType0,
    ExternalActor,
    InputContentPartImage,
    InputContentPartImageFile,
    InputContentPartText,
    InputMessage,
    ListResponseMessage,
    Message,
    MessageRole,
)
from everruns_api.models.input_content_part_text_type import InputContentPartTextType

from ._coerce import model_from
from ._options import check_tags

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

__all__ = ["InputContentPart", "MessageOptions", "Messages", "TurnResult"]


class MessageOptions(TypedDict, total=False):
    """The optional parts of a new user message, as keyword arguments."""

    content: Sequence[InputContentPart | Mapping[str, Any]]
    images: Sequence[ImageInput]
    controls: Controls | Mapping[str, Any]
    metadata: Mapping[str, Any]
    tags: Sequence[str]
    external_actor: ExternalActor | Mapping[str, Any]


class Messages(Resource):
    """Post user messages and list a session's messages."""

    def create(
        self,
        session_id: str,
        text: str | None = None,
        *,
        timeout: TimeoutTypes | None = None,
        **options: Unpack[MessageOptions],
    ) -> Message:
        """Post a user message, which starts a turn; the turn's output arrives as events.

        Give ``text``, or ``content``: a list of parts, each a generated
        ``InputContentPart*`` model or a dict such as ``{"type": "text", "text": ...}``,
        ``{"type": "image", "url": ...}`` or ``{"type": "image_file", "image_id": ...}``.
        ``images`` adds an image part for each of them after the text: an uploaded image
        (its id, or what ``client.images.upload`` returned) as it is, a path, bytes or a
        binary file object uploaded first. Also ``controls``, ``metadata``, ``tags`` and
        ``external_actor`` (models or dicts).
        """
        return self._post(session_id, self._body(session_id, text, options, timeout), timeout)

    def list(self, session_id: str, *, timeout: TimeoutTypes | None = None) -> Page[Message]:
        """Every message of a session, oldest first, in one page."""
        check_id(session_id, SESSION, "session_id")
        return single_page(self._call(list_messages, session_id, timeout=timeout, model=ListResponseMessage).data)

    def send_and_wait(
        self,
        session_id: str,
        text: str | None = None,
        *,
        timeout: float | None = DEFAULT_TURN_TIMEOUT,
        on_event: Callable[[Event], object] | None = None,
        **options: Unpack[MessageOptions],
    ) -> TurnResult:
        """Post a user message and wait for the turn it starts to end; the result's
        ``text`` is the agent's answer (``message`` the whole final message).

        Only that turn's events are followed, none of an earlier turn still running;
        ``on_event`` is called with each of them as it arrives (to show the answer as
        it is written: the ``delta`` of ``output.message.delta`` events).
        A failed turn raises :class:`~everruns.TurnFailedError`. After ``timeout``
        seconds (``None``: no limit) :class:`~everruns.TurnTimeoutError` is raised and
        the turn goes on running on the server. The message is given as to :meth:`create`.
        """
        check_turn_timeout(timeout)
        body = self._body(session_id, text, options, None)
        return self._send_and_follow(session_id, body, timeout, on_event=on_event)

    def _body(
        self, session_id: str, text: str | None, options: MessageOptions, timeout: TimeoutTypes | None
    ) -> CreateMessageRequest:
        """The request body: checked first, then its images uploaded (when needed) and added."""
        body = _message_request(session_id, text, options)
        images = options.get("images")
        if images is not None:
            body.message.content.extend(self._client.images.parts_for(images, session_id=session_id, timeout=timeout))
        return body

    def _send_and_follow(
        self,
        session_id: str,
        body: CreateMessageRequest,
        timeout: float | None,
        *,
        through: Callable[[Iterable[Event], str], Iterable[Event]] | None = None,
        on_event: Callable[[Event], object] | None = None,
    ) -> TurnResult:
        """Post ``body`` and follow the turn it starts to its end, for at most ``timeout``
        seconds. ``through(events, message_id)`` sees the events first when given
        (``client.tools.run_turn`` answers tool calls there); ``on_event`` sees the
        turn's own events."""
        # Start the stream after the session's newest event *before* posting: every
        # event of the new turn comes after it, however soon the turn starts.
        newest = self._client.events.list(session_id, limit=1).data
        since_id = newest[-1].id if newest else None
        message = self._post(session_id, body, None)
        with self._client.events.stream(session_id, since_id=since_id) as stream, stop_after(stream, timeout):
            events = through(stream, message.id) if through is not None else stream
            result = follow_turn(events, message.id, on_event)
        if result is None:
            raise TurnTimeoutError(
                f"the turn of message {message.id} did not end within {timeout}s; it goes on running",
                input_message_id=message.id,
                timeout=timeout,
            )
        return result

    def _post(self, session_id: str, body: CreateMessageRequest, timeout: TimeoutTypes | None) -> Message:
        return self._call(create_message, session_id, timeout=timeout, body=body, model=Message)


def _message_request(session_id: str, text: str | None, options: MessageOptions) -> CreateMessageRequest:
    """The body of a new user message, after checking the API's rules."""
    check_options(options, MessageOptions)
    check_id(session_id, SESSION, "session_id")
    content, tags = options.get("content"), options.get("tags")
    controls, external_actor, metadata = options.get("controls"), options.get("external_actor"), options.get("metadata")
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
    return CreateMessageRequest(
        message=InputMessage(content=parts, role=MessageRole.USER),
        controls=optional(model_from(controls, Controls) if controls is not None else None),
        external_actor=optional(model_from(external_actor, ExternalActor) if external_actor is not None else None),
        metadata=optional(
            CreateMessageRequestMetadataType0.from_dict(dict(metadata)) if metadata is not None else None
        ),
        tags=optional(check_tags(tags) if tags is not None else None),
    )


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
