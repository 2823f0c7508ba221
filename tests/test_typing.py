"""mypy --strict types both clients exactly: what tests/typing/usage.py marks as an
error (a missing await, a wrong argument) is reported, and nothing else is."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

USAGE = Path(__file__).resolve().parent / "typing" / "usage.py"
EXPECTED = re.compile(r"\S.*#\s*error:\s*(.+)$")


@pytest.mark.slow
def test_mypy_reports_exactly_the_marked_mistakes(tmp_path: Path) -> None:
    pytest.importorskip("mypy", reason="mypy comes with the test extra")
    expected = {
        number: match.group(1).strip()
        for number, line in enumerate(USAGE.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := EXPECTED.search(line))
    }
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(tmp_path), str(USAGE)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    reported: dict[int, list[str]] = {}
    for line in done.stdout.splitlines():
        found = re.match(r".*usage\.py:(\d+): error: (.+)", line)
        if found:
            reported.setdefault(int(found.group(1)), []).append(found.group(2))
    assert set(reported) == set(expected), done.stdout
    for number, text in expected.items():
        assert any(text in message for message in reported[number]), (number, reported[number])
