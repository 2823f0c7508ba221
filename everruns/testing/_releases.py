"""Answering like an older Everruns release: without the fields added since.

The API description gains answer fields release after release, and a self-hosted
server may be a release or more behind the description the SDK was generated from.
``LocalServer(release="2026-06-13")`` answers as the release of that day would: every
field below that the published description first listed later is left out.
"""

from __future__ import annotations

import datetime
import os

from ._validation import JsonObject

RELEASE_ENV = "EVERRUNS_LOCAL_SERVER_RELEASE"

# kind of resource -> answer field -> the day the published description first listed it
FIELDS_ADDED: dict[str, dict[str, str]] = {
    "agent": {
        "effective_harness": "2026-08-22",
        "harness_id": "2026-07-09",
        "session_count": "2026-05-07",
        "app_count": "2026-05-07",
        "ui_link": "2026-05-07",
        "self_url": "2026-04-15",
        "view_url": "2026-04-15",
    },
    "session": {
        "activity": "2026-08-22",
        "goal": "2026-08-22",
        "source": "2026-08-22",
        "workspace_id": "2026-06-14",
        "owner_principal_id": "2026-05-07",
        "ui_link": "2026-05-07",
    },
}


def release_from(value: str | None) -> str | None:
    """The release to answer as: ``value``, else ``$EVERRUNS_LOCAL_SERVER_RELEASE``, as an
    ISO date (``YYYY-MM-DD``); ``None`` (or ``latest``) answers with every field."""
    chosen = value if value is not None else os.environ.get(RELEASE_ENV) or None
    if chosen is None or chosen == "latest":
        return None
    try:
        return datetime.date.fromisoformat(chosen).isoformat()
    except ValueError:
        raise ValueError(f"release must be a date like 2026-06-13 (or 'latest'), got {chosen!r}") from None


def as_released(release: str | None, kind: str, view: JsonObject) -> JsonObject:
    """``view`` (an answer about a ``kind``) without the fields added after ``release``."""
    if release is None:
        return view
    added = FIELDS_ADDED.get(kind, {})
    return {name: value for name, value in view.items() if added.get(name, "") <= release}
