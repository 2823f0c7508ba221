"""Error responses become typed exceptions carrying everything the server said."""

from __future__ import annotations

import copy
import datetime
import gzip
import inspect
import json
import pickle
from collections.abc import Callable, Iterator
from email.utils import format_datetime

import httpx
import pytest
import sdk_failures
from statuses import ERROR_CLASSES

import everruns
from everruns import Everruns, errors
from everruns.errors import api_error_from_response, error_class_for, retry_after_from
from everruns.testing import LocalServer


def response(
    status: int, body: bytes = b"", content_type: str = "application/problem+json", **headers: str
) -> httpx.Response:
    all_headers = {"content-type": content_type, "x-request-id": "req_42", **headers}
    return httpx.Response(status, headers=all_headers, content=body, request=httpx.Request("GET", "http://h/v1/x"))


@pytest.mark.parametrize(("status", "kind"), [*ERROR_CLASSES, (599, errors.ServerError), (418, errors.ApiError)])
def test_each_status_family_has_its_class(status: int, kind: type[errors.ApiError]) -> None:
    assert error_class_for(status) is kind
    assert issubclass(kind, errors.ApiError)
    assert issubclass(kind, errors.EverrunsError)


def test_problem_details_fill_every_field() -> None:
    body = (
        b'{"type":"about:blank","title":"Not Found","status":404,"code":"session_not_found",'
        b'"detail":"Session session_1 not found","instance":"/v1/sessions/session_1"}'
    )
    error = api_error_from_response(response(404, body))
    assert isinstance(error, errors.NotFoundError)
    assert (error.status_code, error.code, error.title, error.detail) == (
        404,
        "session_not_found",
        "Not Found",
        "Session session_1 not found",
    )
    assert error.request_id == "req_42"
    assert isinstance(error.body, dict)
    assert error.body["instance"] == "/v1/sessions/session_1"
    assert error.response is not None
    assert str(error) == "404 session_not_found: Session session_1 not found (request req_42)"
    assert repr(error) == "NotFoundError('404 session_not_found: Session session_1 not found (request req_42)')"


def test_the_older_error_shape_is_read_too() -> None:
    error = api_error_from_response(
        response(409, b'{"error":{"code":"busy","message":"Turn in progress"}}', "application/json")
    )
    assert isinstance(error, errors.ConflictError)
    assert (error.code, error.detail) == ("busy", "Turn in progress")
    assert str(error) == "409 busy: Turn in progress (request req_42)"


def test_a_proxy_html_page_is_reported_as_http_status_without_the_page() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1><p>nginx secret internals</p></body></html>"
    error = api_error_from_response(response(502, page, "text/html"))
    assert isinstance(error, errors.ServerError)
    assert str(error) == "HTTP 502 (request req_42)"
    assert (error.body, error.code, error.title, error.detail) == (None, None, None, None)
    assert "nginx" not in repr(error)


def test_an_empty_body_is_reported_as_http_status() -> None:
    error = api_error_from_response(response(503, b"", "text/plain"))
    assert str(error) == "HTTP 503 (request req_42)"


@pytest.mark.parametrize(
    ("body", "content_type", "read_as"),
    [
        (b'{"code":"busy","title":"Conflict"}', "text/plain", {"code": "busy", "title": "Conflict"}),
        (b' \n{"code":"busy"}', "text/plain", {"code": "busy"}),
        (b'["busy"]', "text/plain", ["busy"]),
        (b'"busy"', "application/json", "busy"),
        (b"upstream timed out", "text/plain", "upstream timed out"),
        (b"{not json", "application/json", "{not json"),
    ],
    ids=["object as text", "object after blank space", "array as text", "json string", "plain text", "broken json"],
)
def test_a_body_is_read_as_json_when_its_type_or_its_first_character_says_so(
    body: bytes, content_type: str, read_as: object
) -> None:
    assert api_error_from_response(response(409, body, content_type)).body == read_as


