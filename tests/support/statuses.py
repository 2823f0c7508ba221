"""Each error status and the typed error it raises: the one table the specifications of
errors, the client and the stream share."""

from __future__ import annotations

from everruns import errors

ERROR_CLASSES: list[tuple[int, type[errors.ApiError]]] = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.ServerError),
    (502, errors.ServerError),
    (503, errors.ServerError),
]
# The statuses no retry cures: a stream raises them at once instead of reconnecting.
FINAL_STATUSES = [(status, kind) for status, kind in ERROR_CLASSES if status in (400, 401, 403, 404)]
