"""RFC 9457 problem details: the one error shape the server answers with."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

PROBLEM_CONTENT_TYPE = "application/problem+json"


class ProblemError(Exception):
    """Raised anywhere in a handler to answer with a problem document instead of a result."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        retry_after_seconds: int | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.retry_after_seconds = retry_after_seconds
        self.headers = headers or {}

    def body(self, request_id: str) -> bytes:
        """The serialised problem document; ``instance`` names the request for log lookups."""
        document: dict[str, Any] = {
            "type": "about:blank",
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": self.detail,
            "code": self.code,
            "instance": request_id,
        }
        if self.retry_after_seconds is not None:
            document["retry_after_seconds"] = self.retry_after_seconds
        return json.dumps(document).encode()


def invalid(detail: str, code: str = "invalid_request") -> ProblemError:
    """A 400 for input the server will not accept."""
    return ProblemError(400, code, detail)


def not_found(kind: str, identifier: str) -> ProblemError:
    """A 404 whose code is ``<kind>_not_found``, e.g. ``session_not_found``."""
    return ProblemError(404, f"{kind}_not_found", f"no {kind.replace('_', ' ')} {identifier!r} in this organization")


def conflict(code: str, detail: str) -> ProblemError:
    """A 409 for a request that clashes with the current state."""
    return ProblemError(409, code, detail)


def snake_case_phrase(status: int) -> str:
    """``503`` -> ``service_unavailable``: a stable code derived from the status phrase."""
    return HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_").replace("'", "")