def test_a_body_without_a_content_type_is_still_read() -> None:
    bare = httpx.Response(409, content=b'{"code":"busy"}', request=httpx.Request("GET", "http://h/v1/x"))
    assert api_error_from_response(bare).code == "busy"


def test_fields_that_are_not_text_or_are_empty_are_left_out() -> None:
    error = api_error_from_response(response(400, b'{"code":42,"title":"","detail":["x"],"status":400}'))
    assert (error.code, error.title, error.detail) == (None, None, None)
    assert str(error) == "HTTP 400 (request req_42)"


def test_a_problem_without_code_uses_its_title() -> None:
    error = api_error_from_response(
        response(400, b'{"title":"Bad Request","status":400,"detail":"name is not a slug"}')
    )
    assert str(error) == "400 Bad Request: name is not a slug (request req_42)"


def test_secrets_are_masked_in_every_text_of_an_error() -> None:
    body = (
        b'{"title":"bad key evr_pat_SECRET123","status":401,"code":"evr_pat_SECRET123","detail":"x evr_pat_SECRET123"}'
    )
    error = api_error_from_response(response(401, body), secrets=["evr_pat_SECRET123"])
    texts = [str(error), repr(error), error.title, error.code, error.detail, repr(error.body)]
    assert all("SECRET123" not in str(text) for text in texts)
    plain = api_error_from_response(
        response(500, b"oops evr_pat_SECRET123", "text/plain"), secrets=["evr_pat_SECRET123"]
    )
    assert "SECRET123" not in str(plain.body)


def test_secrets_echoed_by_the_server_are_masked() -> None:
    error = api_error_from_response(
        response(401, b'{"title":"Unauthorized","status":401,"detail":"bad token evr_pat_SECRET123"}'),
        secrets=["evr_pat_SECRET123"],
    )
    assert "SECRET123" not in str(error)
    assert error.detail == "bad token ****"


def test_masking_keeps_the_shape_of_the_body_and_every_value_without_a_secret() -> None:
    body = (
        b'{"title":"Unauthorized","status":401,"detail":"bad key evr_pat_SECRET123",'
        b'"errors":[{"field":"api_key","value":"evr_pat_SECRET123"},"see evr_pat_SECRET123",7,null]}'
    )
    error = api_error_from_response(response(401, body), secrets=["", "evr_pat_SECRET123"])
    assert error.body == {
        "title": "Unauthorized",
        "status": 401,
        "detail": "bad key ****",
        "errors": [{"field": "api_key", "value": "****"}, "see ****", 7, None],
    }


