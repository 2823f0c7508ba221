"""Error responses become typed exceptions carrying everything the server said."""

from __future__ import annotations

import datetime
from email.utils import format_datetime

import httpx
import pytest

from everruns import errors
from everruns.errors import api_error_from_response, error_class_for, retry_after_from


def response(
    status: int, body: bytes = b"", content_type: str = "application/problem+json", **headers: str
) -> httpx.Response:
    all_headers = {"content-type": content_type, "x-request-id": "req_42", **headers}
    return httpx.Response(status, headers=all_headers, content=body, request=httpx.Request("GET", "http://h/v1/x"))


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (599, errors.ServerError),
        (418, errors.ApiError),
    ],
)
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


def test_a_turn_timeout_says_which_turn_and_how_long_it_waited() -> None:
    error = errors.TurnTimeoutError("waited too long", input_message_id="message_1", timeout=2.5)
    assert (str(error), error.input_message_id, error.timeout) == ("waited too long", "message_1", 2.5)
