"""Client settings: where the API is, who is calling, and the headers that say so.

Everything here is checked once, when a client is built, so that bad settings fail
early with a clear message instead of on the first request.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ._version import __version__
from .errors import ValidationError

DEFAULT_BASE_URL = "https://app.everruns.com/api"
API_KEY_ENV = "EVERRUNS_API_KEY"
BASE_URL_ENV = "EVERRUNS_API_URL"
ORG_ID_ENV = "EVERRUNS_ORG_ID"

USER_AGENT = f"everruns-python-sdk/{__version__}"
CHANGE_REASON_HEADER = "Everruns-Change-Reason"
MAX_CHANGE_REASON = 1000

logger = logging.getLogger("everruns")

_ORG_ID = re.compile(r"org_[0-9a-f]{32}\Z")
# Up to the last "@" of a URL: where a user name and password would be (a password may
# hold "/" or "#", so no part of the URL after "//" is taken to be free of them).
_USER_INFO = re.compile(r"(?<=//).*@|^[^/]*@")
_FORBIDDEN_IN_HEADERS = re.compile(r"[\r\n\x00]")
_CONTROL_EXCEPT_NEWLINE_AND_TAB = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Credentials by their usual prefixes (Everruns, OpenAI-style, GitHub, Slack), as the API refuses them.
_LOOKS_LIKE_A_TOKEN = re.compile(r"(evr_[a-z]+_|sk-|ghp_|gho_|github_pat_|xox[abpr]-)[A-Za-z0-9_-]{8,}")


@dataclass(frozen=True)
class Settings:
    """The resolved connection settings of a client."""

    api_key: str
    base_url: str
    org_id: str | None

    @classmethod
    def resolve(cls, api_key: str | None, base_url: str | None, org_id: str | None) -> Settings:
        """Explicit arguments first, then ``EVERRUNS_*`` environment variables."""
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise ValidationError(
                f"no API key: pass api_key=... or set the {API_KEY_ENV} environment variable", field="api_key"
            )
        url = base_url if base_url is not None else os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
        org = org_id if org_id is not None else os.environ.get(ORG_ID_ENV) or None
        if org is not None and not _ORG_ID.match(org):
            raise ValidationError(f"org_id must look like org_<32 hex digits>, got {org!r}", field="org_id")
        base = normalize_base_url(url)
        warn_if_clear_text(base)
        return cls(api_key=check_header_value("api_key", key), base_url=base, org_id=org)

    def headers(self) -> dict[str, str]:
        """The headers every request carries."""
        headers = {
            "Authorization": self.api_key,
            "User-Agent": USER_AGENT,
            "X-SDK-Version": USER_AGENT,
            "Accept": "application/json",
        }
        if self.org_id:
            headers["X-Org-Id"] = self.org_id
        return headers

    def __repr__(self) -> str:
        return f"Settings(api_key={mask_secret(self.api_key)!r}, base_url={self.base_url!r}, org_id={self.org_id!r})"


def normalize_base_url(url: str) -> str:
    """An absolute http(s) URL ending in ``/``, so that joining ``v1/...`` keeps any
    path prefix: ``http://host/api`` and ``http://host/api/`` both give
    ``http://host/api/v1/...``. A URL with an ``@`` (a user name or password, say) is
    refused (the key goes in ``api_key``), and no message quotes what comes before it."""
    if isinstance(url, str) and "@" in url:
        raise ValidationError(
            f"base_url cannot carry a user name or password (user:password@host), got {_without_user_info(url)!r}; "
            "pass the API key as api_key",
            field="base_url",
        )
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (parsing the port is the check)
    except (AttributeError, ValueError) as error:
        raise ValidationError(f"base_url is not a valid URL: {url!r} ({error})", field="base_url") from error
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"base_url must be an absolute http(s) URL, got {url!r}", field="base_url")
    if parts.query or parts.fragment:
        raise ValidationError(f"base_url cannot carry a query or fragment, got {url!r}", field="base_url")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}/"


def _without_user_info(url: str) -> str:
    return _USER_INFO.sub("****@", url)


def warn_if_clear_text(base_url: str) -> None:
    """Log one warning when ``base_url`` (normalized) is plain ``http://`` to a host
    other than this machine: every request would carry the API key unencrypted."""
    parts = urlsplit(base_url)
    if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
        logger.warning(
            "base_url %s is not https: the API key would travel in clear text to %s", base_url, parts.hostname
        )


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine: ``localhost`` (and its subdomains), 127.0.0.0/8 or ::1."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_header_value(name: str, value: str) -> str:
    """Refuse values that would split or end a header line (CR, LF, NUL), and values
    that are not plain text a header can carry (not a string, or not ASCII)."""
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a string, got {type(value).__name__}", field=name)
    if _FORBIDDEN_IN_HEADERS.search(value):
        raise ValidationError(f"{name} cannot contain CR, LF or NUL characters", field=name)
    if not value.isascii():
        raise ValidationError(f"{name} must be ASCII text (percent-encode anything else)", field=name)
    return value


def check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with every name and value checked."""
    return {check_header_value("header name", name): check_header_value(name, value) for name, value in headers.items()}


def mask_secret(secret: str) -> str:
    """Enough of a key to tell which one it is, never enough to use it: ``evr_pat_****``."""
    prefix = secret[: secret.rfind("_") + 1] if secret.startswith("evr_") else ""
    return f"{prefix[:8]}****"


def encode_change_reason(reason: str, *, api_key: str | None = None) -> str | None:
    """The ``Everruns-Change-Reason`` header value for ``reason``, or ``None`` for a blank one.

    Trimmed, then percent-encoded as UTF-8 with only RFC 3986 unreserved characters left
    bare. Reasons the API refuses (too long, control characters, credentials) are
    refused here, before anything is sent.
    """
    trimmed = reason.strip()
    if not trimmed:
        return None
    if len(trimmed) > MAX_CHANGE_REASON:
        raise ValidationError(f"a change reason is at most {MAX_CHANGE_REASON} characters", field="reason")
    if _CONTROL_EXCEPT_NEWLINE_AND_TAB.search(trimmed):
        raise ValidationError("a change reason cannot contain control characters", field="reason")
    if _LOOKS_LIKE_A_TOKEN.search(trimmed) or (api_key and len(api_key) >= 8 and api_key in trimmed):
        raise ValidationError("a change reason cannot contain a credential", field="reason")
    return quote(trimmed, safe="")