class TestRetryAfter:
    def test_from_a_header_in_seconds(self) -> None:
        assert api_error_from_response(response(429, b"", **{"retry-after": "7"})).retry_after == 7.0

    def test_from_the_problem_body(self) -> None:
        error = api_error_from_response(response(429, b'{"title":"Too Many","status":429,"retry_after_seconds":3}'))
        assert isinstance(error, errors.RateLimitError)
        assert error.retry_after == 3.0

    def test_from_an_http_date(self) -> None:
        later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=30)
        seconds = retry_after_from(format_datetime(later, usegmt=True))
        assert seconds is not None
        assert 25 <= seconds <= 30

    @pytest.mark.parametrize("zone", [datetime.timezone(datetime.timedelta(hours=2)), datetime.timezone.utc])
    def test_from_an_http_date_in_any_zone(self, zone: datetime.tzinfo) -> None:
        later = datetime.datetime.now(zone) + datetime.timedelta(seconds=30)
        seconds = retry_after_from(later.strftime("%a, %d %b %Y %H:%M:%S %z"))
        assert seconds is not None
        assert 25 <= seconds <= 30

    def test_a_date_in_an_unknown_zone_is_read_as_utc(self) -> None:
        later = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=30)
        seconds = retry_after_from(later.strftime("%a, %d %b %Y %H:%M:%S -0000"))
        assert seconds is not None
        assert 25 <= seconds <= 30

    def test_zero_and_past_dates_mean_at_once(self) -> None:
        assert retry_after_from("0") == 0.0
        assert retry_after_from("0.25") == 0.25
        assert retry_after_from("-3") == 0.0
        assert retry_after_from("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
        assert retry_after_from(None, 0) == 0.0
        assert retry_after_from(None, 0.5) == 0.5

    def test_none_when_the_server_does_not_say(self) -> None:
        assert retry_after_from(None, None) is None
        assert retry_after_from("soon", None) is None


def test_validation_and_network_errors_sit_under_the_root() -> None:
    assert issubclass(errors.ValidationError, errors.EverrunsError)
    assert issubclass(errors.ValidationError, ValueError)
    assert issubclass(errors.RequestTimeoutError, errors.NetworkError)
    assert not issubclass(errors.RequestTimeoutError, TimeoutError)
    assert errors.RequestTimeoutError.__name__ != "TimeoutError"


def test_an_unexpected_answer_names_its_request_only_when_the_server_gave_one() -> None:
    with_id = errors.UnexpectedResponseError("a page, not JSON", status_code=200, request_id="req_7")
    assert str(with_id) == "a page, not JSON (request req_7)"
    assert str(errors.UnexpectedResponseError("a page, not JSON", status_code=200)) == "a page, not JSON"


def test_a_turn_failure_names_its_code_only_when_the_server_gave_one() -> None:
    # Which fields a failed turn's error carries is checked on the wire (test_streaming, test_main).
    with_code = errors.TurnFailedError("overloaded", error_code="provider_error")
    assert str(with_code) == "turn failed (provider_error): overloaded"
    assert str(errors.TurnFailedError("overloaded")) == "turn failed: overloaded"


def test_an_error_without_arguments_has_no_text() -> None:
    assert str(errors.EverrunsError()) == ""
    assert str(errors.EverrunsError("the first argument is the message", "and this an attribute")) == (
        "the first argument is the message"
    )


def test_a_turn_timeout_says_which_turn_and_how_long_it_waited() -> None:
    error = errors.TurnTimeoutError("waited too long", input_message_id="message_1", timeout=2.5)
    assert (str(error), error.input_message_id, error.timeout) == ("waited too long", "message_1", 2.5)


# --- the response an error keeps ---------------------------------------------------------------


def test_the_response_an_error_keeps_has_a_quoted_key_masked_over_the_wire() -> None:
    key = "evr_pat_quotedback0123456789"
    with LocalServer(api_keys=(key,)) as server, Everruns(api_key=key, base_url=server.url, max_retries=0) as client:
        server.faults.quote_credentials_next(1, status=403)
        with pytest.raises(errors.PermissionDeniedError) as caught:
            client.agents.list()
    kept = caught.value.response
    assert kept is not None
    assert key not in kept.text
    assert kept.json()["errors"] == [{"field": "authorization", "value": "****", "seen": ["****"]}]
    assert kept.json()["detail"] == "the token **** is not accepted here"
    assert kept.status_code == 403
    assert kept.headers["x-request-id"] == caught.value.request_id
    assert kept.headers["content-type"] == "application/problem+json"


def test_the_kept_response_masks_headers_too_and_describes_its_own_body() -> None:
    secret = "evr_pat_SECRET123"
    body = f'{{"title":"Unauthorized","status":401,"detail":"bad token {secret}"}}'.encode()
    original = httpx.Response(
        401,
        headers={
            "content-type": "application/problem+json",
            "content-encoding": "gzip",
            "content-length": str(len(gzip.compress(body))),
            "transfer-encoding": "chunked",
            "www-authenticate": f'Token realm="api", token="{secret}"',
            "x-request-id": "req_42",
        },
        content=gzip.compress(body),
    )
    kept = api_error_from_response(original, secrets=[secret]).response
    assert kept is not None
    assert kept.text == body.decode().replace(secret, "****")
    assert kept.headers["www-authenticate"] == 'Token realm="api", token="****"'
    assert kept.headers["content-length"] == str(len(kept.content))
    assert "content-encoding" not in kept.headers
    assert "transfer-encoding" not in kept.headers
    assert kept.headers["x-request-id"] == "req_42"


def test_without_secrets_the_error_keeps_the_response_itself() -> None:
    original = response(404, b'{"code":"agent_not_found"}')
    assert api_error_from_response(original).response is original


# --- errors that cross a process boundary --------------------------------------------------------
# Every public exception class, found by walking everruns.errors, must arrive whole after pickle
# (process pools, Celery's pickle serializer), copy.deepcopy, and type(e)(*e.args) with the
# arguments through JSON (how Celery's JSON result serializer rebuilds an exception).

ERROR_CLASSES = sorted(
    (
        value
        for name, value in vars(errors).items()
        if not name.startswith("_")
        and isinstance(value, type)
        and issubclass(value, BaseException)
        and value.__module__ == errors.__name__
    ),
    key=lambda kind: kind.__name__,
)


def pickled(error: BaseException) -> BaseException:
    return pickle.loads(pickle.dumps(error))


def deep_copied(error: BaseException) -> BaseException:
    return copy.deepcopy(error)


def rebuilt_from_json_arguments(error: BaseException) -> BaseException:
    """What Celery's JSON result serializer does: the class by name, ``args`` as JSON."""
    return type(error)(*json.loads(json.dumps(error.args)))


HOPS = {"pickle": pickled, "deepcopy": deep_copied, "type(e)(*e.args) through JSON": rebuilt_from_json_arguments}


def attributes(error: BaseException) -> dict[str, object]:
    return {name: value for name, value in vars(error).items() if name != "response"}


def assert_arrives_whole(error: BaseException, hop: Callable[[BaseException], BaseException]) -> None:
    """Three hops in a row (a task's error handed on by another task) change nothing but
    ``response``, which stays behind."""
    arrived = hop(hop(hop(error)))
    assert type(arrived) is type(error)
    assert str(arrived) == str(error)
    assert repr(arrived) == repr(error)
    assert attributes(arrived) == attributes(error)
    assert getattr(arrived, "response", None) is None


def sample_argument(name: str, annotation: str) -> object:
    """A value for a constructor parameter that no default could be mistaken for."""
    if "Response" in annotation:
        return httpx.Response(502, content=b"a page", request=httpx.Request("GET", "http://h/v1/x"))
    if annotation.startswith("int"):
        return 418
    if annotation.startswith("float"):
        return 2.5
    if annotation.startswith("str"):
        return f"the {name}"
    return {"of": name, "nested": [1, None, {"deeper": True}]}


def made_from_its_signature(kind: type[BaseException]) -> BaseException:
    """``kind`` with every parameter given a value of its own (a class that keeps
    Exception's constructor takes its message)."""
    try:
        parameters = inspect.signature(kind).parameters.values()
    except ValueError:  # no signature of its own: Exception's
        return kind(f"a {kind.__name__} happened")
    positional: list[object] = []
    keywords: dict[str, object] = {}
    for parameter in parameters:
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[parameter.name] = sample_argument(parameter.name, str(parameter.annotation))
        else:
            positional.append(sample_argument(parameter.name, str(parameter.annotation)))
    return kind(*positional, **keywords)


def test_the_walk_finds_every_exception_the_package_exports() -> None:
    exported = {
        value
        for value in (getattr(everruns, name) for name in everruns.__all__)
        if isinstance(value, type) and issubclass(value, BaseException)
    }
    assert exported <= set(ERROR_CLASSES)
    assert len(ERROR_CLASSES) >= 19


@pytest.mark.parametrize("hop", HOPS.values(), ids=HOPS.keys())
@pytest.mark.parametrize("kind", ERROR_CLASSES, ids=lambda kind: kind.__name__)
def test_every_error_class_with_every_argument_given_arrives_whole(
    kind: type[BaseException], hop: Callable[[BaseException], BaseException]
) -> None:
    error = made_from_its_signature(kind)
    assert_arrives_whole(error, hop)


@pytest.fixture(scope="module")
def real_failures() -> Iterator[dict[str, errors.EverrunsError]]:
    """Every failure of tests/support/sdk_failures.py, made once against one local server."""
    with sdk_failures.serve() as server:
        yield {name: sdk_failures.make(name, server.url) for name in sdk_failures.RECIPES}


@pytest.mark.parametrize("name", sdk_failures.RECIPES)
def test_a_real_failure_raises_the_class_it_stands_for(name: str, real_failures) -> None:
    assert type(real_failures[name]) is sdk_failures.RECIPES[name][0]


@pytest.mark.parametrize("hop", HOPS.values(), ids=HOPS.keys())
@pytest.mark.parametrize("name", sdk_failures.RECIPES)
def test_the_error_of_every_real_failure_arrives_whole(
    name: str, hop: Callable[[BaseException], BaseException], real_failures
) -> None:
    assert_arrives_whole(real_failures[name], hop)


@pytest.mark.parametrize("name", sdk_failures.RECIPES)
def test_the_key_never_travels_with_an_error(name: str, real_failures) -> None:
    error = real_failures[name]
    travelling = [pickle.dumps(error), json.dumps(error.args).encode()]
    travelling += [str(arrived).encode() + repr(arrived).encode() for arrived in (hop(error) for hop in HOPS.values())]
    assert [text for text in travelling if sdk_failures.KEY.encode() in text] == []


@pytest.mark.parametrize("hop", HOPS.values(), ids=HOPS.keys())
def test_a_quoted_key_stays_masked_after_a_hop(hop: Callable[[BaseException], BaseException], real_failures) -> None:
    arrived = hop(real_failures["a key the server quotes back"])
    assert isinstance(arrived, errors.AuthenticationError)
    assert (arrived.status_code, arrived.title, arrived.detail) == (
        401,
        "Unauthorized for ****",
        "the token **** is not accepted here",
    )
    assert isinstance(arrived.body, dict)
    assert arrived.body["errors"] == [{"field": "authorization", "value": "****", "seen": ["****"]}]


def test_what_travels_of_an_api_error_is_every_field_read_from_its_answer(real_failures) -> None:
    error = real_failures["a 429 with retry-after"]
    assert isinstance(error, errors.RateLimitError)
    assert error.response is not None
    assert error.args == (
        429,
        "rate_limited",
        "Too Many Requests",
        "injected by the test server",
        error.request_id,
        7.0,
        error.body,
    )
    assert isinstance(error.body, dict)
    assert error.body["code"] == "rate_limited"


def test_what_travels_of_a_failed_turn_is_the_servers_error_code_and_turn(real_failures) -> None:
    error = real_failures["a failed turn"]
    assert isinstance(error, errors.TurnFailedError)
    assert error.args == ("the model provider is down", "llm_unavailable", error.turn_id)
    assert error.turn_id is not None
    assert error.turn_id.startswith("turn_")


def test_user_notes_and_attributes_travel_by_pickle_and_deepcopy(real_failures) -> None:
    error = copy.deepcopy(real_failures["a missing agent"])
    error.__notes__ = ["while syncing the billing agents"]  # what add_note() keeps (Python 3.11+)
    error.job_id = "job-7"  # type: ignore[attr-defined]
    for arrived in (pickled(error), deep_copied(error)):
        assert arrived.__notes__ == ["while syncing the billing agents"]
        assert arrived.job_id == "job-7"  # type: ignore[attr-defined]
