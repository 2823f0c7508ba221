"""The ``Everruns-Change-Reason`` header: accepted only in the form the real service accepts."""

from __future__ import annotations

import re
from urllib.parse import unquote

from ._problems import invalid

MAX_REASON_LENGTH = 1000
_CREDENTIAL = re.compile(r"(evr_pat_|sk-|ghp_|xox[abp]-)[A-Za-z0-9_-]{8,}")


def check_change_reason(raw: str | None) -> str | None:
    """The decoded reason, or a 400 ``invalid_change_reason``.

    Refused: invalid percent-encoding, over 1000 characters, control characters other than
    newline and tab, and anything that looks like a credential.
    """
    if raw is None:
        return None
    try:
        reason = unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise invalid("Everruns-Change-Reason is not percent-encoded UTF-8", "invalid_change_reason") from None
    if len(reason) > MAX_REASON_LENGTH:
        raise invalid(f"Everruns-Change-Reason is over {MAX_REASON_LENGTH} characters", "invalid_change_reason")
    if any((ord(c) < 32 and c not in "\n\t") or ord(c) == 127 for c in reason):
        raise invalid("Everruns-Change-Reason holds control characters", "invalid_change_reason")
    if _CREDENTIAL.search(reason):
        raise invalid("Everruns-Change-Reason looks like it holds a credential", "invalid_change_reason")
    return reason
