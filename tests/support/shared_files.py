"""Files the tests read from ``shared/`` beside the checkout (the upstream API
description and scope list): a test that needs one is skipped where the machine does
not have it, but fails in CI (``CI=true``), where a skip would hide a missing check."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def require_shared(path: Path, what: str) -> Path:
    """``path``, which must exist; otherwise fail in CI, skip elsewhere, saying what is missing."""
    if path.exists():
        return path
    message = f"{what} is missing: expected at {path} (the shared/ folder beside the checkout)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message}; CI must have it", pytrace=False)
    pytest.skip(message)
